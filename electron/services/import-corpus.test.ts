/**
 * The corpus of documents written by other programs (issue 10): LibreOffice turned our .fodt and
 * .html sources in core/import/corpus/ into the .docx files beside them (`soffice --headless
 * --convert-to docx`); each structure is asserted after import, and again after our own DOCX
 * export of the imported release is read back by pandoc and by LibreOffice (its HTML of our DOCX,
 * through the same cleaner a paste uses).
 */
import { execFileSync } from 'node:child_process';
import * as fsp from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PmNode } from '../../core/document/release';
import { docxBytes } from '../../core/export/docx/pack';
import { cleanForeignHtml } from '../../core/import/clean';
import { tempFolder } from '../test-helpers';
import { createAssetStore } from './asset-store';
import { importFolderPerTest, markedTexts as marked, nodesOfType as find } from './import-test-helpers';
import { importFromPath } from './import-file';

const CORPUS = resolve(import.meta.dirname, '../../core/import/corpus');

const text = (node: PmNode): string => (node.text ?? '') + (node.content ?? []).map(text).join('');

describe('the corpus, imported', () => {
  const tmp = importFolderPerTest();

  it('writer-structures.docx (LibreOffice from .fodt): title, headings 1-6, marks, footnotes, a list from 3, merged cells, a quote', async () => {
    const { release, dropped } = await importFromPath(join(CORPUS, 'writer-structures.docx'), 'news', tmp.store);
    const body = release.body.content;
    expect(release.headline).toBe('Kho thử nghiệm cấu trúc');
    expect(find(body, 'heading').map((h) => [h.attrs?.['level'], text(h)])).toEqual([
      [2, 'Mục một'], [2, 'Mục hai'], [3, 'Mục ba'], [3, 'Mục bốn'], [3, 'Mục năm'], [3, 'Mục sáu'],
    ]);
    expect(marked(release, 'subscript')).toEqual(['2']);
    expect(marked(release, 'superscript')).toEqual(['2']);
    expect(marked(release, 'underline')).toEqual(['gạch dưới']);
    expect(marked(release, 'strike')).toEqual(['gạch ngang']);
    expect(find(body, 'footnote').map((f) => f.attrs?.['text'])).toEqual(['Chú thích thứ nhất.', 'Chú thích thứ hai.']);
    // The notes are footnotes, not a list at the end; the reference is not glued to the word as "[1]".
    expect(JSON.stringify(body)).not.toMatch(/\[1\]|↑/);
    const [list] = find(body, 'orderedList');
    expect(list!.attrs?.['start']).toBe(3);
    expect(list!.content!.map((item) => text(item.content![0]!))).toEqual(['Mục ba của danh sách', 'Mục bốn của danh sách']);
    expect(find(list!.content![0]!.content, 'orderedList')[0]!.content!.map(text)).toEqual(['Con a', 'Con b']);
    const [table] = find(body, 'table');
    const rows = table!.content!;
    expect(rows[0]!.content!.map((c) => [c.type, c.attrs?.['colspan'], text(c)])).toEqual([['tableHeader', 2, 'Gộp hai cột'], ['tableHeader', 1, 'Cột ba']]);
    expect(rows[1]!.content![0]!.attrs).toMatchObject({ rowspan: 2 });
    expect(find(body, 'blockquote').map(text)).toEqual(['Một đoạn trích dẫn thụt lề.']);
    expect(dropped).toEqual([]);
  });

  it('web-structures.docx (LibreOffice from .html): a list from 3 that goes on at 5 after the table inside it', async () => {
    const { release } = await importFromPath(join(CORPUS, 'web-structures.docx'), 'news', tmp.store);
    const body = release.body.content;
    expect(release.headline).toBe('Bản tin thử nghiệm từ trang web');
    const lists = body.filter((b) => b.type === 'orderedList');
    expect(lists.map((l) => [l.attrs?.['start'], l.content!.map((i) => text(i.content![0]!))])).toEqual([
      [3, ['Mục ba', 'Mục bốn có bảng']],
      [5, ['Mục năm']],
    ]);
    expect(find(body, 'table')).toHaveLength(2);
    expect(find(body, 'heading').map((h) => text(h))).toEqual(['Mục hai', 'Mục ba', 'Mục bốn', 'Mục năm', 'Mục sáu']);
  });
});

