/**
 * A body table as a real Word table: single ½-pt borders all round and inside, the leading rows of
 * header cells shaded, bold and repeated at the top of every page (w:tblHeader), merged cells as
 * w:gridSpan (colspan) and w:vMerge restart/continue (rowspan), and a fixed grid of column widths.
 *
 * Widths: the editor's column widths (CSS pixels, 15 twips each at 96 dpi) where set; columns
 * without one share what is left of the text width equally (a table with none spans the text
 * width, as in Word). A table wider than the layout's text width is scaled down to fit it, never
 * off the page; preflight (core/checks/table-width.ts) warns when that makes columns too narrow.
 */
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, VerticalMergeType, WidthType } from 'docx';
import type { PmNode } from '../../document/release';
import { tableGrid, type PlacedCell, type TableGrid } from '../../document/table';
import { inlineChildren } from './inline';
import type { ReviewLayer } from './review-layer';

/** Twips per CSS pixel at 96 dpi. */
export const TWIPS_PER_PX = 15;
/** The narrowest column a table gets when widths are shared out (1 cm). */
const MIN_COLUMN_TWIPS = 567;
const HEADER_SHADING = 'D9D9D9';
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

/** Column widths in twips for a grid in a text width: given widths kept, the rest shared, all scaled to fit. */
export function columnTwips(widthsPx: readonly (number | null)[], textWidthTwips: number): number[] {
  if (widthsPx.length === 0) return [];
  const given = widthsPx.map((w) => (w === null ? null : w * TWIPS_PER_PX));
  const fixed = given.reduce<number>((sum, w) => sum + (w ?? 0), 0);
  const open = given.filter((w) => w === null).length;
  const share = open === 0 ? 0 : Math.max(MIN_COLUMN_TWIPS, (textWidthTwips - fixed) / open);
  const raw = given.map((w) => w ?? share);
  const total = raw.reduce((a, b) => a + b, 0);
  const scale = total > textWidthTwips ? textWidthTwips / total : 1;
  return raw.map((w) => Math.max(1, Math.floor(w * scale)));
}

/** Word's default left and right cell margin (0.19 cm). */
const DEFAULT_CELL_MARGIN_TWIPS = 108;

/**
 * Narrow columns (a many-column table scaled to the page) get narrower cell margins: with Word's
 * 0.19 cm on each side a column under 0.4 cm has no room left for text, and LibreOffice drew such
 * cells empty. The margins then take at most a quarter of the narrowest column each.
 */
export function narrowCellMargins(widths: readonly number[]): { margins?: { left: number; right: number } } {
  const narrowest = Math.min(...widths);
  if (widths.length === 0 || narrowest >= 4 * DEFAULT_CELL_MARGIN_TWIPS) return {};
  const side = Math.max(0, Math.floor(narrowest / 4));
  return { margins: { left: side, right: side } };
}

/** The leading rows whose cells are all header cells (not the whole table). */
export function headerRowCount(grid: TableGrid): number {
  let head = 0;
  const starts = (r: number): PlacedCell[] => grid.cells.filter((c) => c.row === r);
  while (head < grid.rows - 1 && starts(head).length > 0 && starts(head).every((c) => c.header)) head++;
  return head;
}

function cellParagraphs(node: PmNode | null, header: boolean, review: ReviewLayer | undefined): Paragraph[] {
  const layout = { alignment: AlignmentType.LEFT, indent: { firstLine: 0 }, spacing: { before: 40, after: 40, line: 240, lineRule: LineRuleType.AUTO } };
  const paragraphs = (node?.content ?? []).map((p) => new Paragraph({ ...layout, children: inlineChildren(p.content, header ? { bold: true } : {}, review) }));
  // Word needs a paragraph in every cell.
  return paragraphs.length > 0 ? paragraphs : [new Paragraph(layout)];
}

export function docxTable(table: PmNode, textWidthTwips: number, review?: ReviewLayer): Table {
  const grid = tableGrid(table);
  const widths = columnTwips(grid.widths, textWidthTwips);
  const span = (col: number, colspan: number): number => widths.slice(col, col + colspan).reduce((a, b) => a + b, 0);
  const head = headerRowCount(grid);
  const rows: TableRow[] = [];
  for (let r = 0; r < grid.rows; r++) {
    const cells: TableCell[] = [];
    for (let c = 0; c < grid.columns; ) {
      const placed = grid.slots[r]![c] ?? null;
      const colspan = placed?.colspan ?? 1;
      const starts = placed !== null && placed.row === r;
      const header = placed?.header === true;
      cells.push(
        new TableCell({
          // A slot covered from above continues that cell's merge; an empty slot of a short row is an empty cell.
          children: cellParagraphs(starts ? placed.node : null, header, review),
          width: { size: span(c, colspan), type: WidthType.DXA },
          ...(colspan > 1 ? { columnSpan: colspan } : {}),
          ...(placed !== null && placed.rowspan > 1 ? { verticalMerge: starts ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
          ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_SHADING } } : {}),
        }),
      );
      c += colspan;
    }
    rows.push(new TableRow({ children: cells, ...(r < head ? { tableHeader: true } : {}) }));
  }
  return new Table({
    rows,
    columnWidths: widths,
    ...narrowCellMargins(widths),
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
  });
}
