/**
 * The body's ProseMirror schema, built in core from plain node and mark specs (no DOM, no TipTap
 * UI): the same content expressions, groups, marks and attributes (names, defaults, types) as the
 * editor's extensions in renderer/editor/schema.ts — renderer/editor/schema.test.ts keeps the two
 * equal. Opening, verifying, export and the CLI check every body against it (body-check.ts).
 */
import { Schema, type AttributeSpec, type MarkSpec, type NodeSpec } from '@tiptap/pm/model';
import { FIGURE_ALIGNS, FIGURE_WIDTHS } from './figure';
import { TABLE_LIMITS } from './table';
import { isSafeHref } from './schema-names';

/** Release headings: level 2 (section) and 3 (sub-section); the headline is the level-1 title. */
export const HEADING_LEVELS = [2, 3] as const;

/** An attribute value the schema refuses; the message completes "<node> attribute <name> ...". */
export class AttrError extends RangeError {}

const fail = (message: string): never => {
  throw new AttrError(message);
};

/** Every check below says what the value must be, in words a person can act on. */
const text = (value: unknown): void => {
  if (typeof value !== 'string') fail('must be text');
};
const textOrNone = (value: unknown): void => {
  if (value !== null && typeof value !== 'string') fail('must be text or empty');
};
const oneOf =
  (values: readonly unknown[]) =>
  (value: unknown): void => {
    if (!values.includes(value)) fail(`must be one of ${values.join(', ')}`);
  };
const wholeNumber = (value: unknown): void => {
  if (typeof value !== 'number' || !Number.isInteger(value)) fail('must be a whole number');
};
const yesNo = (value: unknown): void => {
  if (typeof value !== 'boolean') fail('must be true or false');
};
const photoHash = (value: unknown): void => {
  if (typeof value !== 'string' || !/^[0-9a-f]{64}$/.test(value)) fail("must be a photo's sha256 (64 hex digits)");
};
const safeHref = (value: unknown): void => {
  if (typeof value !== 'string' || !isSafeHref(value)) fail('must be a web, mail or phone link');
};

/** Text of at most `max` characters (review attributes: names, initials, times, fingerprints). */
const textUpTo =
  (max: number) =>
  (value: unknown): void => {
    if (typeof value !== 'string') fail('must be text');
    else if (value.length > max) fail(`must be at most ${max} characters`);
  };
/** A thread's or suggestion's id: what `release.threads` and the review tools key by. */
export const REVIEW_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const reviewId = (value: unknown): void => {
  if (typeof value !== 'string' || !REVIEW_ID_PATTERN.test(value)) fail('must be an id of 1 to 64 letters, digits, _ or -');
};

const attr = (defaultValue: unknown, validate: (value: unknown) => void): AttributeSpec => ({ default: defaultValue, validate });

/// The whole body: one or more blocks.
const doc: NodeSpec = { content: 'block+' };

/// A plain paragraph of inline content.
const paragraph: NodeSpec = { content: 'inline*', group: 'block' };

/// A section heading, level 2 or 3 (the headline is the release's level 1). The default, 1, is
/// TipTap's and never valid: a heading must say its level.
const heading: NodeSpec = {
  content: 'inline*',
  group: 'block',
  defining: true,
  attrs: { level: attr(1, oneOf(HEADING_LEVELS)) },
};

/// A quotation holding blocks.
const blockquote: NodeSpec = { content: 'block+', group: 'block', defining: true };

/// A bulleted list of items.
const bulletList: NodeSpec = { content: 'listItem+', group: 'block list' };

/// A numbered list: `start` is the first number; `type` the HTML list style a paste carried.
const orderedList: NodeSpec = {
  content: 'listItem+',
  group: 'block list',
  attrs: { start: attr(1, wholeNumber), type: attr(null, textOrNone) },
};

/// A list item: a paragraph, then any blocks (nested lists).
const listItem: NodeSpec = { content: 'paragraph block*', defining: true };

/// A photo with its caption (inline content); the image is an asset named by its sha256.
const figure: NodeSpec = {
  content: 'inline*',
  group: 'block',
  draggable: true,
  isolating: true,
  defining: true,
  attrs: {
    asset: attr('', photoHash),
    alt: attr('', text),
    credit: attr('', text),
    width: attr('full', oneOf(FIGURE_WIDTHS)),
    align: attr('center', oneOf(FIGURE_ALIGNS)),
    lead: attr(false, yesNo),
  },
};

/// Text: the leaves that carry marks.
const textNode: NodeSpec = { group: 'inline' };

/// A line break inside a paragraph, heading or caption.
const hardBreak: NodeSpec = { group: 'inline', inline: true, selectable: false };

/** The longest footnote a release holds: a note, not a second body (a Word footnote is rarely a tenth of it). */
export const FOOTNOTE_MAX_CHARS = 4_000;

/// A footnote (issue 10): an inline atom at its reference point holding the note's plain text,
/// numbered by its order in the body. Every export prints the number and lists the notes.
const footnote: NodeSpec = {
  group: 'inline',
  inline: true,
  atom: true,
  attrs: { text: attr('', textUpTo(FOOTNOTE_MAX_CHARS)) },
};

