/**
 * Inline content -> docx runs, as two exhaustive maps: every inline node (text, hardBreak) and
 * every mark (bold, italic, underline, link, and the review marks) of schema-names has an entry;
 * an unknown node or mark throws. A link becomes an ExternalHyperlink whose runs carry Word's Hyperlink style.
 */
import { ExternalHyperlink, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import type { PmNode } from '../../document/release';
import { INLINE_NODE_NAMES, MARK_NAMES, isSafeHref, type MarkName } from '../../document/schema-names';
import { STYLE } from './styles';

export type InlineNodeName = (typeof INLINE_NODE_NAMES)[number];

/** The formatting a run has collected from its marks (and from its paragraph's role). */
export interface RunFormat {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  href?: string;
  /** Text suggested for removal (issue 9): a clean export leaves it out, reading as if accepted. */
  deleted?: boolean;
}

type MarkAttrs = Record<string, unknown> | undefined;

/** Every mark of the schema, and what it does to a run. */
export const MARKS: Record<MarkName, (format: RunFormat, attrs: MarkAttrs) => RunFormat> = {
  bold: (f) => ({ ...f, bold: true }),
  italic: (f) => ({ ...f, italics: true }),
  underline: (f) => ({ ...f, underline: true }),
  link: (f, attrs) => {
    const href = attrs?.['href'];
    // The file validator refuses unsafe links; a link that is still unsafe here is exported as plain text.
    return typeof href === 'string' && isSafeHref(href) ? { ...f, href: href.trim() } : f;
  },
  // A comment's anchor is plain text and a suggested insertion reads as accepted; a suggested
  // deletion is left out. (The review copy's w:comment, w:ins and w:del are another pass.)
  comment: (f) => f,
  insertion: (f) => f,
  deletion: (f) => ({ ...f, deleted: true }),
};

/** A run before hyperlinks are grouped: its options and the link it belongs to. */
interface PendingRun {
  href: string | undefined;
  run: TextRun;
}

function runOptions(format: RunFormat): IRunOptions {
  return {
    ...(format.bold ? { bold: true } : {}),
    ...(format.italics ? { italics: true } : {}),
    ...(format.underline ? { underline: {} } : {}),
    ...(format.href ? { style: STYLE.hyperlink } : {}),
  };
}

/** Every inline node of the schema. */
export const INLINES: Record<InlineNodeName, (node: PmNode, format: RunFormat) => PendingRun[]> = {
  text: (node, format) => {
    const text = (node.text ?? '').normalize('NFC');
    if (text === '' || format.deleted === true) return [];
    return [{ href: format.href, run: new TextRun({ text, ...runOptions(format) }) }];
  },
  hardBreak: (_node, format) => (format.deleted === true ? [] : [{ href: format.href, run: new TextRun({ break: 1, ...runOptions(format) }) }]),
};

const KNOWN_MARKS = new Set<string>(MARK_NAMES);
const KNOWN_INLINES = new Set<string>(INLINE_NODE_NAMES);

/** The format a node's marks give it, on top of `base`. Throws on an unknown mark. */
export function applyMarks(node: PmNode, base: RunFormat): RunFormat {
  let format = base;
  for (const mark of node.marks ?? []) {
    if (!KNOWN_MARKS.has(mark.type)) throw new Error(`DOCX export: unknown mark "${String(mark.type)}"`);
    format = MARKS[mark.type](format, mark.attrs);
  }
  return format;
}

/**
 * A paragraph's inline content as docx children. Consecutive runs of one link become one
 * hyperlink. Throws on an unknown inline node or mark.
 */
export function inlineChildren(nodes: readonly PmNode[] | undefined, base: RunFormat = {}): ParagraphChild[] {
  const pending: PendingRun[] = [];
  for (const node of nodes ?? []) {
    if (!KNOWN_INLINES.has(node.type)) throw new Error(`DOCX export: unknown inline node "${node.type}"`);
    pending.push(...INLINES[node.type as InlineNodeName](node, applyMarks(node, base)));
  }
  const children: ParagraphChild[] = [];
  for (let i = 0; i < pending.length; ) {
    const href = pending[i]!.href;
    if (href === undefined) {
      children.push(pending[i]!.run);
      i++;
      continue;
    }
    const runs: TextRun[] = [];
    while (i < pending.length && pending[i]!.href === href) runs.push(pending[i++]!.run);
    children.push(new ExternalHyperlink({ link: href, children: runs }));
  }
  return children;
}

/** Plain runs for template text (headers, signature): one run per line, lines joined by breaks. */
export function plainRuns(text: string, format: RunFormat & { size?: number } = {}): TextRun[] {
  const { size, ...rest } = format;
  return text
    .normalize('NFC')
    .split('\n')
    .map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}), ...runOptions(rest), ...(size ? { size } : {}) }));
}
