/**
 * The foreign HTML as a DOM (htmlparser2, bounded), and the small readers the cleaner asks of
 * it: classes, inline style declarations, text. htmlparser2 runs in Node and in the renderer
 * alike, so paste and import parse the same way.
 */
import { DomHandler, Parser, type parseDocument } from 'htmlparser2';
import { LIST_NUMBER_MARK } from '../docx-numbering';
import { IMPORT_STRUCTURE_LIMITS, ImportTooComplexError, countHtmlTags } from '../limits';

/** htmlparser2's DOM types (domhandler is its dependency, not ours). */
export type Document = ReturnType<typeof parseDocument>;
export type AnyNode = Document['children'][number];
export type Element = Extract<AnyNode, { attribs: Record<string, string> }>;
type TextNode = Extract<AnyNode, { data: string }>;

export const isText = (n: AnyNode): n is TextNode => n.type === 'text';
export const isElement = (n: AnyNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';

/** Elements dropped with their content without a word: page machinery, not the author's text. */
export const SILENT_DROP = new Set([
  'script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'link', 'meta', 'base', 'head', 'title', 'nav',
  'form', 'dialog', 'textarea', 'select', 'button', 'input', 'map', 'frameset', 'frame',
]);

export function classes(el: Element): string[] {
  return (el.attribs['class'] ?? '').split(/\s+/).filter((c) => c !== '');
}

/** Declarations of an inline style (names lower-cased). Word writes `style='mso-list:l0 level2 lfo1'`. */
export function styleOf(el: Element): Map<string, string> {
  const out = new Map<string, string>();
  const raw = el.attribs['style'];
  if (raw === undefined) return out;
  for (const part of raw.split(';')) {
    const colon = part.indexOf(':');
    if (colon <= 0) continue;
    out.set(part.slice(0, colon).trim().toLowerCase(), part.slice(colon + 1).trim());
  }
  return out;
}

/** The text under a node, as written (list-number marks of the .docx import included). */
export function rawTextOf(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!isElement(node) || SILENT_DROP.has(node.name)) return '';
  return node.children.map(rawTextOf).join('');
}

/** The text under a node as the reader sees it (<br> a line break, the import's list-number marks gone). */
export function textOf(node: AnyNode): string {
  if (isText(node)) return node.data.replace(LIST_NUMBER_MARK, '');
  if (!isElement(node) || SILENT_DROP.has(node.name)) return '';
  if (node.name === 'br') return '\n';
  return node.children.map(textOf).join('');
}

export const collapse = (s: string): string => s.replace(/[ \t\n\r\f]+/g, ' ');

/** A CSS length in CSS pixels (Word writes pt and in, LibreOffice cm, the web px and em); null when unknown. */
export function lengthPx(value: string | undefined): number | null {
  if (value === undefined) return null;
  const m = /^(-?[0-9]*\.?[0-9]+)\s*(px|pt|in|cm|mm|em|rem|pc)?$/i.exec(value.trim());
  if (!m) return null;
  const n = Number(m[1]);
  const unit = (m[2] ?? 'px').toLowerCase();
  const per: Record<string, number> = { px: 1, pt: 4 / 3, in: 96, cm: 96 / 2.54, mm: 96 / 25.4, em: 16, rem: 16, pc: 16 };
  return n * per[unit]!;
}

/** htmlparser2's DOM builder, refusing a tree deeper than the limit while it is being built. */
class BoundedHandler extends DomHandler {
  private depth = 0;

  override onopentag(name: string, attribs: Record<string, string>): void {
    if (++this.depth > IMPORT_STRUCTURE_LIMITS.maxHtmlDepth) throw new ImportTooComplexError('html-depth');
    super.onopentag(name, attribs);
  }

  override onclosetag(): void {
    this.depth--;
    super.onclosetag();
  }
}

/**
 * The DOM, within the limits: the tag count from a linear pre-scan, the depth while parsing (the
 * parser closes implied and void elements itself, so only it knows the real depth). Both bounds
 * keep htmlparser2 linear: it moves its whole open-element stack on every tag.
 */
export function parseBounded(html: string): Document {
  if (countHtmlTags(html) > IMPORT_STRUCTURE_LIMITS.maxHtmlElements) throw new ImportTooComplexError('html-elements');
  const handler = new BoundedHandler();
  new Parser(handler, { decodeEntities: true }).end(html);
  return handler.root;
}

/** <title> lives in <head>, which the walk drops: find it there. */
export function findTitle(nodes: readonly AnyNode[]): Element | null {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    if (node.name === 'title') return node;
    const inner = findTitle(node.children);
    if (inner) return inner;
  }
  return null;
}
