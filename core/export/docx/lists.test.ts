/**
 * Ordered lists in the DOCX export: a lettered or roman list (the schema's type a, A, i, I) keeps its
 * numbering in Word, and a nested list keeps its own start, read back by pandoc.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { PmNode } from '../../document/release';
import { docxBytes } from './index';
import { kitchenSinkInput } from './test-inputs';

const HAS_PANDOC = spawnSync('sh', ['-c', 'command -v pandoc']).status === 0;

const item = (text: string, ...more: PmNode[]): PmNode => ({ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }, ...more] });
const body: { type: 'doc'; content: PmNode[] } = {
  type: 'doc',
  content: [
    { type: 'orderedList', attrs: { start: 1, type: 'I' }, content: [item('Phần một'), item('Phần hai', { type: 'orderedList', attrs: { start: 3, type: null }, content: [item('Mục ba'), item('Mục bốn')] })] },
    { type: 'orderedList', attrs: { start: 1, type: 'a' }, content: [item('điểm a'), item('điểm b')] },
  ],
};

async function exported(): Promise<Uint8Array> {
  const input = kitchenSinkInput('news');
  return docxBytes({ ...input, release: { ...input.release, body } }, { template: 'news' });
}

describe('ordered lists in the DOCX export', () => {
  it("writes a roman and a lettered list with Word's formats for them", async () => {
    const numbering = strFromU8(unzipSync(await exported())['word/numbering.xml']!);
    expect(numbering).toContain('<w:numFmt w:val="upperRoman"/>');
    expect(numbering).toContain('<w:numFmt w:val="lowerLetter"/>');
  });

  it.skipIf(!HAS_PANDOC)(`reads back as I., II., a nested list from its third, and a., b.${HAS_PANDOC ? '' : ' (SKIPPED: pandoc is not on PATH)'}`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-lists-'));
    try {
      const path = join(dir, 'lists.docx');
      writeFileSync(path, await exported());
      const md = spawnSync('pandoc', [path, '-t', 'markdown'], { encoding: 'utf8' }).stdout;
      const marks = md.split('\n').map((l) => /^\s*(\S+)\s+(Phần|Mục|điểm)/.exec(l)).filter((m) => m !== null).map((m) => `${m![1]} ${m![2]}`);
      // A nested list without a type is lettered at its depth, as the export always did, from its own start (the 3rd letter).
      expect(marks).toEqual(['I. Phần', 'II. Phần', 'c. Mục', 'd. Mục', 'a. điểm', 'b. điểm']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
