/**
 * HTML into a new release, sanitized to the schema (htmlparser2's DOM, walked once):
 * - headline: the first <h1>, else <title>; later <h1> and <h2> become level-2 headings, <h3>-<h6> level 3;
 * - <p>, <div> and other blocks: paragraphs; <ul>/<ol>/<li>: lists; <blockquote>; <br>;
 * - <strong>/<b>, <em>/<i>, <u>; <a> only with a target isSafeHref accepts (else its text stays);
 * - <img>: a figure when `resolveImage` returns an asset (alt kept), otherwise dropped;
 *   <figure> with <figcaption>: a figure with that caption (a `.credit` element or a trailing
 *   "Ảnh: ..." becomes the credit);
 * - `.sapo` (our standalone export) or `.hometext` (NukeViet) fills the sapo, `.author` the pen name;
 * - script, style, iframe, svg, object and similar are dropped with their content; everything
 *   else is unwrapped. Text is NFC; U+00AD is kept as it is (see DOMAIN.md on TCVN3).
 * mammoth's DOCX output goes through here too (images as `asset:<hash>` sources).
 */
import { DomHandler, Parser, type parseDocument } from 'htmlparser2';
import { DEFAULT_FIGURE_ATTRS } from '../document/figure';
import type { Asset, PmNode, Release, ReleaseKind } from '../document/release';
import { isSafeHref } from '../document/schema-names';
import { InlineBuilder, cleanImportedText, finishRelease, paragraphNode, type Mark } from './build';
import { IMPORT_STRUCTURE_LIMITS, ImportTooComplexError, countHtmlTags } from './limits';

export interface HtmlImportOptions {
  kind: ReleaseKind;
  /** Maps an <img src> to an asset already stored (null: the image is dropped). */
  resolveImage?: (src: string) => Asset | null;
  /**
   * With no <h1> and no <title> (a Word file without heading styles, through mammoth): take the
   * first block, when it is a paragraph or heading of at most 300 characters, as the headline.
   */
  firstBlockAsHeadline?: boolean;
}

const DROP = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'template', 'noscript',
  'noembed', 'noframes', 'textarea', 'select', 'button', 'input', 'canvas', 'audio', 'video', 'map', 'link', 'meta',
  'base', 'head', 'title', 'nav', 'form', 'dialog',
]);
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'address', 'center', 'pre', 'td', 'th', 'tr',
  'table', 'tbody', 'thead', 'tfoot', 'caption', 'dl', 'dt', 'dd', 'hr', 'body', 'html', 'details', 'summary', 'fieldset',
  'legend', 'figcaption',
]);
const MARK_OF: Record<string, Mark> = {
  strong: { type: 'bold' }, b: { type: 'bold' }, em: { type: 'italic' }, i: { type: 'italic' }, u: { type: 'underline' },
};

/** htmlparser2's DOM types (domhandler is its dependency, not ours). */
type AnyNode = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<AnyNode, { attribs: Record<string, string> }>;

type TextNode = Extract<AnyNode, { data: string }>;

const isText = (n: AnyNode): n is TextNode => n.type === 'text';
const isElement = (n: AnyNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';

function classes(el: Element): string[] {
  return (el.attribs['class'] ?? '').split(/\s+/).filter((c) => c !== '');
}

function textOf(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!isElement(node) || DROP.has(node.name)) return '';
  if (node.name === 'br') return '\n';
  return node.children.map(textOf).join('');
}

const collapse = (s: string): string => s.replace(/[ \t\n\r\f]+/g, ' ');

class HtmlImporter {
  headline = '';
  title = '';
  sapo = '';
  penName = '';
  leadTaken = false;
  readonly assets: Asset[] = [];

  constructor(private readonly resolveImage: HtmlImportOptions['resolveImage']) {}

