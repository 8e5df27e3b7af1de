/**
 * Table cells (`tableCell`, `tableHeader`): TipTap's, holding paragraphs only and with exactly the
 * attributes core's schema has (colspan, rowspan, colwidth; TipTap's `align` is left out: no
 * exporter prints it). What a paste brings is bounded here as the file check bounds it, so a
 * pasted `colspan="9999"` never makes a body that could not be saved.
 */
import type { Attributes } from '@tiptap/core';
import { TableCell, TableHeader } from '@tiptap/extension-table';
import { TABLE_LIMITS } from '../../../core/document/table';

/** A span from an HTML attribute: a whole number from 1 to `max`, else 1. */
export function spanFromHtml(value: string | null, max: number): number {
  const n = /^\s*\d{1,6}\s*$/.test(value ?? '') ? Number(value) : 1;
  return Math.min(Math.max(n, 1), max);
}

/** Widths from TipTap's `colwidth="120,80"` (or a `<col width>`), kept only when one per spanned column and each in bounds. */
export function widthsFromHtml(element: HTMLElement): number[] | null {
  const colspan = spanFromHtml(element.getAttribute('colspan'), TABLE_LIMITS.maxColumns);
  const given = element.getAttribute('colwidth');
  let widths: number[];
  if (given !== null) widths = given.split(',').map((w) => Number(w.trim()));
  else {
    // A single-column cell may take its width from the table's <colgroup>, as TipTap does.
    const row = element.parentElement;
    const index = row === null ? -1 : Array.from(row.children).indexOf(element);
    const col = element.closest('table')?.querySelectorAll('colgroup > col')[index]?.getAttribute('width');
    if (col === undefined || col === null || colspan !== 1) return null;
    widths = [Number(col)];
  }
  const ok = widths.length === colspan && widths.every((w) => Number.isInteger(w) && w >= 1 && w <= TABLE_LIMITS.maxColumnWidthPx);
  return ok ? widths : null;
}

function cellAttributes(): Attributes {
  return {
    colspan: { default: 1, parseHTML: (el: HTMLElement) => spanFromHtml(el.getAttribute('colspan'), TABLE_LIMITS.maxColumns) },
    rowspan: { default: 1, parseHTML: (el: HTMLElement) => spanFromHtml(el.getAttribute('rowspan'), TABLE_LIMITS.maxRows) },
    colwidth: { default: null, parseHTML: widthsFromHtml },
  };
}

/// A data cell: `paragraph+`, with colspan, rowspan and colwidth.
export const PressTableCell = TableCell.extend({
  content: 'paragraph+',
  addAttributes: cellAttributes,
});

/// A header cell: as a data cell, shown shaded; a first row of them repeats on every printed page.
export const PressTableHeader = TableHeader.extend({
  content: 'paragraph+',
  addAttributes: cellAttributes,
});
