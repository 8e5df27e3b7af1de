/**
 * The Word review copy with issue 10's content: a comment in a table cell and one next to a note,
 * a suggestion typed in a cell, a note suggested for deletion and a subscript suggested as a
 * superscript go out (`export --review-copy`) and come back (`merge-review`) unchanged, and the
 * header row Word shows bold is not counted as a text difference.
 */
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packRelease } from '../core/document/file-format';
import { createRelease, type PmNode, type Release } from '../core/document/release';
import { tcell, theader, trow, ttable } from '../core/document/tables.fixture';
import { AUTHOR, FIRST, anchor, sug, thread } from '../core/review/test-merge-fixture';
import { runCli } from './cli';
import { readReleaseFile } from './services/files';
import { tempFolder } from './test-helpers';

const txt = (t: string, marks?: PmNode['marks']): PmNode => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
const p = (...content: PmNode[]): PmNode => ({ type: 'paragraph', content });

function underReview(): Release {
  const body = {
    type: 'doc',
    content: [
      p(txt('Sáng 28/11, Sở Tài chính công bố '), txt('kết quả', [anchor('t1')]), { type: 'footnote', attrs: { text: 'Số liệu sơ bộ.' } }, txt(' thu hút đầu tư.')),
      ttable(
        trow(theader('Chỉ tiêu', { colwidth: [200] }), theader('Năm 2026')),
        trow(tcell([p(txt('Vốn '), txt('đăng ký', [anchor('t2')]))]), tcell([p(txt('1.870'), txt(' tỷ', [sug('insertion', 's1')]))])),
      ),
      p(txt('Khí thải CO'), txt('2', [{ type: 'subscript' }]), txt(' giảm'), { type: 'footnote', attrs: { text: 'Theo Sở TN&MT.' }, marks: [sug('deletion', 's2')] }, txt('.')),
      p(txt('Diện tích 120 m'), txt('2', [sug('deletion', 's3'), { type: 'subscript' }]), txt('2', [sug('insertion', 's3'), { type: 'superscript' }]), txt('.')),
    ],
  } as Release['body'];
  return { ...createRelease('press'), headline: 'Thu hút đầu tư', body, threads: [thread('t1', 'kết quả', FIRST, 'Kết quả gì?'), thread('t2', 'đăng ký', AUTHOR, 'Hay thực hiện?')] };
}

describe('review copy round trip with tables, notes and sub/superscript', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempFolder('pressdesk-review-tables-')));
  afterEach(() => cleanup());

  it('comes back with the same threads and suggestions, and the bold of the header row is not read as a text difference', async () => {
    const release = underReview();
    await fsp.writeFile(join(dir, 'bai.pressdesk'), packRelease(release));
    const out: string[] = [];
    const run = (...argv: string[]) => runCli(argv, { cwd: dir, out: (l) => out.push(l), err: (l) => out.push(l) });
    expect(await run('export', 'bai.pressdesk', '--to', 'docx', '--review-copy', '--out', 'bai.docx')).toBe(0);
    expect(await run('merge-review', 'bai.pressdesk', 'bai.docx', '--out', 'bai-gop')).toBe(0);
    const report = out.join('\n');
    for (const line of ['Threads added: 0', 'Suggestions added: 0', 'Direct edits as suggestions: 0', 'Not placed: 0']) expect(report).toContain(line);
    // The two the layout adds to any press release read back (its THÔNG CÁO BÁO CHÍ label, the end
    // mark after the last word); the header row, which Word shows bold, adds none (it added two).
    expect(report).toContain('Text differences outside tracked changes, not taken (Word copy): 2');
    const { release: back } = await readReleaseFile(join(dir, 'bai-gop.pressdesk'));
    expect(back.threads).toEqual(release.threads);
    expect(back.body).toEqual(release.body);
  });
});