  /** Block content of a container. */
  blocks(children: readonly AnyNode[]): PmNode[] {
    const out: PmNode[] = [];
    let inline = new InlineBuilder();
    const flush = (): void => {
      if (!inline.isEmpty()) out.push(paragraphNode(inline.finish()));
      inline = new InlineBuilder();
    };
    const visit = (node: AnyNode, marks: readonly Mark[]): void => {
      if (isText(node)) {
        let text = collapse(node.data);
        const prev = inline.lastChar();
        if (text.startsWith(' ') && (prev === '' || prev === ' ')) text = text.slice(1);
        inline.text(text, marks);
        return;
      }
      if (!isElement(node) || DROP.has(node.name)) return;
      const name = node.name;
      const cls = classes(node);
      if (name === 'br') return inline.hardBreak();
      if ((cls.includes('sapo') || cls.includes('hometext')) && this.sapo === '') {
        this.sapo = collapse(textOf(node)).trim();
        return;
      }
      if (cls.includes('author') && this.penName === '') {
        this.penName = collapse(textOf(node)).trim();
        return;
      }
      if (/^h[1-6]$/.test(name)) {
        flush();
        if (name === 'h1' && this.headline === '') {
          this.headline = collapse(textOf(node)).trim();
          return;
        }
        const content = this.inlineOf(node.children, marks);
        if (content.length > 0) out.push({ type: 'heading', attrs: { level: name === 'h1' || name === 'h2' ? 2 : 3 }, content });
        return;
      }
      if (name === 'ul' || name === 'ol') {
        flush();
        const list = this.list(node);
        if (list) out.push(list);
        return;
      }
      if (name === 'blockquote') {
        flush();
        const inner = this.blocks(node.children);
        if (inner.length > 0) out.push({ type: 'blockquote', content: inner });
        return;
      }
      if (name === 'img') {
        const figure = this.figure(node, null);
        if (figure) {
          flush();
          out.push(figure);
        }
        return;
      }
      if (name === 'figure') {
        flush();
        const img = findFirst(node, 'img');
        const caption = findFirst(node, 'figcaption');
        const figure = img ? this.figure(img, caption) : null;
        if (figure && classes(node).includes('image--lead') && !this.leadTaken) {
          figure.attrs = { ...figure.attrs, lead: true };
          this.leadTaken = true;
        }
        if (figure) out.push(figure);
        else out.push(...this.blocks(caption ? caption.children : node.children.filter((c) => !(isElement(c) && c.name === 'img'))));
        return;
      }
      let inner = marks;
      const mark = MARK_OF[name];
      if (mark) inner = [...marks.filter((m) => m.type !== mark.type), mark];
      if (name === 'a') {
        const href = (node.attribs['href'] ?? '').trim();
        inner = marks.filter((m) => m.type !== 'link');
        if (isSafeHref(href)) inner = [...inner, { type: 'link', attrs: { href } }];
      }
      const block = BLOCKS.has(name) || name === 'li';
      if (block) flush();
      for (const child of node.children) visit(child, inner);
      if (block) flush();
    };
    for (const child of children) visit(child, []);
    flush();
    return out;
  }

  /** Inline content only (for headings): nested blocks are run together with spaces. */
  inlineOf(children: readonly AnyNode[], marks: readonly Mark[]): PmNode[] {
    const flat = this.blocks(children).flatMap((b, i) => {
      const inline = b.type === 'paragraph' ? (b.content ?? []) : [];
      return i > 0 && inline.length > 0 ? [{ type: 'text', text: ' ' } as PmNode, ...inline] : inline;
    });
    const out = new InlineBuilder();
    for (const node of flat) {
      if (node.type === 'hardBreak') out.hardBreak();
      else {
        const all = [...marks, ...(node.marks ?? [])].filter((m, i, arr) => arr.findIndex((x) => x.type === m.type) === i);
        out.text(node.text ?? '', all);
      }
    }
    return out.finish();
  }

  list(el: Element): PmNode | null {
    const items: PmNode[] = [];
    const stray: AnyNode[] = [];
    const pushItem = (children: readonly AnyNode[]): void => {
      const inner = this.blocks(children);
      if (inner.length === 0) return;
      if (inner[0]!.type !== 'paragraph') inner.unshift({ type: 'paragraph' });
      items.push({ type: 'listItem', content: inner });
    };
    for (const child of el.children) {
      if (isElement(child) && child.name === 'li') {
        if (stray.length > 0) pushItem(stray.splice(0));
        pushItem(child.children);
      } else if (isElement(child) && (child.name === 'ul' || child.name === 'ol') && items.length > 0) {
        // A list nested directly in a list (invalid, but common): it belongs to the previous item.
        const nested = this.list(child);
        if (nested) items.at(-1)!.content!.push(nested);
      } else stray.push(child);
    }
    if (stray.length > 0) pushItem(stray);
    if (items.length === 0) return null;
    if (el.name === 'ul') return { type: 'bulletList', content: items };
    const start = parseInt(el.attribs['start'] ?? '1', 10);
    return { type: 'orderedList', attrs: { start: Number.isFinite(start) && start > 0 && start < 1_000_000 ? start : 1 }, content: items };
  }

