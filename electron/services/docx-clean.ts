/**
 * What the .docx import adds around mammoth so that its HTML reaches the one cleaner
 * (core/import/clean) with the structure a Word user made (issue 10):
 * - styles mammoth leaves plain: underline (mammoth drops it unless mapped), LibreOffice's
 *   Quotations, and a paragraph indented from the left (no list, no style of its own) as a quote;
 * - what mammoth reads past without a word, counted for the message (core/import/docx-parts.ts),
 *   read from the main part wherever the package's relationships put it;
 * - a picture the document only links to is named as such, not as "unreadable";
 * - Word's list numbers (a list starting at 3 stays at 3), which mammoth does not keep.
 */
import { extractEntry, locateEntries, readZipDirectory } from '../../core/document/zip-reader';
import type { DroppedItem } from '../../core/import/clean';
import { findMainPart, relatedPart, relsPartOf, scanDocxDropped } from '../../core/import/docx-parts';
import { LIST_NUMBER_CLOSE, LIST_NUMBER_OPEN, paragraphNumbers, readNumbering } from '../../core/import/docx-numbering';

/** The style name our transform gives an indented paragraph (never a Word style name: it has our prefix). */
const INDENTED = 'PressDesk Indented Quote';

export const DOCX_CLEAN_STYLE_MAP = [
  'u => u',
  "p[style-name='Quotations'] => blockquote > p:fresh",
  `p[style-name='${INDENTED}'] => blockquote > p:fresh`,
];

/** An indent from the left this deep (twips; Word's smallest step, 0.25 in, is 360) reads as a quote. */
const QUOTE_INDENT_TWIPS = 360;

/** mammoth's document model, as far as this reads it. */
interface DocxElement {
  type?: string;
  children?: DocxElement[];
  styleName?: string | null;
  numbering?: unknown;
  indent?: { start?: string | null; hanging?: string | null };
}

/** mammoth's transformDocument: a plain paragraph indented from the left becomes a quote, as in paste. In place; iterative. */
export function indentedAsQuote<T>(document: T): T {
  const stack: DocxElement[] = [document as DocxElement];
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (el.type === 'paragraph' && !el.numbering && (el.styleName == null || /^(?:Normal|Body Text|Text Body|Standard)$/i.test(el.styleName))) {
      const start = Number(el.indent?.start ?? 0) - Number(el.indent?.hanging ?? 0);
      if (Number.isFinite(start) && start >= QUOTE_INDENT_TWIPS) el.styleName = INDENTED;
    }
    for (const child of el.children ?? []) stack.push(child);
  }
  return document;
}

/** What the main part holds that mammoth will not bring in (equations, charts, SmartArt, objects, linked pictures). */
export function docxDropped(bytes: Uint8Array, maxEntries: number): DroppedItem[] {
  const entries = locateEntries(bytes, readZipDirectory(bytes, maxEntries));
  const text = (name: string): string | undefined => {
    const entry = entries.find((e) => e.name === name);
    return entry === undefined ? undefined : new TextDecoder('utf-8').decode(extractEntry(bytes, entry));
  };
  const main = findMainPart(text, (name) => entries.some((e) => e.name === name));
  const xml = main === null ? undefined : text(main);
  return xml === undefined ? [] : scanDocxDropped(xml);
}

/** A picture mammoth could not read because the document links to it (externalFileAccess is off). */
export function isLinkedImageError(e: unknown): boolean {
  return e instanceof Error && /external image/i.test(e.message);
}

interface DocxNode {
  type?: string;
  value?: string;
  styleName?: string | null;
  numbering?: { isOrdered?: boolean } | null;
  children?: DocxNode[];
}

/** Paragraphs in mammoth's visiting order: each after the paragraphs nested in it. Iterative. */
function paragraphsPostOrder(root: DocxNode): DocxNode[] {
  const out: DocxNode[] = [];
  const stack: { node: DocxNode; done: boolean }[] = [{ node: root, done: false }];
  while (stack.length > 0) {
    const top = stack.pop()!;
    if (top.done) {
      if (top.node.type === 'paragraph') out.push(top.node);
      continue;
    }
    stack.push({ node: top.node, done: true });
    const children = top.node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, done: false });
  }
  return out;
}

function firstText(node: DocxNode): DocxNode | null {
  if (node.type === 'text') return node;
  for (const child of node.children ?? []) {
    const found = firstText(child);
    if (found) return found;
  }
  return null;
}

/**
 * mammoth's transformDocument: each ordered list paragraph's text starts with Word's number for it
 * (core/import/docx-numbering.ts), which the cleaner turns into the list's start. When mammoth's
 * paragraphs and the main part's do not line up one for one, nothing is marked (lists start at 1).
 */
export function markListNumbers(bytes: Uint8Array, maxEntries: number): <T>(document: T) => T {
  const entries = locateEntries(bytes, readZipDirectory(bytes, maxEntries));
  const text = (name: string): string | undefined => {
    const entry = entries.find((e) => e.name === name);
    return entry === undefined ? undefined : new TextDecoder('utf-8').decode(extractEntry(bytes, entry));
  };
  const main = findMainPart(text, (name) => entries.some((e) => e.name === name));
  const numberingPart = main === null ? null : (relatedPart(text(relsPartOf(main)), main, 'numbering') ?? 'word/numbering.xml');
  const numberingXml = numberingPart === null ? undefined : text(numberingPart);
  const documentXml = main === null ? undefined : text(main);
  const types: (string | null)[] = [];
  const numbers = numberingXml === undefined || documentXml === undefined ? null : paragraphNumbers(documentXml, readNumbering(numberingXml), types);
  return <T>(document: T): T => {
    if (numbers === null) return document;
    const paragraphs = paragraphsPostOrder(document as DocxNode);
    if (paragraphs.length !== numbers.length) return document;
    paragraphs.forEach((p, i) => {
      const n = numbers[i];
      if (n === null || n === undefined || !p.numbering?.isOrdered || /heading|title/i.test(p.styleName ?? '')) return;
      const first = firstText(p);
      if (first) first.value = `${LIST_NUMBER_OPEN}${n}${types[i] ?? ''}${LIST_NUMBER_CLOSE}${first.value ?? ''}`;
    });
    return document;
  };
}
