/**
 * Footnotes in foreign HTML: a reference is a link `href="#X"` to a note that links back to it.
 * Every writer we meet has that shape, with its own names:
 * - Word's clipboard:  <a style='mso-footnote-id:ftn1' href="#_ftn1" name="_ftnref1">[1]</a> …
 *                      <div style='mso-element:footnote' id=ftn1><p><a href="#_ftnref1" name="_ftn1">[1]</a> text</p></div>
 * - mammoth (DOCX):    <sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> … <ol><li id="footnote-1"><p>text <a href="#footnote-ref-1">↑</a></p></li></ol>
 * - LibreOffice:       <a class="sdfootnoteanc" name="sdfootnote1anc" href="#sdfootnote1sym"><sup>1</sup></a> …
 *                      <div id="sdfootnote1"><p><a class="sdfootnotesym" name="sdfootnote1sym" href="#sdfootnote1anc">1</a>text</p></div>
 * - pandoc, our own export and most web pages: <a href="#fn1" id="fnref1"> … <li id="fn1">text <a href="#fnref1">↩</a></li>
 * The note must come after its reference, link back to it and be short (a footnote's length), so
 * an ordinary in-page link never swallows a section. Notes found are taken out of the text (and
 * their emptied containers with them); the reference becomes the `footnote` node.
 */
import { collapse, isElement, isText, styleOf, textOf, type AnyNode, type Element } from './dom';

/** The footnote node's text limit (core/document/body-schema.ts). */
export const MAX_FOOTNOTE_TEXT = 4_000;

export interface Footnotes {
  /** Reference anchor -> the note's text (NFC, at most MAX_FOOTNOTE_TEXT characters). */
  notes: Map<Element, string>;
  /** References that look like note marks but whose note was not found: kept as superscript. */
  orphans: Set<Element>;
  /** Note bodies and their emptied containers, left out of the text. */
  consumed: Set<Element>;
}

const NOTE_CONTAINERS = new Set(['li', 'div', 'aside', 'section', 'footer']);

/** A reference mark by its writer's own name for it, with or without a back link. */
function looksLikeReference(a: Element): boolean {
  const style = styleOf(a);
  if (style.has('mso-footnote-id') || style.has('mso-endnote-id')) return true;
  const cls = a.attribs['class'] ?? '';
  return /\b(?:sdfootnoteanc|sdendnoteanc|footnote-ref|footnote-reference)\b/.test(cls) || a.attribs['role'] === 'doc-noteref';
}

function keyOf(a: Element): string {
  return a.attribs['id'] ?? a.attribs['name'] ?? '';
}

function contains(outer: Element, inner: AnyNode): boolean {
  for (let n: AnyNode | null = inner; n; n = n.parent as AnyNode | null) if (n === outer) return true;
  return false;
}

/** The note around a target: the nearest list item or division (a few levels up), else its paragraph. */
function noteBody(target: Element): Element {
  let n: Element | null = target;
  for (let up = 0; n && up < 5; up++) {
    if (NOTE_CONTAINERS.has(n.name)) return n;
    n = n.parent && isElement(n.parent as AnyNode) ? (n.parent as Element) : null;
  }
  n = target;
  while (n && n.name !== 'p') n = n.parent && isElement(n.parent as AnyNode) ? (n.parent as Element) : null;
  return n ?? target;
}

/** The note's text, without the back link (which carries Word's and LibreOffice's number too). */
function noteText(body: Element, backHref: string): string {
  const parts: string[] = [];
  const walk = (node: AnyNode): void => {
    if (isText(node)) parts.push(node.data);
    if (!isElement(node)) return;
    if (node.name === 'a' && (node.attribs['href'] ?? '') === backHref) return;
    if (node.name === 'script' || node.name === 'style') return;
    if (node.name === 'br' || node.name === 'p' || node.name === 'div' || node.name === 'li') parts.push(' ');
    node.children.forEach(walk);
    // A note is plain text: a web link's address follows its words, unless the words are the address.
    const href = node.name === 'a' ? (node.attribs['href'] ?? '') : '';
    if (/^https?:\/\//i.test(href) && collapse(textOf(node)).trim() !== href) parts.push(` (${href})`);
  };
  walk(body);
  // A note body that is the list item of a numbered list may still start with its number.
  return collapse(parts.join('')).trim().normalize('NFC').slice(0, MAX_FOOTNOTE_TEXT);
}

export function findFootnotes(roots: readonly AnyNode[]): Footnotes {
  const byKey = new Map<string, Element>();
  const anchors: Element[] = [];
  const order = new Map<Element, number>();
  const stack: AnyNode[] = [...roots].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    order.set(node, order.size);
    for (const key of [node.attribs['id'], node.name === 'a' ? node.attribs['name'] : undefined]) {
      if (key !== undefined && key !== '' && !byKey.has(key)) byKey.set(key, node);
    }
    if (node.name === 'a' && (node.attribs['href'] ?? '').startsWith('#')) anchors.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  const notes = new Map<Element, string>();
  const orphans = new Set<Element>();
  const consumed = new Set<Element>();
  // Many references may point into one big element: measure each candidate once.
  const lengths = new Map<Element, number>();
  const lengthOf = (el: Element): number => {
    let n = lengths.get(el);
    if (n === undefined) lengths.set(el, (n = textOf(el).length));
    return n;
  };
  for (const a of anchors) {
    if (insideAny(a, consumed)) continue;
    const known = looksLikeReference(a);
    const key = keyOf(a);
    const target = byKey.get((a.attribs['href'] ?? '').slice(1));
    const body = target ? noteBody(target) : null;
    const backHref = `#${key}`;
    const ok =
      body !== null &&
      key !== '' &&
      !contains(body, a) &&
      order.get(body)! > order.get(a)! &&
      lengthOf(body) <= MAX_FOOTNOTE_TEXT * 2 &&
      hasLinkTo(body, backHref);
    if (ok) {
      notes.set(a, noteText(body, backHref));
      consumed.add(body);
    } else if (known) orphans.add(a);
  }
  for (const body of [...consumed]) consumeEmptied(body, consumed);
  return { notes, orphans, consumed };
}

/** Whether a node lies in one of the elements (walks its ancestors: depth-bounded, never over the set). */
function insideAny(node: AnyNode, set: ReadonlySet<Element>): boolean {
  for (let n: AnyNode | null = node; n; n = n.parent as AnyNode | null) if (isElement(n) && set.has(n)) return true;
  return false;
}

function hasLinkTo(el: Element, href: string): boolean {
  if (el.name === 'a' && el.attribs['href'] === href) return true;
  return el.children.some((c) => isElement(c) && hasLinkTo(c, href));
}

/** Containers left with nothing but consumed notes and rules (Word's footnote list, mammoth's <ol>, pandoc's section). */
function consumeEmptied(body: Element, consumed: Set<Element>): void {
  for (let parent = body.parent as AnyNode | null; parent && isElement(parent); parent = parent.parent as AnyNode | null) {
    if (parent.name === 'body' || parent.name === 'html') return;
    const empty = parent.children.every(
      (c) => (isText(c) && c.data.trim() === '') || !isElement(c) || consumed.has(c) || c.name === 'hr' || c.name === 'br',
    );
    if (!empty) return;
    consumed.add(parent);
  }
}
