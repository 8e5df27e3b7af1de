/**
 * Tables (issue 10): `table` > `tableRow`+ > (`tableHeader` | `tableCell`)*, TipTap's names. A cell
 * holds paragraphs only (no lists, headings, photos or tables inside a cell), which is what a press
 * release's tables of figures, schedules and contacts need and what every exporter can render the
 * same way. Cell attributes: `colspan`, `rowspan` (whole numbers, default 1) and `colwidth` (null,
 * or one width in CSS pixels per column the cell spans, set by dragging a column's edge).
 *
 * The grid here is the pure-core equivalent of prosemirror-tables' TableMap, over JSON: each cell
 * takes the first free slots of its row, left to right, after the cells reaching down from above
 * (rowspan). Exporters, preflight and the file check all read tables through it.
 */
import type { PmNode } from './release';

export const TABLE_NODE_NAMES = ['table', 'tableRow', 'tableHeader', 'tableCell'] as const;
export const TABLE_CELL_NAMES = ['tableHeader', 'tableCell'] as const;

export const TABLE_LIMITS = Object.freeze({
  // Word's own limit on columns; a grid wider than this cannot be a table anyone reads, and it
  // bounds every per-row array (a colspan of a billion would otherwise allocate a billion slots).
  maxColumns: 63,
  // Rows of one table: a long results table has a few hundred; the grid is rows × columns slots.
  maxRows: 2_000,
  // A column's width in CSS pixels as the editor's resize handle sets it (A4 landscape is ~1,120 px).
  maxColumnWidthPx: 5_000,
});

export interface CellAttrs {
  colspan: number;
  rowspan: number;
  /** One width per spanned column in CSS pixels, or null when the column has none set. */
  colwidth: number[] | null;
}

const spanOf = (v: unknown): number => (typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1);

/** A cell's attributes with defaults filled in and unusable values replaced (as exporters read them). */
export function cellAttrs(node: PmNode): CellAttrs {
  const a = node.attrs ?? {};
  const colspan = Math.min(spanOf(a['colspan']), TABLE_LIMITS.maxColumns);
  const widths = a['colwidth'];
  const colwidth =
    Array.isArray(widths) && widths.length > 0 && widths.every((w) => typeof w === 'number' && Number.isInteger(w) && w > 0)
      ? (widths as number[])
      : null;
  return { colspan, rowspan: spanOf(a['rowspan']), colwidth };
}

/** What changes output: spans other than 1 and a width, so a missing attribute and its default hash alike. */
export function publishedCellAttrs(node: PmNode): Record<string, unknown> | undefined {
  const a = cellAttrs(node);
  const out: Record<string, unknown> = {};
  if (a.colspan !== 1) out['colspan'] = a.colspan;
  if (a.rowspan !== 1) out['rowspan'] = a.rowspan;
  if (a.colwidth !== null) out['colwidth'] = a.colwidth;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** One cell placed in the grid. `rowspan` is cut at the table's last row (an overlong span reads as reaching the end). */
export interface PlacedCell {
  node: PmNode;
  header: boolean;
  row: number;
  col: number;
  colspan: number;
  rowspan: number;
}

export interface TableGrid {
  rows: number;
  columns: number;
  /** slots[row][col]: the cell covering that slot, or null where a short row leaves it empty. */
  slots: (PlacedCell | null)[][];
  /** The cells in document order. */
  cells: PlacedCell[];
  /** Per column, the first width a cell gives it (CSS pixels), or null. */
  widths: (number | null)[];
}

/** Why a table cannot be laid out within TABLE_LIMITS (in words), or null. Linear in rows × columns. */
export function tableShapeProblem(table: PmNode): string | null {
  // Read defensively: the file check calls this before it has looked inside the rows.
  const list = (v: unknown): PmNode[] => (Array.isArray(v) ? (v as PmNode[]) : []);
  const rows = list(table.content);
  if (rows.length > TABLE_LIMITS.maxRows) return `table has ${rows.length} rows, more than ${TABLE_LIMITS.maxRows}`;
  const reaching: number[] = []; // per column, rows still covered by a cell from above
  for (const row of rows) {
    let col = 0;
    for (const cell of list(row?.content)) {
      while ((reaching[col] ?? 0) > 0) col++;
      const colspan = spanOf(cell?.attrs?.['colspan']);
      if (col + colspan > TABLE_LIMITS.maxColumns) return `table is wider than ${TABLE_LIMITS.maxColumns} columns`;
      for (let c = col; c < col + colspan; c++) reaching[c] = spanOf(cell?.attrs?.['rowspan']);
      col += colspan;
    }
    for (let c = 0; c < reaching.length; c++) if (reaching[c]! > 0) reaching[c]!--;
  }
  return null;
}

/** The table's grid. Call on a body that passed the file check (tableShapeProblem null). */
export function tableGrid(table: PmNode): TableGrid {
  const rowNodes = table.content ?? [];
  const rows = rowNodes.length;
  const slots: (PlacedCell | null)[][] = rowNodes.map(() => []);
  const cells: PlacedCell[] = [];
  let columns = 0;
  rowNodes.forEach((row, r) => {
    let col = 0;
    for (const node of row.content ?? []) {
      while (slots[r]![col] !== undefined && slots[r]![col] !== null) col++;
      const { colspan, rowspan } = cellAttrs(node);
      const placed: PlacedCell = { node, header: node.type === 'tableHeader', row: r, col, colspan, rowspan: Math.min(rowspan, rows - r) };
      cells.push(placed);
      for (let rr = r; rr < r + placed.rowspan; rr++) for (let c = col; c < col + colspan; c++) slots[rr]![c] = placed;
      col += colspan;
      columns = Math.max(columns, col);
    }
  });
  for (const row of slots) for (let c = 0; c < columns; c++) row[c] ??= null;
  const widths: (number | null)[] = Array.from({ length: columns }, () => null);
  for (const cell of cells) {
    const given = cellAttrs(cell.node).colwidth;
    if (given === null) continue;
    for (let i = 0; i < cell.colspan && i < given.length; i++) widths[cell.col + i] ??= given[i]!;
  }
  return { rows, columns, slots, cells, widths };
}

/** Whether the table's first row is all header cells (Word's repeated header row, HTML's thead). */
export function hasHeaderRow(grid: TableGrid): boolean {
  const first = grid.cells.filter((c) => c.row === 0);
  return first.length > 0 && first.every((c) => c.header);
}
