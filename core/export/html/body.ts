/**
 * The release body as HTML: exhaustive typed maps from every node and mark name of the schema
 * (core/document/schema-names.ts) to markup. A node or mark the maps do not know is an error
 * naming it, never silently dropped. Figures differ per output (standalone page, CMS presets),
 * so the caller supplies how a figure is written; its caption is rendered here.
 */
import type { PmNode } from '../../document/release';
import type { MarkName, NodeName } from '../../document/schema-names';
import { isSafeHref } from '../../document/schema-names';
import { escapeAttr, escapeText, hrefForHtml } from './escape';
import { EXPORT_LABELS } from '../labels';
import { tableHtml } from './table';
import { HtmlNotes } from './footnotes';

type Mark = NonNullable<PmNode['marks']>[number];

export interface BodyContext {
  /** Writes one figure; `captionHtml` is the caption's inline HTML ('' when it has none). */
  figure: (node: PmNode, captionHtml: string) => string;
  /** Figures to leave out (the lead photo, written elsewhere). */
  skip?: ReadonlySet<PmNode>;
  /**
   * Where footnotes are numbered and collected, for the caller to list after the body
   * (./footnotes.ts); made on the first note when the caller gave none.
   */
  notes?: HtmlNotes;
}

type NodeRenderer = (node: PmNode, ctx: BodyContext) => string;

/**
 * Text suggested for removal (issue 9) is left out: a clean export reads as the release would once
 * its open suggestions were accepted (and a final export is refused while any is open).
 */
const isSuggestedDeletion = (node: PmNode): boolean => (node.marks ?? []).some((m) => m.type === 'deletion');

/** Whether a textblock has any visible content (empty paragraphs are spacing in the editor, not content). */
function hasContent(node: PmNode): boolean {
  return (node.content ?? []).some((c) => !isSuggestedDeletion(c) && (c.type !== 'text' || (c.text ?? '').trim() !== ''));
}

const NODES: Record<NodeName, NodeRenderer> = {
  doc: (node, ctx) => renderBlocks(node.content, ctx),
  paragraph: (node, ctx) => (hasContent(node) ? `<p>${renderInline(node.content, ctx)}</p>\n` : ''),
  heading: (node, ctx) => {
    if (!hasContent(node)) return '';
    const tag = node.attrs?.['level'] === 3 ? 'h3' : 'h2';
    return `<${tag}>${renderInline(node.content, ctx)}</${tag}>\n`;
  },
  bulletList: (node, ctx) => `<ul>\n${renderBlocks(node.content, ctx)}</ul>\n`,
  orderedList: (node, ctx) => {
    const start = node.attrs?.['start'];
    const attr = typeof start === 'number' && Number.isInteger(start) && start > 1 && start < 1_000_000 ? ` start="${start}"` : '';
    // Lettered or roman numbering ("điểm a"), as the editor shows it.
    const type = node.attrs?.['type'];
    const typeAttr = typeof type === 'string' && /^[aAiI]$/.test(type) ? ` type="${type}"` : '';
    return `<ol${attr}${typeAttr}>\n${renderBlocks(node.content, ctx)}</ol>\n`;
  },
  listItem: (node, ctx) => {
    const children = node.content ?? [];
    // A tight item (one paragraph) is written without the <p>, as portals expect.
    if (children.length === 1 && children[0]?.type === 'paragraph') return `<li>${renderInline(children[0].content, ctx)}</li>\n`;
    return `<li>${renderBlocks(children, ctx).trimEnd()}</li>\n`;
  },
  blockquote: (node, ctx) => `<blockquote>\n${renderBlocks(node.content, ctx)}</blockquote>\n`,
  figure: (node, ctx) => (ctx.skip?.has(node) ? '' : ctx.figure(node, renderInline(node.content, ctx))),
  table: (node, ctx) => tableHtml(node, (inline) => renderInline(inline, ctx)),
  // Rows and cells are written by their table (tableHtml), which knows the header rows.
  tableRow: (node, ctx) => tableHtml({ type: 'table', content: [node] }, (inline) => renderInline(inline, ctx)),
  tableHeader: (node, ctx) => renderBlocks(node.content, ctx),
  tableCell: (node, ctx) => renderBlocks(node.content, ctx),
  text: (node) => escapeText(node.text ?? ''),
  hardBreak: () => '<br>',
  footnote: (node, ctx) => (ctx.notes ??= new HtmlNotes()).reference(node),
};

