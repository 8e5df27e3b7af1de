/**
 * Inline content -> docx runs, as exhaustive maps: every inline node (text, hardBreak, footnote)
 * and every mark of schema-names has an entry; an unknown node or mark throws. A footnote is a
 * real Word footnote: its reference run carries the note's text, which docx adds to the
 * document's footnotes (numbered in order) when the run is written.
 *
 * Marks are of two sorts. FORMATTING marks (bold, italic, underline, strike, subscript,
 * superscript) change the run they are on.
 * WRAPPING marks put a range of runs inside something: a link (w:hyperlink), a suggestion
 * (w:ins / w:del) or a comment (commentRangeStart ... commentRangeEnd). One grouping pass serves
 * them all: consecutive runs sharing a wrapping mark become one group, nested by rank (a
 * hyperlink may hold w:ins / w:del, never the reverse). Comments are ranges, not elements, so they
 * may overlap anything: their markers sit beside the runs where the range starts and ends.
 * Review marks only show in a review copy (a ReviewLayer, ./review-layer); without one the text
 * reads as the HTML export's does: as if the open suggestions were accepted (inserted text plain,
 * deleted text left out), comments gone. A final export is refused while any is open.
 */
import {
  BuilderElement,
  CommentRangeEnd,
  CommentRangeStart,
  ExternalHyperlink,
  FootnoteReferenceRun,
  NextAttributeComponent,
  Paragraph,
  TextRun,
  XmlComponent,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { PmNode } from '../../document/release';
import { INLINE_NODE_NAMES, MARK_NAMES, isSafeHref, type MarkName } from '../../document/schema-names';
import type { ReviewLayer } from './review-layer';
import { STYLE } from './styles';

export type InlineNodeName = (typeof INLINE_NODE_NAMES)[number];

/** The formatting a run has collected from its marks (and from its paragraph's role). */
export interface RunFormat {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  strike?: boolean;
  /** Subscript and superscript exclude each other in the schema; the last mark read wins here too. */
  vertAlign?: 'subscript' | 'superscript';
}

type MarkAttrs = Record<string, unknown> | undefined;
const str = (attrs: MarkAttrs, key: string): string => (typeof attrs?.[key] === 'string' ? (attrs[key] as string) : '');

/** A wrapping mark on a run: the group it belongs to and what the group becomes. */
export type Wrap =
  | { kind: 'link'; key: string; href: string }
  | { kind: 'insertion' | 'deletion'; key: string; name: string; at: string }
  | { kind: 'comment'; key: string };

/** What a mark does: change the format, or wrap the run (null: neither, e.g. an unsafe link). */
type MarkEffect = { format: (f: RunFormat) => RunFormat } | { wrap: (attrs: MarkAttrs) => Wrap | null };

/** Every mark of the schema, and what it does to a run. */
export const MARKS: Record<MarkName, MarkEffect> = {
  bold: { format: (f) => ({ ...f, bold: true }) },
  italic: { format: (f) => ({ ...f, italics: true }) },
  underline: { format: (f) => ({ ...f, underline: true }) },
  strike: { format: (f) => ({ ...f, strike: true }) },
  subscript: { format: (f) => ({ ...f, vertAlign: 'subscript' }) },
  superscript: { format: (f) => ({ ...f, vertAlign: 'superscript' }) },
  link: {
    wrap: (attrs) => {
      const href = str(attrs, 'href');
      // The file validator refuses unsafe links; a link that is still unsafe here is exported as plain text.
      return isSafeHref(href) ? { kind: 'link', key: href.trim(), href: href.trim() } : null;
    },
  },
  comment: { wrap: (attrs) => ({ kind: 'comment', key: str(attrs, 'thread') }) },
  insertion: { wrap: (attrs) => ({ kind: 'insertion', key: str(attrs, 'id'), name: str(attrs, 'name'), at: str(attrs, 'at') }) },
  deletion: { wrap: (attrs) => ({ kind: 'deletion', key: str(attrs, 'id'), name: str(attrs, 'name'), at: str(attrs, 'at') }) },
};

/** Nesting of the element wraps, outermost first: w:ins / w:del may only hold runs. */
const RANK = { link: 0, insertion: 1, deletion: 1 } as const;

/** A run's formatting and wraps, as the inline nodes see it. */
export interface RunMarks {
  format: RunFormat;
  /** Element wraps (link, insertion, deletion), outermost first. */
  wraps: Wrap[];
  /** Comment threads the run is anchored in. */
  threads: string[];
}

/** One run before grouping. */
interface Leaf {
  run: ParagraphChild;
  wraps: Wrap[];
  threads: string[];
}

/** w:delText: deleted text must not be in w:t, or Word shows it as kept. */
class DeletedText extends XmlComponent {
  constructor(text: string) {
    super('w:delText');
    this.root.push(new NextAttributeComponent({ space: { key: 'xml:space', value: 'preserve' } }));
    this.root.push(text);
  }
}

function runOptions(format: RunFormat, linked: boolean): IRunOptions {
  return {
    ...(format.bold ? { bold: true } : {}),
    ...(format.italics ? { italics: true } : {}),
    ...(format.underline ? { underline: {} } : {}),
    ...(format.strike ? { strike: true } : {}),
    ...(format.vertAlign === 'subscript' ? { subScript: true } : {}),
    ...(format.vertAlign === 'superscript' ? { superScript: true } : {}),
    ...(linked ? { style: STYLE.hyperlink } : {}),
  };
}

const linked = (m: RunMarks): boolean => m.wraps.some((w) => w.kind === 'link');
const deleted = (m: RunMarks): boolean => m.wraps.some((w) => w.kind === 'deletion');

/** Every inline node of the schema. */
export const INLINES: Record<InlineNodeName, (node: PmNode, marks: RunMarks) => ParagraphChild[]> = {
  text: (node, marks) => {
    const text = (node.text ?? '').normalize('NFC');
    if (text === '') return [];
    const options = runOptions(marks.format, linked(marks));
    return [deleted(marks) ? new TextRun({ ...options, children: [new DeletedText(text)] }) : new TextRun({ text, ...options })];
  },
  hardBreak: (_node, marks) => [new TextRun({ break: 1, ...runOptions(marks.format, linked(marks)) })],
  // Word numbers its footnotes itself, in order; the note is one paragraph per line of its text.
  footnote: (node) => [new FootnoteReferenceRun({ children: footnoteParagraphs(node) })],
};

/**
 * A footnote's text as the note's paragraphs (docx gives them Word's FootnoteText style and puts the
 * note's number first); a space after the number, as Word writes its own notes.
 */
function footnoteParagraphs(node: PmNode): Paragraph[] {
  const text = typeof node.attrs?.['text'] === 'string' ? node.attrs['text'].normalize('NFC') : '';
  return text.split('\n').map((line, i) => new Paragraph({ children: [new TextRun(i === 0 ? ` ${line}` : line)] }));
}

const KNOWN_MARKS = new Set<string>(MARK_NAMES);
const KNOWN_INLINES = new Set<string>(INLINE_NODE_NAMES);

/** The format and wraps a node's marks give it, on top of `base`. Throws on an unknown mark. */
export function runMarks(node: PmNode, base: RunFormat = {}): RunMarks {
  const out: RunMarks = { format: base, wraps: [], threads: [] };
  for (const mark of node.marks ?? []) {
    if (!KNOWN_MARKS.has(mark.type)) throw new Error(`DOCX export: unknown mark "${String(mark.type)}"`);
    const effect = MARKS[mark.type];
    if ('format' in effect) {
      out.format = effect.format(out.format);
      continue;
    }
    const wrap = effect.wrap(mark.attrs);
    if (wrap === null) continue;
    if (wrap.kind === 'comment') out.threads.push(wrap.key);
    else out.wraps.push(wrap);
  }
  out.wraps.sort((a, b) => RANK[a.kind as keyof typeof RANK] - RANK[b.kind as keyof typeof RANK]);
  return out;
}

/** A clean copy has no review layer: comments vanish, insertions read as plain text, deletions are left out. */
function withoutReview(marks: RunMarks): RunMarks | null {
  if (marks.wraps.some((w) => w.kind === 'deletion')) return null;
  return { ...marks, wraps: marks.wraps.filter((w) => w.kind === 'link'), threads: [] };
}

/** The element a group of runs goes into. */
function wrapGroup(wrap: Wrap, children: ParagraphChild[], review: ReviewLayer | undefined): ParagraphChild[] {
  switch (wrap.kind) {
    case 'link':
      return [new ExternalHyperlink({ link: wrap.href, children })];
    case 'insertion':
    case 'deletion': {
      const attributes = {
        id: { key: 'w:id', value: review?.nextRevisionId() ?? 0 },
        author: { key: 'w:author', value: review?.authorName(wrap.name) ?? wrap.name },
        ...(wrap.at !== '' ? { date: { key: 'w:date', value: wrap.at } } : {}),
      };
      // Only runs (and comment markers) get here: no Bookmark, the one ParagraphChild that is not an XmlComponent.
      const runs = children as unknown as XmlComponent[];
      return [new BuilderElement({ name: wrap.kind === 'insertion' ? 'w:ins' : 'w:del', attributes, children: runs }) as unknown as ParagraphChild];
    }
    case 'comment':
      return children;
  }
}

/**
 * The grouping pass: runs sharing the wrap at `depth` go into one element, recursively; comment
 * markers are set before a run where a thread starts and after the run where it ends. Word
 * wants the comment's reference run at paragraph level, so references wait in `refs`.
 */
function group(leaves: Leaf[], depth: number, review: ReviewLayer | undefined, refs: ParagraphChild[]): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (let i = 0; i < leaves.length; ) {
    const wrap = leaves[i]!.wraps[depth];
    if (wrap === undefined) {
      const leaf = leaves[i++]!;
      for (const thread of leaf.threads) out.push(...(review?.startComment(thread).map((id) => new CommentRangeStart(id)) ?? []));
      out.push(leaf.run);
      for (const thread of leaf.threads) {
        const ended = review?.endComment(thread) ?? [];
        out.push(...ended.map((id) => new CommentRangeEnd(id)));
        refs.push(...(review?.references(ended) ?? []));
      }
      if (depth === 0) out.push(...refs.splice(0));
      continue;
    }
    const start = i;
    while (i < leaves.length && leaves[i]!.wraps[depth]?.kind === wrap.kind && leaves[i]!.wraps[depth]?.key === wrap.key) i++;
    out.push(...wrapGroup(wrap, group(leaves.slice(start, i), depth + 1, review, refs), review));
    if (depth === 0) out.push(...refs.splice(0));
  }
  if (depth === 0) out.push(...refs.splice(0));
  return out;
}

