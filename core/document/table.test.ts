import { describe, expect, it } from 'vitest';
import { checkBody, describeBodyProblem } from './body-check';
import type { PmNode } from './release';
import { TABLE_LIMITS, cellAttrs, hasHeaderRow, publishedCellAttrs, tableGrid, tableShapeProblem } from './table';

const p = (text: string): PmNode => ({ type: 'paragraph', content: text === '' ? [] : [{ type: 'text', text }] });
const cell = (text: string, attrs?: Record<string, unknown>, type = 'tableCell'): PmNode => ({ type, ...(attrs ? { attrs } : {}), content: [p(text)] });
const th = (text: string, attrs?: Record<string, unknown>): PmNode => cell(text, attrs, 'tableHeader');
const row = (...cells: PmNode[]): PmNode => ({ type: 'tableRow', content: cells });
const table = (...rows: PmNode[]): PmNode => ({ type: 'table', content: rows });
const problem = (t: PmNode): string | null => {
  const found = checkBody({ type: 'doc', content: [t] });
  return found === null ? null : describeBodyProblem(found);
};

describe('tableGrid', () => {
  it('places cells after those reaching down from above, as prosemirror-tables does', () => {
    // | A (2 rows) | B  C (colspan 2) |
    // |            | D | E            |
    const t = table(row(cell('A', { rowspan: 2 }), cell('BC', { colspan: 2 })), row(cell('D'), cell('E')));
    const grid = tableGrid(t);
    expect(grid.rows).toBe(2);
    expect(grid.columns).toBe(3);
    expect(grid.cells.map((c) => [c.row, c.col, c.colspan, c.rowspan])).toEqual([
      [0, 0, 1, 2],
      [0, 1, 2, 1],
      [1, 1, 1, 1],
      [1, 2, 1, 1],
    ]);
    expect(grid.slots[1]![0]).toBe(grid.cells[0]);
    expect(grid.slots[0]![2]).toBe(grid.cells[1]);
  });

  it('leaves the slots of a short row empty and cuts an overlong rowspan at the last row', () => {
    const grid = tableGrid(table(row(cell('a'), cell('b', { rowspan: 9 })), row(cell('c'))));
    expect(grid.slots[1]).toEqual([grid.cells[2], grid.cells[1]]);
    expect(grid.cells[1]!.rowspan).toBe(2);
    const short = tableGrid(table(row(cell('a'), cell('b'), cell('c')), row(cell('d'))));
    expect(short.slots[1]!.slice(1)).toEqual([null, null]);
  });

  it('takes each column width from the first cell that gives it', () => {
    const grid = tableGrid(table(row(cell('a', { colspan: 2, colwidth: [100, 200] }), cell('b')), row(cell('c', { colwidth: [50] }), cell('d'), cell('e', { colwidth: [70] }))));
    expect(grid.widths).toEqual([100, 200, 70]);
  });

  it('knows a header row', () => {
    expect(hasHeaderRow(tableGrid(table(row(th('x'), th('y')), row(cell('1'), cell('2')))))).toBe(true);
    expect(hasHeaderRow(tableGrid(table(row(th('x'), cell('y')))))).toBe(false);
  });
});

describe('cell attributes', () => {
  it('fills defaults and replaces unusable values', () => {
    expect(cellAttrs(cell('x'))).toEqual({ colspan: 1, rowspan: 1, colwidth: null });
    expect(cellAttrs(cell('x', { colspan: 0, rowspan: 2.5, colwidth: ['a'] }))).toEqual({ colspan: 1, rowspan: 1, colwidth: null });
    expect(cellAttrs(cell('x', { colspan: 3, rowspan: 2, colwidth: [10, 20, 30] }))).toEqual({ colspan: 3, rowspan: 2, colwidth: [10, 20, 30] });
  });

  it('publishes only what differs from the defaults, so a missing attribute and its default hash alike', () => {
    expect(publishedCellAttrs(cell('x', { colspan: 1, rowspan: 1, colwidth: null }))).toBeUndefined();
    expect(publishedCellAttrs(cell('x'))).toBeUndefined();
    expect(publishedCellAttrs(cell('x', { colspan: 2, colwidth: [10, 20] }))).toEqual({ colspan: 2, colwidth: [10, 20] });
  });
});

describe('the file check bounds tables', () => {
  it('accepts a table with a header row, spans and widths', () => {
    expect(problem(table(row(th('Năm'), th('Số')), row(cell('2026', { colwidth: [120] }), cell('12', { rowspan: 2 })), row(cell('2027'))))).toBeNull();
  });

  it('refuses absurd spans and widths with a sentence naming the attribute', () => {
    // The table's grid is checked before its cells: a billion-column span is refused as too wide.
    expect(problem(table(row(cell('x', { colspan: 1_000_000_000 }))))).toBe('body.content[0]: table is wider than 63 columns');
    expect(problem(table(row(cell('x', { colspan: 2.5 }))))).toMatch(/tableCell attribute colspan must be a whole number from 1 to 63/);
    expect(problem(table(row(cell('x', { rowspan: 0 }))))).toMatch(/rowspan must be a whole number from 1 to/);
    expect(problem(table(row(cell('x', { colwidth: [1e9] }))))).toMatch(/colwidth must be empty or a list of widths/);
    expect(problem(table(row(cell('x', { colwidth: 'wide' }))))).toMatch(/colwidth/);
  });

  it('refuses a grid wider than Word allows, even when each span is small (spans reaching down push cells right)', () => {
    const wide = table(row(...Array.from({ length: 64 }, () => cell('x'))));
    expect(problem(wide)).toBe(`body.content[0]: table is wider than ${TABLE_LIMITS.maxColumns} columns`);
    // 40 cells reaching down 2 rows, then 40 more in the next row: 80 columns wide.
    const pushed = table(row(...Array.from({ length: 40 }, () => cell('x', { rowspan: 2 }))), row(...Array.from({ length: 40 }, () => cell('y'))));
    expect(problem(pushed)).toMatch(/wider than 63 columns/);
  });

  it('refuses a table of more rows than the limit, quickly', () => {
    const rows = Array.from({ length: TABLE_LIMITS.maxRows + 1 }, () => row(cell('x')));
    const started = performance.now();
    expect(problem(table(...rows))).toMatch(/more than 2000/);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('a 10,000 × 10,000 table is refused without laying it out (the shape check reads the raw JSON first)', () => {
    // Built lazily: 10,000 rows that all share one row of 10,000 cells.
    const wideRow = row(...Array.from({ length: 10_000 }, () => cell('x')));
    const huge = table(...Array.from({ length: 10_000 }, () => wideRow));
    const started = performance.now();
    expect(tableShapeProblem(huge)).toMatch(/more than 2000/);
    expect(problem(huge)).toMatch(/rows, more than 2000|wider than 63/);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('refuses a cell holding a list or a nested table, and a row outside a table', () => {
    expect(problem(table(row({ type: 'tableCell', content: [{ type: 'bulletList', content: [{ type: 'listItem', content: [p('x')] }] }] })))).toMatch(/cannot go inside tableCell/);
    expect(problem(table(row({ type: 'tableCell', content: [table(row(cell('x')))] })))).toMatch(/cannot go inside tableCell/);
    expect(problem(row(cell('x')))).toMatch(/tableRow cannot go inside doc/);
  });
});
