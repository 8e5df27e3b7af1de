/**
 * Bodies with tables for tests (issue 10): a results table with a header row, a cell merged
 * across two columns and one down two rows, set column widths and Vietnamese text; a plain
 * table without header; and one too wide for an A4 page.
 */
import type { PmNode, ReleaseBody } from './release';

const text = (t: string, marks?: PmNode['marks']): PmNode => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
const p = (...content: PmNode[]): PmNode => ({ type: 'paragraph', ...(content.length > 0 ? { content } : {}) });
export const tcell = (t: string | PmNode[], attrs?: Record<string, unknown>, type: 'tableCell' | 'tableHeader' = 'tableCell'): PmNode => ({
  type,
  ...(attrs ? { attrs } : {}),
  content: typeof t === 'string' ? [t === '' ? p() : p(text(t))] : t,
});
export const theader = (t: string, attrs?: Record<string, unknown>): PmNode => tcell(t, attrs, 'tableHeader');
export const trow = (...cells: PmNode[]): PmNode => ({ type: 'tableRow', content: cells });
export const ttable = (...rows: PmNode[]): PmNode => ({ type: 'table', content: rows });

/** Kết quả thu hút đầu tư: header row, a colspan-2 cell, a rowspan-2 cell, widths, two paragraphs in one cell, bold. */
export function resultsTable(): PmNode {
  return ttable(
    trow(theader('Chỉ tiêu', { colwidth: [200] }), theader('Năm 2025', { colwidth: [120] }), theader('Năm 2026', { colwidth: [120] })),
    trow(tcell('Vốn đăng ký (tỷ đồng)'), tcell('1.250'), tcell('1.870')),
    trow(tcell('Số dự án', { rowspan: 2 }), tcell('42'), tcell('57')),
    trow(tcell([p(text('trong đó FDI: ')), p(text('12', [{ type: 'bold' }]))], { colspan: 2 })),
    trow(tcell('Ghi chú: số liệu sơ bộ của Sở Tài chính Điện Biên', { colspan: 3 })),
  );
}

/** Lịch làm việc: no header row, two columns, an empty cell. */
export function scheduleTable(): PmNode {
  return ttable(trow(tcell('8:00'), tcell('Khai mạc hội nghị')), trow(tcell('9:30'), tcell('')));
}

/** Twelve columns of 150 px: 1,800 px, twice an A4 page's text width. */
export function wideTable(): PmNode {
  const widths = Array.from({ length: 12 }, (_, i) => theader(`Cột ${i + 1}`, { colwidth: [150] }));
  return ttable(trow(...widths), trow(...Array.from({ length: 12 }, (_, i) => tcell(String(i)))));
}

export function tablesBody(): ReleaseBody {
  return {
    type: 'doc',
    content: [p(text('Kết quả thu hút đầu tư của tỉnh Điện Biên:')), resultsTable(), p(text('Lịch làm việc:')), scheduleTable()],
  } as ReleaseBody;
}
