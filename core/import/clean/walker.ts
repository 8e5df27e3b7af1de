/**
 * The cleaner's walk over the foreign DOM, once, into body blocks of the schema: paragraphs,
 * headings (h1-h6, Word's heading and title styles), lists (HTML and Word's mso-list
 * paragraphs), quotes (<blockquote>, Word's Quote styles, indented paragraphs), tables,
 * figures, footnotes and the marks the schema has. What it cannot keep it counts by kind.
 */
import type { Asset, PmNode } from '../../document/release';
import { isSafeHref } from '../../document/schema-names';
import { LIST_NUMBER_CLOSE, LIST_NUMBER_MARK, LIST_NUMBER_OPEN } from '../docx-numbering';
import { InlineBuilder, paragraphNode, type Mark } from '../inline';
import { classes, collapse, rawTextOf, isElement, isText, lengthPx, SILENT_DROP, styleOf, textOf, type AnyNode, type Element } from './dom';
import { readFigure, readFigureElement, type FigureContext } from './figures';
import type { Footnotes } from './footnotes';
import { marksOf } from './marks';
import { DroppedCounter } from './report';
import { buildTable } from './tables';
import { buildWordLists, isSkippable, wordListItem, type WordListItem } from './word-lists';

export interface WalkOptions {
  /** 'import' reads a headline, sapo and pen name out of the page; 'paste' keeps everything in the body. */
  mode: 'import' | 'paste';
  /** Maps an <img src> to an asset already stored (null: the image is left out and counted). */
  resolveImage?: (src: string) => Asset | null;
}

/** Elements whose content the release cannot show: left out, and named in the message. */
const COUNTED_DROP: Record<string, 'equation' | 'embedded-object'> = {
  math: 'equation', object: 'embedded-object', embed: 'embedded-object', applet: 'embedded-object', iframe: 'embedded-object',
  video: 'embedded-object', audio: 'embedded-object',
};
/** Left out without a word: drawings and icons of a web page, not the author's text. */
const QUIET_DROP = new Set(['svg', 'canvas']);
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'address', 'center', 'pre', 'td', 'th', 'tr',
  'tbody', 'thead', 'tfoot', 'caption', 'dl', 'dt', 'dd', 'hr', 'body', 'html', 'details', 'summary', 'fieldset',
  'legend', 'figcaption',
]);
const QUOTE_CLASSES = /^(?:MsoQuote|MsoIntenseQuote|Quote|IntenseQuote|quotations|Quotations)$/;
const TITLE_CLASSES = /^(?:MsoTitle|title|Title)$/;
/** Word's and LibreOffice's heading classes on a <p> (Heading 7-9 have no <h7>). */
const HEADING_CLASS = /^(?:MsoHeading[1-9]|MsoSubtitle|subtitle|Subtitle)$/;
/** A paragraph indented at least this far (CSS px; Word's smallest indent step is 0.25 in = 24 px) reads as a quote. */
const QUOTE_INDENT_PX = 24;
/** CSS list-style-type as <ol type>: Google Docs writes it on each <li>, web pages on the <ol>. */
const LIST_STYLE_TYPES: Record<string, string> = { 'lower-alpha': 'a', 'lower-latin': 'a', 'upper-alpha': 'A', 'upper-latin': 'A', 'lower-roman': 'i', 'upper-roman': 'I' };
function listStyleType(list: Element, firstItem: Element | undefined): string | null {
  const of = (el: Element | undefined): string | undefined => (el ? LIST_STYLE_TYPES[(styleOf(el).get('list-style-type') ?? '').trim().toLowerCase()] : undefined);
  return of(list) ?? of(firstItem) ?? null;
}

/** Text before a first <h1> that still lets it be the headline: a dateline or a kicker, not a section. */
const HEADLINE_LEAD_CHARS = 200;

export class Walker implements FigureContext {
  headline = '';
  sapo = '';
  penName = '';
  readonly assets: Asset[] = [];
  readonly dropped = new DroppedCounter();
  /** Characters of text written into the body so far (the headline rule reads it). */
  private written = 0;
  private sawHeading = false;
  /** Inside a list, quote or table: an <h1> there is never the headline. */
  private nested = 0;
  private leadTaken = false;
  private readonly ignored = new Set<Element>();
  /** Inside a table's cell: a table there is flattened (a cell holds paragraphs only). */
  private tableDepth = 0;