describe('the corpus, exported and read back', () => {
  it.skipIf(!hasPandoc())('keeps the table, footnotes, marks and the list start through our DOCX (pandoc reads it)', async () => {
    const { dir, cleanup } = await tempFolder();
    try {
      const store = createAssetStore(join(dir, 'cache'));
      const { release } = await importFromPath(join(CORPUS, 'writer-structures.docx'), 'news', store);
      const organisation = { parentBody: '', issuingBody: '', abbreviation: '', placeName: '', rulebook: 'state' as const };
      const bytes = await docxBytes({ release, assets: new Map(), organisation, generator: 'PressDesk' }, { template: 'news', draft: true });
      const out = join(dir, 'out.docx');
      await fsp.writeFile(out, bytes);
      const md = execFileSync('pandoc', ['-t', 'markdown', out], { encoding: 'utf8' });
      expect(md).toContain('CO~2~');
      expect(md).toContain('m^2^');
      expect(md).toContain('~~gạch ngang~~');
      expect(md).toMatch(/\[\^1\]: Chú thích thứ nhất\./);
      expect(md).toMatch(/^3\. +Mục ba của danh sách/m);
      expect(md).toContain('Gộp hai dòng');
    } finally {
      await cleanup();
    }
  });
});

describe('the corpus, exported and read back by LibreOffice', () => {
  it.skipIf(!onPath('soffice'))('LibreOffice reads our DOCX of it with the table spans, footnotes, marks and the list from 3 (its HTML through the same cleaner)', async () => {
    const { dir, cleanup } = await tempFolder();
    try {
      const store = createAssetStore(join(dir, 'cache'));
      const { release } = await importFromPath(join(CORPUS, 'writer-structures.docx'), 'news', store);
      const organisation = { parentBody: '', issuingBody: '', abbreviation: '', placeName: '', rulebook: 'state' as const };
      await fsp.writeFile(join(dir, 'ours.docx'), await docxBytes({ release, assets: new Map(), organisation, generator: 'PressDesk' }, { template: 'news', draft: true }));
      // A private profile so parallel runs don't clash.
      const profile = join(dir, 'lo-profile');
      execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'html:HTML (StarWriter)', '--outdir', dir, join(dir, 'ours.docx')], { timeout: 90_000, stdio: 'ignore' });
      const html = await fsp.readFile(join(dir, 'ours.html'), 'utf8');
      const { blocks } = cleanForeignHtml(html, { mode: 'paste' });
      expect(find(blocks, 'footnote').map((f) => f.attrs?.['text'])).toEqual(['Chú thích thứ nhất.', 'Chú thích thứ hai.']);
      const rows = find(blocks, 'table')[0]!.content!;
      expect(rows[0]!.content![0]!.attrs).toMatchObject({ colspan: 2 });
      expect(rows[1]!.content![0]!.attrs).toMatchObject({ rowspan: 2 });
      expect(find(blocks, 'orderedList')[0]!.attrs?.['start']).toBe(3);
      const marks = find(blocks, 'text').flatMap((t) => (t.marks ?? []).map((m) => m.type));
      expect(marks).toEqual(expect.arrayContaining(['subscript', 'superscript', 'underline', 'strike']));
    } finally {
      await cleanup();
    }
  }, 120_000);
});

function onPath(command: string): boolean {
  try {
    execFileSync(command, ['--version'], { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

function hasPandoc(): boolean {
  try {
    execFileSync('pandoc', ['--version']);
    return true;
  } catch {
    return false;
  }
}