/**
 * A paragraph's inline content as docx children: runs grouped by their wrapping marks. With a
 * review layer (a review copy), comments and suggestions are Word's; without, the clean text.
 * Throws on an unknown inline node or mark.
 */
export function inlineChildren(nodes: readonly PmNode[] | undefined, base: RunFormat = {}, review?: ReviewLayer): ParagraphChild[] {
  const leaves: Leaf[] = [];
  for (const node of nodes ?? []) {
    if (!KNOWN_INLINES.has(node.type)) throw new Error(`DOCX export: unknown inline node "${node.type}"`);
    const all = runMarks(node, base);
    const marks = review ? all : withoutReview(all);
    if (marks === null) continue;
    for (const run of INLINES[node.type as InlineNodeName](node, marks)) leaves.push({ run, wraps: marks.wraps, threads: marks.threads });
  }
  const refs: ParagraphChild[] = [];
  const general = review?.generalComments() ?? [];
  return [...general, ...group(leaves, 0, review, refs)];
}

/** Plain runs for template text (headers, signature): one run per line, lines joined by breaks. */
export function plainRuns(text: string, format: RunFormat & { size?: number } = {}): TextRun[] {
  const { size, ...rest } = format;
  return text
    .normalize('NFC')
    .split('\n')
    .map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}), ...runOptions(rest, false), ...(size ? { size } : {}) }));
}
