import { describe, expect, it } from 'vitest';
import type { PmNode } from '../../document/release';
import { cleanForeignHtml } from '.';

const cells = (html: string): PmNode[] => {
  const table = cleanForeignHtml(html, { mode: 'paste' }).blocks.find((b) => b.type === 'table')!;
  return table.content!.flatMap((row) => row.content ?? []);
};
const runs = (cell: PmNode) => cell.content!.flatMap((p) => p.content ?? []).map((t) => [t.text, (t.marks ?? []).map((m) => m.type).join(',')]);

describe('bold in header cells (a Word review copy read back, most pasted tables)', () => {
  it("drops the bold a header cell's whole text carries — the header's own look, which the editor and every export give it — and keeps bold that picks out part of a cell or an ordinary cell", () => {
    const found = cells(
      '<table><tr><th><b>Chỉ tiêu</b></th><th><strong>Năm</strong> 2026</th><th><p><b>Ghi</b></p><p><b><i>chú</i></b></p></th></tr><tr><td><b>Vốn</b></td><td>1.870</td><td></td></tr></table>',
    );
    expect(found.map((c) => c.type)).toEqual(['tableHeader', 'tableHeader', 'tableHeader', 'tableCell', 'tableCell', 'tableCell']);
    expect(runs(found[0]!)).toEqual([['Chỉ tiêu', '']]);
    expect(runs(found[1]!)).toEqual([['Năm', 'bold'], [' 2026', '']]);
    expect(runs(found[2]!)).toEqual([['Ghi', ''], ['chú', 'italic']]);
    expect(runs(found[3]!)).toEqual([['Vốn', 'bold']]);
  });
});