/** A cell's span: a whole number from 1 to `max` (core/document/table.ts TABLE_LIMITS). */
const span =
  (max: number) =>
  (value: unknown): void => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) fail(`must be a whole number from 1 to ${max}`);
  };
/** Column widths: none, or one whole number of pixels per spanned column. */
const columnWidths = (value: unknown): void => {
  if (value === null) return;
  const ok = (w: unknown): boolean => typeof w === 'number' && Number.isInteger(w) && w >= 1 && w <= TABLE_LIMITS.maxColumnWidthPx;
  if (!Array.isArray(value) || value.length < 1 || value.length > TABLE_LIMITS.maxColumns || !value.every(ok)) {
    fail(`must be empty or a list of widths, whole numbers from 1 to ${TABLE_LIMITS.maxColumnWidthPx}`);
  }
};
const cellAttrSpecs = (): Record<string, AttributeSpec> => ({
  colspan: attr(1, span(TABLE_LIMITS.maxColumns)),
  rowspan: attr(1, span(TABLE_LIMITS.maxRows)),
  colwidth: attr(null, columnWidths),
});

/// A table (issue 10): rows of cells; its grid is bounded by TABLE_LIMITS (body-check.ts).
/// `tableRole` is what prosemirror-tables keys its commands and TableMap by.
const table: NodeSpec = { content: 'tableRow+', group: 'block', isolating: true, tableRole: 'table' };

/// A row: its cells. It may be empty where every slot is covered by cells from rows above.
const tableRow: NodeSpec = { content: '(tableCell | tableHeader)*', tableRole: 'row' };

/// A data cell: paragraphs only (no lists, photos or tables inside a cell), with its spans and widths.
const tableCell: NodeSpec = { content: 'paragraph+', isolating: true, tableRole: 'cell', attrs: cellAttrSpecs() };

/// A header cell: as a data cell; a first row of them is the header row repeated on every page.
const tableHeader: NodeSpec = { content: 'paragraph+', isolating: true, tableRole: 'header_cell', attrs: cellAttrSpecs() };

/**
 * Node specs in the editor's order (the first block, paragraph, is what ProseMirror fills with).
 * Keys are the names in schema-names.ts.
 */
export const BODY_NODE_SPECS = {
  paragraph,
  blockquote,
  bulletList,
  doc,
  hardBreak,
  heading,
  listItem,
  text: textNode,
  orderedList,
  figure,
  footnote,
  table,
  tableRow,
  tableHeader,
  tableCell,
} satisfies Record<string, NodeSpec>;

/// A link to a web page, a mail address or a phone number (schema-names.ts isSafeHref);
/// `target`, `rel`, `class` and `title` are the editor's and never exported as such.
const link: MarkSpec = {
  inclusive: true,
  attrs: {
    href: attr(null, safeHref),
    target: attr('_blank', textOrNone),
    rel: attr('noopener noreferrer nofollow', textOrNone),
    class: attr(null, textOrNone),
    title: attr(null, textOrNone),
  },
};

/// A comment's anchor: the text a thread in `release.threads` is about. Anchors of different
/// threads may overlap (excludes nothing); typing at either edge stays outside (not inclusive).
/// The default id is never valid: an anchor must name its thread.
const comment: MarkSpec = { inclusive: false, excludes: '', attrs: { thread: attr('', reviewId) } };

/** Who suggested a change and when: `by` is their key fingerprint ('' for a Word reviewer without one). */
const suggestionAttrs = (): Record<string, AttributeSpec> => ({
  id: attr('', reviewId),
  by: attr('', textUpTo(64)),
  name: attr('', textUpTo(200)),
  initials: attr('', textUpTo(8)),
  at: attr('', textUpTo(64)),
});

/// Suggested text, not yet accepted. A suggestion is every run carrying one id: an insertion, a
/// deletion, or both (a replacement). Not inclusive: what is typed next to it is not part of it.
const insertion: MarkSpec = { inclusive: false, excludes: 'insertion deletion', attrs: suggestionAttrs() };

/// Text suggested for removal, still in the body until the suggestion is accepted.
const deletion: MarkSpec = { inclusive: false, excludes: 'deletion insertion', attrs: suggestionAttrs() };

/// Subscript and superscript (issue 10): a run is one or the other, never both (CO₂, m²).
const subscript: MarkSpec = { excludes: 'subscript superscript' };
const superscript: MarkSpec = { excludes: 'superscript subscript' };

/**
 * Mark specs in the editor's order, which is the order marks are kept in on a node. The review
 * marks come first so they wrap formatting and links rather than being split by them.
 */
export const BODY_MARK_SPECS = {
  comment,
  insertion,
  deletion,
  link,
  bold: {},
  italic: {},
  underline: {},
  strike: {},
  subscript,
  superscript,
} satisfies Record<string, MarkSpec>;

/** The one body schema. */
export const bodyPmSchema = new Schema({ nodes: BODY_NODE_SPECS, marks: BODY_MARK_SPECS, topNode: 'doc' });
