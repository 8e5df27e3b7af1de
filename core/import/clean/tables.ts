/**
 * An HTML <table> (Word's MsoTableGrid, LibreOffice's, a web page's) as the body's table
 * (core/document/table.ts): rows of `tableCell` / `tableHeader` with colspan, rowspan and widths.
 * A cell holds paragraphs only, so lists, headings and quotes inside a cell are flattened to
 * paragraphs (their text kept). Widths are kept when the columns differ (all equal: none, so the
 * table takes the page's width). Rows are padded with empty cells to one width, which every
 * exporter and the editor's table commands expect; spans are cut at the table's edges.
 */
import { TABLE_LIMITS } from '../../document/table';
import type { PmNode } from '../../document/release';
import { isElement, lengthPx, styleOf, type Element } from './dom';
import { asCellParagraphs } from './cell-paragraphs';

/** The rows of a table, its own only (not those of tables nested in its cells). */
function rowsOf(table: Element): { row: Element; head: boolean }[] {
  const out: { row: Element; head: boolean }[] = [];
  for (const child of table.children) {
    if (!isElement(child)) continue;
    if (child.name === 'tr') out.push({ row: child, head: false });
    else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') {
      for (const row of child.children) if (isElement(row) && row.name === 'tr') out.push({ row, head: child.name === 'thead' });
    }
  }
  return out;
}

function spanAttr(value: string | undefined, max: number): number {
  const n = parseInt(value ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

/** A cell's width in whole CSS pixels per spanned column, from `width` or `style="width:…"`; null when not given in a fixed unit. */
function cellWidths(cell: Element, colspan: number): number[] | null {
  const attr = cell.attribs['width'];
  const px = lengthPx(styleOf(cell).get('width')) ?? (attr !== undefined && /^\d+$/.test(attr.trim()) ? Number(attr) : null);
  if (px === null || !(px >= colspan)) return null;
  const each = Math.min(TABLE_LIMITS.maxColumnWidthPx, Math.max(1, Math.round(px / colspan)));
  return Array.from({ length: colspan }, () => each);
}

/**
 * A header cell's paragraphs without the bold its whole text carries: that bold is the header's own
 * look (the editor draws header cells bold and every export writes them so), and kept it would read
 * as a change when a review copy comes back from Word. Bold on part of the text stays.
 */
function withoutHeaderBold(paragraphs: PmNode[]): PmNode[] {
  const texts = paragraphs.flatMap((p) => (p.content ?? []).filter((n) => n.type === 'text' && (n.text ?? '').trim() !== ''));
  if (texts.length === 0 || !texts.every((n) => (n.marks ?? []).some((m) => m.type === 'bold'))) return paragraphs;
  const unbold = (n: PmNode): PmNode => {
    if (n.type !== 'text' || n.marks === undefined) return n;
    const { marks, ...rest } = n;
    const kept = marks.filter((m) => m.type !== 'bold');
    return kept.length > 0 ? { ...rest, marks: kept } : rest;
  };
  return paragraphs.map((p) => (p.content ? { ...p, content: p.content.map(unbold) } : p));
}

/** A cell's paragraphs that hold something (an empty cell past the edge is not worth a line). */
const withText = (paragraphs: PmNode[]): PmNode[] => paragraphs.filter((p) => (p.content ?? []).length > 0);

/**
 * The table as body blocks: its <caption> as paragraphs before it, then the table. What does not
 * fit the table's limits is kept as text, never dropped: cells past the last column join the
 * row's last cell, rows past the last row follow the table as paragraphs.
 */
export function buildTable(table: Element, cellBlocks: (cell: Element) => PmNode[]): PmNode[] {
  const captions = table.children.filter((c): c is Element => isElement(c) && c.name === 'caption');
  const before = captions.flatMap((c) => cellBlocks(c));
  const all = rowsOf(table);
  const after = all
    .slice(TABLE_LIMITS.maxRows)
    .flatMap(({ row }) => row.children.filter((c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th')))
    .flatMap((cell) => withText(asCellParagraphs(cellBlocks(cell))));
  const grid = gridOf(all.slice(0, TABLE_LIMITS.maxRows), cellBlocks, after);
  return [...before, ...(grid ? [grid] : []), ...after];
}

function gridOf(rows: { row: Element; head: boolean }[], cellBlocks: (cell: Element) => PmNode[], spill: PmNode[]): PmNode | null {
  if (rows.length === 0) return null;
  // Slots taken in each row by cells reaching down from rows above.
  const taken: number[] = new Array<number>(rows.length).fill(0);
  const built: PmNode[][] = [];
  const widths: number[] = [];
  rows.forEach(({ row, head }, r) => {
    const cells: PmNode[] = [];
    let width = taken[r]!;
    for (const cell of row.children) {
      if (!isElement(cell) || (cell.name !== 'td' && cell.name !== 'th')) continue;
      const colspan = spanAttr(cell.attribs['colspan'], TABLE_LIMITS.maxColumns - width);
      if (colspan < 1 || width >= TABLE_LIMITS.maxColumns) {
        const text = withText(asCellParagraphs(cellBlocks(cell)));
        const last = cells[cells.length - 1];
        if (text.length === 0) continue;
        if (last) last.content = [...withText(last.content ?? []), ...text];
        else spill.push(...text);
        continue;
      }
      const rowspan = spanAttr(cell.attribs['rowspan'], rows.length - r);
      for (let below = r + 1; below < r + rowspan; below++) taken[below]! += colspan;
      width += colspan;
      const header = head || cell.name === 'th';
      const paragraphs = asCellParagraphs(cellBlocks(cell));
      cells.push({
        type: header ? 'tableHeader' : 'tableCell',
        attrs: { colspan, rowspan, colwidth: cellWidths(cell, colspan) },
        content: header ? withoutHeaderBold(paragraphs) : paragraphs,
      });
    }
    built.push(cells);
    widths.push(width);
  });
  const columns = Math.max(...widths);
  if (columns === 0) return null;
  // Even columns carry no layout of their own (Word gives every new table its page's width split
  // evenly): without widths the table takes each page's own text width, in the editor as in print.
  const all = built.flat().flatMap((c) => (c.attrs!['colwidth'] as number[] | null) ?? []);
  if (all.length > 0 && all.every((w) => Math.abs(w - all[0]!) <= 2)) for (const cell of built.flat()) cell.attrs!['colwidth'] = null;
  const content = built.map((cells, r) => {
    const missing = columns - widths[r]!;
    for (let i = 0; i < missing; i++) cells.push({ type: 'tableCell', attrs: { colspan: 1, rowspan: 1, colwidth: null }, content: [{ type: 'paragraph' }] });
    return cells.length > 0 ? { type: 'tableRow', content: cells } : { type: 'tableRow' };
  });
  return { type: 'table', content };
}
