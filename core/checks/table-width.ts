/**
 * Preflight: a table too wide for the page of the layout about to be printed or exported (a
 * warning). The DOCX and the print page squeeze such a table to the text width, so the warning
 * says what will happen and to whom it matters before it does: either the columns the editor was
 * given add up to more than the text width, or the table has so many columns that each would be
 * narrower than MIN_READABLE_COLUMN_MM on that page (a number and a word no longer fit).
 */
import { tableGrid } from '../document/table';
import type { Release } from '../document/release';
import { LAYOUTS } from '../export/layout';
import { defaultDocxTemplate, type DocxTemplate } from '../export/types';
import { blockNodes } from './positions';
import type { Finding, PreflightContext, Rule } from './rules';

/** CSS pixels per millimetre (96 dpi): the unit of the editor's column widths. */
const PX_PER_MM = 96 / 25.4;
/** Narrower than this a column holds neither a four-digit figure nor a short Vietnamese word in 13 pt. */
export const MIN_READABLE_COLUMN_MM = 15;
/** A column without a width set takes at least this much of the page (the DOCX's own minimum, 1 cm). */
const UNSET_COLUMN_MM = 10;

/** The text width of a layout's page, in millimetres. */
export function textWidthMm(layout: DocxTemplate): number {
  const spec = LAYOUTS[layout];
  return spec.page.widthMm - spec.marginMm.left - spec.marginMm.right;
}

export function tableWidthFindings(release: Release, context: PreflightContext): Finding[] {
  const layout = context.template ?? defaultDocxTemplate(release.kind, context.organisation?.rulebook ?? 'state');
  const pageMm = textWidthMm(layout);
  const out: Finding[] = [];
  let number = 0;
  for (const { node, pos } of blockNodes(release.body)) {
    if (node.type !== 'table') continue;
    number++;
    const grid = tableGrid(node);
    const widthMm = grid.widths.reduce<number>((sum, w) => sum + (w === null ? UNSET_COLUMN_MM : w / PX_PER_MM), 0);
    const params = { table: number, columns: grid.columns, layout, pageMm: Math.round(pageMm) };
    if (grid.widths.some((w) => w !== null) && widthMm > pageMm + 1) {
      out.push({ ruleId: 'table.width', severity: 'warning', params: { ...params, reason: 'wide', widthMm: Math.round(widthMm) }, target: { bodyPos: pos } });
    } else if (grid.columns > 0 && pageMm / grid.columns < MIN_READABLE_COLUMN_MM) {
      out.push({ ruleId: 'table.width', severity: 'warning', params: { ...params, reason: 'columns' }, target: { bodyPos: pos } });
    }
  }
  return out;
}

export const tableWidthRule: Rule = {
  id: 'table.width',
  severity: 'warning',
  applies: () => true,
  check: (release, _now, context) => tableWidthFindings(release, context),
};
