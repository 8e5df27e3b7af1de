/**
 * A table as HTML: `<table>` with a `<thead>` for the leading rows of header cells and a
 * `<tbody>` for the rest, colspan/rowspan as in the grid. Widths are left to the page: a CMS
 * restyles tables, and pixel widths from the editor would overflow a phone's screen (the DOCX
 * keeps them). A cell of one paragraph is written without its <p>, as portals expect.
 */
import type { PmNode } from '../../document/release';
import { tableGrid, type PlacedCell } from '../../document/table';

/** Writes a cell's inline content (the body's renderInline with its context). */
export type InlineWriter = (nodes: readonly PmNode[] | undefined) => string;

function cell(placed: PlacedCell, sectionEnd: number, inline: InlineWriter): string {
  const tag = placed.header ? 'th' : 'td';
  // A span never reaches past its section (thead/tbody): the HTML table model forbids it.
  const rowspan = Math.min(placed.rowspan, sectionEnd - placed.row);
  const spans = `${placed.colspan > 1 ? ` colspan="${placed.colspan}"` : ''}${rowspan > 1 ? ` rowspan="${rowspan}"` : ''}`;
  const paragraphs = (placed.node.content ?? []).map((p) => inline(p.content));
  const inner = paragraphs.length === 1 ? paragraphs[0]! : paragraphs.filter((p) => p !== '').map((p) => `<p>${p}</p>`).join('');
  return `<${tag}${spans}>${inner}</${tag}>`;
}

export function tableHtml(table: PmNode, inline: InlineWriter): string {
  const grid = tableGrid(table);
  const byRow: PlacedCell[][] = Array.from({ length: grid.rows }, () => []);
  for (const placed of grid.cells) byRow[placed.row]!.push(placed);
  // Leading rows of header cells only (and not the whole table) are the <thead>.
  let head = 0;
  while (head < grid.rows - 1 && byRow[head]!.length > 0 && byRow[head]!.every((c) => c.header && c.row + c.rowspan <= head + 1)) head++;
  const rows = (from: number, to: number): string =>
    byRow
      .slice(from, to)
      .map((cells) => `<tr>${cells.map((c) => cell(c, to, inline)).join('')}</tr>\n`)
      .join('');
  const thead = head > 0 ? `<thead>\n${rows(0, head)}</thead>\n` : '';
  return `<table>\n${thead}<tbody>\n${rows(head, grid.rows)}</tbody>\n</table>\n`;
}