  figure(img: Element, caption: Element | null): PmNode | null {
    const src = (img.attribs['src'] ?? '').trim();
    const asset = src && this.resolveImage ? this.resolveImage(src) : null;
    if (!asset) return null;
    if (!this.assets.some((a) => a.hash === asset.hash)) this.assets.push(asset);
    let credit = '';
    let content: PmNode[] = [];
    if (caption) {
      const creditEl = findClass(caption, 'credit');
      if (creditEl) {
        credit = collapse(textOf(creditEl)).trim();
        creditEl.children = [];
      }
      content = this.inlineOf(caption.children, []);
      const last = content.at(-1);
      const trailing = last?.type === 'text' && !last.marks ? /\s*\(?\s*((?:Ảnh|Photo)\s*:\s*[^()]+?)\)?\s*$/iu.exec(last.text ?? '') : null;
      if (credit === '' && trailing && last && trailing.index > 0) {
        credit = trailing[1]!.trim();
        last.text = (last.text ?? '').slice(0, trailing.index).trimEnd();
      }
    }
    const alt = collapse(img.attribs['alt'] ?? '').trim().normalize('NFC').slice(0, 2_000);
    const attrs = { ...DEFAULT_FIGURE_ATTRS, asset: asset.hash, alt, credit: credit.normalize('NFC').slice(0, 2_000) };
    return content.length > 0 ? { type: 'figure', attrs, content } : { type: 'figure', attrs };
  }
}

/** First descendants by name, remembered: figures nested in figures would otherwise rescan their subtree at every level. */
const firstFound = new Map<string, WeakMap<Element, Element | null>>();

function findFirst(el: Element, name: string): Element | null {
  let memo = firstFound.get(name);
  if (!memo) firstFound.set(name, (memo = new WeakMap()));
  const known = memo.get(el);
  if (known !== undefined) return known;
  let found: Element | null = null;
  for (const child of el.children) {
    if (!isElement(child) || DROP.has(child.name)) continue;
    found = child.name === name ? child : findFirst(child, name);
    if (found) break;
  }
  memo.set(el, found);
  return found;
}

function findClass(el: Element, cls: string): Element | null {
  for (const child of el.children) {
    if (!isElement(child)) continue;
    if (classes(child).includes(cls)) return child;
    const inner = findClass(child, cls);
    if (inner) return inner;
  }
  return null;
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
function parseBounded(html: string): ReturnType<typeof parseDocument> {
  if (countHtmlTags(html) > IMPORT_STRUCTURE_LIMITS.maxHtmlElements) throw new ImportTooComplexError('html-elements');
  const handler = new BoundedHandler();
  new Parser(handler, { decodeEntities: true }).end(html);
  return handler.root;
}

export function importHtml(html: string, options: HtmlImportOptions): Release {
  const doc = parseBounded(cleanImportedText(html));
  const importer = new HtmlImporter(options.resolveImage);
  const titleEl = findInHead(doc.children);
  const blocks = importer.blocks(doc.children);
  let headline = importer.headline || (titleEl ? collapse(titleEl.children.map((c) => (isText(c) ? c.data : '')).join('')).trim() : '');
  const first = blocks[0];
  if (headline === '' && options.firstBlockAsHeadline && (first?.type === 'paragraph' || first?.type === 'heading')) {
    const text = (first.content ?? []).map((n) => (n.type === 'hardBreak' ? ' ' : (n.text ?? ''))).join('').trim();
    if (text !== '' && text.length <= 300) {
      headline = text;
      blocks.shift();
    }
  }
  return finishRelease({
    kind: options.kind,
    headline,
    sapo: importer.sapo,
    penName: importer.penName,
    blocks: blocks.length > 0 ? blocks : [paragraphNode([])],
    assets: importer.assets,
  });
}

/** <title> lives in <head>, which the walk drops: find it there. */
function findInHead(nodes: readonly AnyNode[]): Element | null {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    if (node.name === 'title') return node;
    const inner = findInHead(node.children);
    if (inner) return inner;
  }
  return null;
}
