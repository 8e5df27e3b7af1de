/**
 * Numbered lists, with a `start` that always fits core's body schema (a whole number): TipTap
 * reads a pasted `<ol start="x">` as NaN, which the file check would refuse on saving. Anything
 * that is not a whole number starts at 1, as a browser shows it.
 */
import type { Attributes } from '@tiptap/core';
import { OrderedList } from '@tiptap/extension-list';

/** The list's first number from an `<ol start>` attribute; 1 when missing or not a whole number. */
export function listStart(value: string | null): number {
  const text = value?.trim() ?? '';
  const n = /^[+-]?\d{1,15}$/.test(text) ? Number(text) : NaN;
  return Number.isSafeInteger(n) ? n : 1;
}

/// The `orderedList` node: `listItem+`, with `start` (a whole number) and `type` (the HTML list style).
export const SafeOrderedList = OrderedList.extend({
  addAttributes() {
    const parent: Attributes = this.parent?.() ?? {};
    return { ...parent, start: { ...parent['start'], default: 1, parseHTML: (el: HTMLElement) => listStart(el.getAttribute('start')) } };
  },
});
