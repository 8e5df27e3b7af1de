/**
 * After recognition, an export of the imported portal article ends where the article ended: the
 * Decree 30 and news layouts find its `./.` and add none, the furniture is gone, and the pen name
 * prints as the pen name. Without recognition the same import ended "Xem nhiều nhất./.".
 */
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { docxBytes } from '../export/docx';
import { renderCmsExport } from '../export/html/cms';
import { GENERATOR, STATE_ORGANISATION } from '../export/docx/test-inputs';
import type { DocxTemplate } from '../export/types';
import type { Release } from '../document/release';
import { recogniseTextImport } from './article-import';
import { importPlainText } from './text';

const FIXTURE = readFileSync('/work/shared/fixtures/dien-bien-article.txt', 'utf8');
const FURNITURE = ['Có thể bạn quan tâm', 'Phản hồi', 'Thông tin người gửi phản hồi', 'Các tin khác', 'Mới nhất', 'Liên kết website', 'Xem nhiều nhất'];

async function docxText(release: Release, template: DocxTemplate): Promise<string> {
  const bytes = await docxBytes({ release, assets: new Map(), organisation: STATE_ORGANISATION, generator: GENERATOR }, { template });
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}

describe('exports after article recognition', () => {
  const { release, article } = recogniseTextImport(importPlainText(FIXTURE, 'notice'));

  for (const template of ['decree30', 'news'] as const) {
    it(`${template}: one ./. where the article ended, no furniture`, async () => {
      const text = await docxText(release, template);
      expect(text.match(/\.\/\./g)).toHaveLength(1);
      expect(text).toContain('thực hiện hiệu quả nhiệm vụ được giao./.');
      for (const line of FURNITURE) expect(text).not.toContain(line);
    });
  }

  it('the CMS folder has the pen name as author and no furniture in the body', () => {
    const cms = renderCmsExport({ release: { ...release, kind: 'news' }, assets: new Map(), organisation: STATE_ORGANISATION, generator: GENERATOR }, { preset: 'figure', draft: false });
    expect(cms.fields.author).toBe('Giao Tuyến');
    for (const line of FURNITURE) expect(cms.fields.bodyHtml).not.toContain(line);
  });

  it('without recognition (undo) the furniture is the end: the mark goes after it', async () => {
    const text = await docxText(article!.original, 'decree30');
    expect(text).toContain('Xem nhiều nhất./.');
  });
});
