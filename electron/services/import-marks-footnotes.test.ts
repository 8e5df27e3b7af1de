/**
 * Issue 10's marks and footnotes through DOCX import (mammoth, then the one cleaner): our own DOCX
 * export read back, and a DOCX written by pandoc (another writer of footnotes and vertAlign runs).
 * Underline, strike, subscript and superscript are kept; Word footnotes become footnote nodes in
 * place, never a list at the end with "[1]" glued to the word.
 */
import { spawnSync } from 'node:child_process';
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOTE_TEXTS, marksFootnotesBody } from '../../core/document/marks-footnotes.fixture';
import type { Release } from '../../core/document/release';
import { docxBytes } from '../../core/export/docx/pack';
import { kitchenSinkInput } from '../../core/export/docx/test-inputs';
import { importFolderPerTest, markedTexts as marked, nodesOfType as find } from './import-test-helpers';
import { importFromPath } from './import-file';

const notes = (release: Release): unknown[] => find(release.body.content, 'footnote').map((f) => f.attrs?.['text']);

const HAS_PANDOC = spawnSync('sh', ['-c', 'command -v pandoc']).status === 0;

describe('marks and footnotes through DOCX import', () => {
  const tmp = importFolderPerTest();

  it('our own DOCX export comes back with its footnotes in place and the three marks', async () => {
    const base = kitchenSinkInput('news');
    const path = join(tmp.dir, 'notes.docx');
    await fsp.writeFile(path, await docxBytes({ ...base, release: { ...base.release, body: marksFootnotesBody() } }, { template: 'news' }));
    const { release } = await importFromPath(path, 'news', tmp.store);
    expect(notes(release)).toEqual([NOTE_TEXTS[0], NOTE_TEXTS[1], expect.stringMatching(/^Dòng một của chú thích\.\s+Dòng hai của chú thích\.$/)]);
    expect(marked(release, 'subscript')).toEqual(['2', '2']);
    expect(marked(release, 'superscript')).toEqual(['2']);
    expect(marked(release, 'strike')).toEqual(['5 tỷ']);
    // The note sits right after the word it was on.
    const heading = find(release.body.content, 'heading').find((h) => JSON.stringify(h).includes('footnote'))!;
    expect(heading.content!.map((n) => n.type)).toEqual(['text', 'text', 'text', 'footnote']);
    expect(JSON.stringify(release.body)).not.toMatch(/\[1\]|↑/);
  });

  it.skipIf(!HAS_PANDOC)(`a DOCX written by pandoc: footnotes, strike, sub, sup, underline${HAS_PANDOC ? '' : ' (SKIPPED: pandoc is not on PATH)'}`, async () => {
    const md = join(tmp.dir, 'in.md');
    const path = join(tmp.dir, 'pandoc.docx');
    await fsp.writeFile(
      md,
      'Khí thải CO~2~ giảm trên 120 m^2^, chi phí ~~5 tỷ~~ [4 tỷ đồng]{.underline}.[^1] Đạt kế hoạch.[^2]\n\n' +
        '[^1]: Theo báo cáo của Sở Tài nguyên và Môi trường.\n\n[^2]: Kế hoạch số 12/KH-UBND.\n',
    );
    expect(spawnSync('pandoc', [md, '-o', path]).status).toBe(0);
    const { release } = await importFromPath(path, 'news', tmp.store);
    expect(notes(release)).toEqual(['Theo báo cáo của Sở Tài nguyên và Môi trường.', 'Kế hoạch số 12/KH-UBND.']);
    expect(marked(release, 'subscript')).toEqual(['2']);
    expect(marked(release, 'superscript')).toEqual(['2']);
    expect(marked(release, 'strike')).toEqual(['5 tỷ']);
    expect(marked(release, 'underline')).toEqual(['4 tỷ đồng']);
    expect(JSON.stringify(release.body)).not.toMatch(/\[1\]|↑/);
  });
});