interface MarkOutput {
  open: string;
  close: string;
}

const NO_MARKUP: MarkOutput = { open: '', close: '' };

const MARKS: Record<MarkName, (mark: Mark) => MarkOutput> = {
  bold: () => ({ open: '<strong>', close: '</strong>' }),
  italic: () => ({ open: '<em>', close: '</em>' }),
  underline: () => ({ open: '<u>', close: '</u>' }),
  strike: () => ({ open: '<s>', close: '</s>' }),
  subscript: () => ({ open: '<sub>', close: '</sub>' }),
  superscript: () => ({ open: '<sup>', close: '</sup>' }),
  link: (mark) => {
    const href = mark.attrs?.['href'];
    // An unsafe target cannot be in a valid release; if one gets here the text stays, the link goes.
    if (typeof href !== 'string' || !isSafeHref(href)) return { open: '', close: '' };
    return { open: `<a href="${escapeAttr(hrefForHtml(href))}" rel="noopener noreferrer">`, close: '</a>' };
  },
  // Review marks print nothing: an anchor is plain text, a suggested insertion reads as accepted,
  // and suggested deletions are skipped before they get here (renderInline).
  comment: () => NO_MARKUP,
  insertion: () => NO_MARKUP,
  deletion: () => NO_MARKUP,
};

/** Outermost first: a link keeps one <a> even when bold starts or ends inside it. */
const MARK_RANK: Record<MarkName, number> = {
  link: 0,
  bold: 1,
  italic: 2,
  underline: 3,
  strike: 4,
  subscript: 5,
  superscript: 6,
  comment: 7,
  insertion: 8,
  deletion: 9,
};

function markOutput(mark: Mark): MarkOutput {
  const render = (MARKS as Record<string, ((m: Mark) => MarkOutput) | undefined>)[mark.type];
  if (!render) throw new Error(`HTML export: no mapping for mark "${String(mark.type)}"`);
  return render(mark);
}

function sameMark(a: Mark, b: Mark): boolean {
  return a.type === b.type && JSON.stringify(a.attrs ?? {}) === JSON.stringify(b.attrs ?? {});
}

/** One node through the map; an unknown node type throws naming it. */
export function renderNode(node: PmNode, ctx: BodyContext): string {
  const render = (NODES as Record<string, NodeRenderer | undefined>)[node.type];
  if (!render) throw new Error(`HTML export: no mapping for node "${node.type}"`);
  return render(node, ctx);
}

export function renderBlocks(nodes: readonly PmNode[] | undefined, ctx: BodyContext): string {
  let out = '';
  for (const node of nodes ?? []) out += renderNode(node, ctx);
  return out;
}

/** Inline content with marks kept open across neighbouring nodes that share them. */
export function renderInline(nodes: readonly PmNode[] | undefined, ctx: BodyContext): string {
  let out = '';
  const open: { mark: Mark; html: MarkOutput }[] = [];
  for (const node of nodes ?? []) {
    if (isSuggestedDeletion(node)) continue;
    const marks = [...(node.marks ?? [])].sort((a, b) => (MARK_RANK[a.type] ?? 99) - (MARK_RANK[b.type] ?? 99));
    let keep = 0;
    while (keep < open.length && keep < marks.length && sameMark(open[keep]!.mark, marks[keep]!)) keep++;
    while (open.length > keep) out += open.pop()!.html.close;
    for (const mark of marks.slice(keep)) {
      const html = markOutput(mark);
      out += html.open;
      open.push({ mark, html });
    }
    out += renderNode(node, ctx);
  }
  while (open.length > 0) out += open.pop()!.html.close;
  return out;
}

/** The first figure marked as the lead photo, searching the whole body in document order. */
export function findLeadFigure(nodes: readonly PmNode[] | undefined): PmNode | undefined {
  for (const node of nodes ?? []) {
    if (node.type === 'figure' && node.attrs?.['lead'] === true) return node;
    const inner = findLeadFigure(node.content);
    if (inner) return inner;
  }
  return undefined;
}

/** The credit line: "Ảnh: X" unless the credit already says "Ảnh:"/"Photo:". */
export function creditLine(credit: string, lang: string): string {
  const trimmed = credit.trim();
  if (trimmed === '') return '';
  if (/^(ảnh|photo|nguồn|source)\s*:/iu.test(trimmed.normalize('NFC'))) return trimmed;
  return `${EXPORT_LABELS[lang === 'en' ? 'en' : 'vi'].credit}: ${trimmed}`;
}
