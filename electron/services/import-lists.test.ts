/**
 * Word numbering through DOCX import (mammoth loses it; docx-numbering.ts reads it back): a list
 * that starts at 5, one that restarts after a paragraph, and lettered and roman levels (Word's
 * numFmt lowerLetter, lowerRoman) kept as the list's type, in a .docx written by pandoc.
 */
import { spawnSync } from 'node:child_process';
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFolderPerTest, nodesOfType as find } from './import-test-helpers';
import { importFromPath } from './import-file';

const HAS_PANDOC = spawnSync('sh', ['-c', 'command -v pandoc']).status === 0;

describe('Word numbering through DOCX import', () => {
  const tmp = importFolderPerTest();

  it.skipIf(!HAS_PANDOC)(`keeps a start of 5, a restart, and lettered and roman levels${HAS_PANDOC ? '' : ' (SKIPPED: pandoc is not on PATH)'}`, async () => {
    const md = join(tmp.dir, 'in.md');
    const path = join(tmp.dir, 'lists.docx');
    await fsp.writeFile(md, 'Mở đầu.\n\n5. Năm\n6. Sáu\n\nXen giữa.\n\n1. Lại một\n\n   a. điểm a\n   b. điểm b\n\n      i. ý i\n');
    expect(spawnSync('pandoc', [md, '-o', path]).status).toBe(0);
    const { release } = await importFromPath(path, 'news', tmp.store);
    const lists = find(release.body.content, 'orderedList').map((l) => [l.attrs?.['start'] ?? 1, l.attrs?.['type'] ?? null]);
    expect(lists).toEqual([[5, null], [1, null], [1, 'a'], [1, 'i']]);
    expect(JSON.stringify(release.body)).not.toMatch(/[\uE010\uE011]/);
  });
});
