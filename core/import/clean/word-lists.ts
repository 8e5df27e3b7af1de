/**
 * Word's bullets and numbering in its HTML: not <ul>/<ol> but paragraphs that say where they
 * belong, with the visible marker written as text Word asks other readers to ignore:
 *
 *   <p class=MsoListParagraphCxSpFirst style='margin-left:.5in;text-indent:-.25in;mso-list:l0 level1 lfo1'>
 *     <![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span>&nbsp;&nbsp; </span></span></span><![endif]>
 *     Item text<o:p></o:p></p>
 *
 * A run of such sibling paragraphs becomes real nested lists: the level gives the nesting, the
 * marker the kind (bullet or number) and the start number (a list Word numbers from 2 starts at
 * 2), and the marker text itself is removed.
 */
import { collapse, isElement, isText, styleOf, textOf, type AnyNode, type Element } from './dom';
import type { PmNode } from '../../document/release';

export interface WordListItem {
  el: Element;
  /** 1 for the outer list. */
  level: number;
  /** Word's list id (l0, l1, ...): a new id starts a new list. */
  list: string;
  marker: string;
}

const MSO_LIST = /\bl(\d+)\s+level(\d+)/i;
const LIST_TAGS = new Set(['p', 'div', 'li']);

/** The list paragraph an element is, or null. Headings keep their numbers as text (numbered headings are still headings). */
export function wordListItem(el: Element, ignored: Set<Element>): WordListItem | null {
  if (!LIST_TAGS.has(el.name)) return null;
  const m = MSO_LIST.exec(styleOf(el).get('mso-list') ?? '');
  if (!m) return null;
  const markers: Element[] = [];
  collectIgnored(el, markers);
  for (const marker of markers) ignored.add(marker);
  const marker = collapse(markers.map(textOf).join('')).replace(/\u00a0/g, ' ').trim();
  return { el, level: Math.min(9, Math.max(1, Number(m[2]))), list: m[1]!, marker };
}

function collectIgnored(el: Element, out: Element[]): void {
  for (const child of el.children) {
    if (!isElement(child)) continue;
    if (/^ignore$/i.test(styleOf(child).get('mso-list') ?? '')) out.push(child);
    else collectIgnored(child, out);
  }
}

/** Whitespace, comments and Word's `<![if ...]>` markers between list paragraphs do not end a run. */
export function isSkippable(node: AnyNode): boolean {
  return (isText(node) && node.data.trim() === '') || node.type === 'comment' || node.type === 'directive';
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]!]!;
    const next = ROMAN[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** What a marker says: a bullet, or a number with its style ('1', 'a', 'A', 'i', 'I') and value. */
export function readMarker(marker: string): { ordered: false } | { ordered: true; type: string | null; start: number } {
  const m = /^[([]?([0-9]{1,6}|[a-zA-Z]{1,6})([.)\]:]?)$/.exec(marker.replace(/\s+/g, ''));
  const token = m?.[1];
  if (token === undefined) return { ordered: false };
  if (/^[0-9]+$/.test(token)) return { ordered: true, type: null, start: Number(token) };
  // Word's second-level bullet is a bare "o" (Courier New): a letter numbers only with its dot or bracket.
  if (m![2] === '' && !marker.startsWith('(')) return { ordered: false };
  const lower = token.toLowerCase();
  // A single letter other than i is a letter (a., b.); i., ii., iv. are Roman numerals.
  if (/^[ivxlcdm]+$/.test(lower) && (lower.length > 1 || lower === 'i')) {
    const value = romanValue(lower);
    if (value > 0) return { ordered: true, type: token === lower ? 'i' : 'I', start: value };
  }
  if (token.length === 1) return { ordered: true, type: token === lower ? 'a' : 'A', start: lower.charCodeAt(0) - 96 };
  return { ordered: false };
}

/**
 * Nested lists from a run of list paragraphs. `content` gives each item's paragraph content
 * (the marker already left out).
 */
export function buildWordLists(items: readonly WordListItem[], content: (item: WordListItem) => PmNode[]): PmNode[] {
  const roots: PmNode[] = [];
  const stack: { level: number; list: PmNode; kind: string; id: string }[] = [];
  for (const item of items) {
    const marker = readMarker(item.marker);
    const kind = marker.ordered ? `ol:${marker.type ?? '1'}` : 'ul';
    while (stack.length > 0 && stack.at(-1)!.level > item.level) stack.pop();
    const top = stack.at(-1);
    // The same level goes on unless the kind or (at the outer level) Word's list id changes.
    const continues = top !== undefined && top.level === item.level && top.kind === kind && (stack.length > 1 || top.id === item.list);
    if (!continues) {
      if (top !== undefined && top.level === item.level) stack.pop();
      const list: PmNode = marker.ordered
        ? { type: 'orderedList', attrs: { start: Math.min(marker.start, 999_999), type: marker.type }, content: [] }
        : { type: 'bulletList', content: [] };
      const parent = stack.at(-1);
      const parentItem = parent?.list.content?.at(-1);
      if (parentItem) parentItem.content!.push(list);
      else roots.push(list);
      stack.push({ level: item.level, list, kind, id: item.list });
    }
    const inline = content(item);
    stack.at(-1)!.list.content!.push({ type: 'listItem', content: [inline.length > 0 ? { type: 'paragraph', content: inline } : { type: 'paragraph' }] });
  }
  return roots;
}