  readonly resolveImage: WalkOptions['resolveImage'];

  constructor(
    private readonly options: WalkOptions,
    private readonly notes: Footnotes,
  ) {
    this.resolveImage = options.resolveImage;
  }

  /** Block content of a container's children. */
  blocks(children: readonly AnyNode[], marks: readonly Mark[] = []): PmNode[] {
    const out: PmNode[] = [];
    let inline = new InlineBuilder();
    let quote: PmNode[] = [];
    let list: WordListItem[] = [];
    let equationFallback = false;
    // A run of Quote-style paragraphs is one quote, a run of indented ones another.
    let lastQuoteKind: 'style' | 'indent' | null = null;
    const flush = (): void => {
      if (!inline.isEmpty()) {
        const content = inline.finish();
        this.written += content.reduce((n, c) => n + (c.text?.length ?? 0), 0);
        out.push(paragraphNode(content));
      }
      inline = new InlineBuilder();
    };
    const endQuote = (): void => {
      if (quote.length > 0) out.push({ type: 'blockquote', content: quote });
      quote = [];
      lastQuoteKind = null;
    };
    const endList = (): void => {
      if (list.length === 0) return;
      this.nested++;
      out.push(...buildWordLists(list, (item) => this.inlineOf(item.el.children, [])));
      this.nested--;
      list = [];
    };
    for (const child of children) {
      // Word writes an equation twice: OMML in a comment Office reads, a picture for everyone else.
      if (child.type === 'comment') {
        const data = child.data.trim();
        if (/^\[if gte msEquation/i.test(data)) this.dropped.add('equation');
        if (/^\[if !msEquation\]$/i.test(data)) equationFallback = true;
        else if (/^\[endif\]$/i.test(data)) equationFallback = false;
        continue;
      }
      if (equationFallback) continue;
      if (list.length > 0 && isSkippable(child)) continue;
      const item = isElement(child) ? wordListItem(child, this.ignored) : null;
      if (item) {
        flush();
        endQuote();
        list.push(item);
        continue;
      }
      endList();
      const quoteKind = isElement(child) ? this.quoteKind(child) : null;
      if (quoteKind !== null && quoteKind !== lastQuoteKind) endQuote();
      if (isElement(child) && quoteKind !== null) {
        lastQuoteKind = quoteKind;
        flush();
        this.nested++;
        quote.push(...this.blocks(child.children, marks));
        this.nested--;
        continue;
      }
      if (quote.length > 0 && !(isText(child) && child.data.trim() === '')) endQuote();
      this.visit(child, marks, out, () => inline, flush);
    }
    endList();
    flush();
    endQuote();
    return out;
  }

  /** Word's Quote styles, LibreOffice's Quotations, or a paragraph indented from the left (not a list's, not a hanging indent). */
  private quoteKind(el: Element): 'style' | 'indent' | null {
    if (el.name !== 'p' && el.name !== 'div') return null;
    const cls = classes(el);
    if (cls.some((c) => QUOTE_CLASSES.test(c))) return 'style';
    if (cls.some((c) => /^MsoListParagraph/.test(c) || TITLE_CLASSES.test(c) || HEADING_CLASS.test(c))) return null;
    const style = styleOf(el);
    const margin = lengthPx(style.get('margin-left')) ?? lengthPx(style.get('padding-left')) ?? 0;
    const indent = lengthPx(style.get('text-indent')) ?? 0;
    return margin + Math.min(0, indent) >= QUOTE_INDENT_PX && el.children.some((c) => isText(c) || isElement(c)) ? 'indent' : null;
  }

  private visit(node: AnyNode, marks: readonly Mark[], out: PmNode[], inline: () => InlineBuilder, flush: () => void): void {
    if (isText(node)) {
      let text = collapse(node.data.replace(LIST_NUMBER_MARK, ''));
      const builder = inline();
      const prev = builder.lastChar();
      if (text.startsWith(' ') && (prev === '' || prev === ' ')) text = text.slice(1);
      builder.text(text, marks);
      return;
    }
    if (!isElement(node) || SILENT_DROP.has(node.name) || QUIET_DROP.has(node.name)) return;
    if (this.ignored.has(node) || this.notes.consumed.has(node)) return;
    const name = node.name;
    const counted = COUNTED_DROP[name];
    if (counted) return this.dropped.add(counted);
    const cls = classes(node);
    const style = styleOf(node);
    if (this.skipWordMachinery(node, cls, style)) return;
    if (name === 'br') return inline().hardBreak();
    if (name === 'a' && this.notes.notes.has(node)) {
      inline().atom({ type: 'footnote', attrs: { text: this.notes.notes.get(node)! } });
      return;
    }
    if (this.options.mode === 'import' && (cls.includes('sapo') || cls.includes('hometext')) && this.sapo === '') {
      this.sapo = this.fieldText(node);
      return;
    }
    if (this.options.mode === 'import' && cls.includes('author') && this.penName === '') {
      this.penName = this.fieldText(node);
      return;
    }
    const title = cls.some((c) => TITLE_CLASSES.test(c));
    const headingLevel = /^h[1-6]$/.test(name) ? Number(name[1]) : cls.some((c) => HEADING_CLASS.test(c)) ? 3 : title ? 1 : 0;
    if (headingLevel > 0) {
      flush();
      if (this.takesHeadline(headingLevel, title)) {
        this.headline = this.fieldText(node);
        return;
      }
      this.sawHeading = true;
      const content = this.inlineOf(node.children, marks);
      if (content.length > 0) {
        this.written += content.reduce((n, c) => n + (c.text?.length ?? 0), 0);
        out.push({ type: 'heading', attrs: { level: headingLevel <= 2 ? 2 : 3 }, content });
      }
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
      this.nested++;
      const inner = this.blocks(node.children);
      this.nested--;
      if (inner.length > 0) out.push({ type: 'blockquote', content: inner });
      return;
    }
    if (name === 'table') {
      flush();
      this.nested++;
      // Word lays a text box out as a one-cell table marked for layout: its text, not a table.
      const layout = node.parent !== null && isElement(node.parent as AnyNode) && /vglayout/i.test(styleOf(node.parent as Element).get('mso-ignore') ?? '');
      const inTable = this.tableDepth > 0;
      if (layout || inTable) out.push(...this.blocks(node.children));
      else {
        this.tableDepth++;
        const table = buildTable(node, (cell) => this.blocks(cell.children));
        this.tableDepth--;
        out.push(...table);
      }
      this.nested--;
      return;
    }
    if (name === 'img') {
      const figure = readFigure(this, node, null);
      if (figure) {
        flush();
        out.push(figure);
      }
      return;
    }
    if (name === 'figure') {
      flush();
      const read = readFigureElement(this, node, (children) => this.blocks(children), this.leadTaken);
      if (read.lead) this.leadTaken = true;
      out.push(...read.blocks);
      return;
    }
    let inner = marksOf(node, style, marks);
    if (name === 'a') {
      const href = (node.attribs['href'] ?? '').trim();
      inner = inner.filter((m) => m.type !== 'link');
      if (isSafeHref(href)) inner = [...inner, { type: 'link', attrs: { href } }];
      // A note mark whose note is not in the page: its number stays, raised.
      if (this.notes.orphans.has(node)) inner = [...inner.filter((m) => m.type !== 'subscript' && m.type !== 'superscript'), { type: 'superscript' }];
    }
    if (BLOCKS.has(name) || name === 'li') {
      // A block's children are a sequence of their own: Word's list and quote runs are found there.
      flush();
      out.push(...this.blocks(node.children, inner));
      return;
    }
    for (const child of node.children) this.visit(child, inner, out, inline, flush);
  }

  /** Word's comments, field codes and bookmarks in its HTML: comments are counted, the rest is machinery. */
  private skipWordMachinery(el: Element, cls: readonly string[], style: Map<string, string>): boolean {
    const element = (style.get('mso-element') ?? '').toLowerCase();
    if (element === 'comment-list') {
      this.dropped.add('comment', el.children.filter((c) => isElement(c) && /comment/i.test(styleOf(c).get('mso-element') ?? '')).length || 1);
      return true;
    }
    if (cls.includes('MsoCommentReference') || cls.includes('msocomanchor') || cls.includes('msocomoff')) return true;
    return false;
  }

  /**
   * A plain-text field's text (headline, sapo, pen name): a footnote reference in it would read as
   * "[1]" glued to the word, and the field cannot hold the note, so it is left out and counted.
   */
  private fieldText(node: AnyNode): string {
    const walk = (n: AnyNode): string => {
      if (isElement(n) && this.notes.notes.has(n)) {
        this.dropped.add('field-note');
        return '';
      }
      return isElement(n) && n.name !== 'br' && !SILENT_DROP.has(n.name) ? n.children.map(walk).join('') : textOf(n);
    };
    return collapse(walk(node)).trim();
  }

  /** An <h1> or title paragraph is the headline only first thing in the page: before any other heading and (nearly) any text. */
  private takesHeadline(level: number, title: boolean): boolean {
    if (this.options.mode !== 'import' || this.headline !== '' || this.nested > 0) return false;
    if (title) return this.written <= HEADLINE_LEAD_CHARS;
    return level === 1 && !this.sawHeading && this.written <= HEADLINE_LEAD_CHARS;
  }

  /** Inline content only (headings, list items): nested blocks are run together with spaces. */
  inlineOf(children: readonly AnyNode[], marks: readonly Mark[]): PmNode[] {
    this.nested++;
    const flat = this.blocks(children).flatMap((b, i) => {
      const inline = b.type === 'paragraph' || b.type === 'heading' ? (b.content ?? []) : [];
      return i > 0 && inline.length > 0 ? [{ type: 'text', text: ' ' } as PmNode, ...inline] : inline;
    });
    this.nested--;
    const out = new InlineBuilder();
    for (const node of flat) {
      if (node.type === 'hardBreak') out.hardBreak();
      else if (node.type !== 'text') out.atom(node);
      else {
        const all = [...marks, ...(node.marks ?? [])].filter((m, i, arr) => arr.findIndex((x) => x.type === m.type) === i);
        out.text(node.text ?? '', all);
      }
    }
    return out.finish();
  }

  list(el: Element): PmNode | null {
    this.nested++;
    const items: PmNode[] = [];
    const stray: AnyNode[] = [];
    const pushItem = (children: readonly AnyNode[]): void => {
      const inner = this.blocks(children);
      if (inner.length === 0) return;
      if (inner[0]!.type !== 'paragraph') inner.unshift({ type: 'paragraph' });
      items.push({ type: 'listItem', content: inner });
    };
    for (const child of el.children) {
      if (isElement(child) && this.notes.consumed.has(child)) continue;
      if (isElement(child) && child.name === 'li') {
        if (stray.length > 0) pushItem(stray.splice(0));
        pushItem(child.children);
      } else if (isElement(child) && (child.name === 'ul' || child.name === 'ol') && items.length > 0) {
        // A list nested directly in a list (invalid, but common): it belongs to the previous item.
        const nested = this.list(child);
        if (nested) items.at(-1)!.content!.push(nested);
      } else stray.push(child);
    }
    if (stray.some((c) => !isSkippable(c))) pushItem(stray);
    this.nested--;
    if (items.length === 0) return null;
    if (el.name === 'ul') return { type: 'bulletList', content: items };
    // mammoth's <ol> always counts from 1: the .docx import marks each item with Word's own number (docx-numbering.ts).
    const firstItem = el.children.find((c): c is Element => isElement(c) && c.name === 'li');
    const marked = firstItem ? new RegExp(`^\\s*${LIST_NUMBER_OPEN}(\\d+)([aAiI]?)${LIST_NUMBER_CLOSE}`).exec(rawTextOf(firstItem)) : null;
    const start = parseInt(el.attribs['start'] ?? marked?.[1] ?? '1', 10);
    const type = /^[aAiI]$/.test(el.attribs['type'] ?? '') ? el.attribs['type']! : marked?.[2] || listStyleType(el, firstItem);
    const attrs: Record<string, unknown> = { start: Number.isFinite(start) && start > 0 && start < 1_000_000 ? start : 1 };
    if (type !== null) attrs['type'] = type;
    return { type: 'orderedList', attrs, content: items };
  }
}
