/**
 * A block's inline content as words for the review diff: each token is a word, a run of spaces
 * or one punctuation mark (Vietnamese is NFC, so a syllable's letters and tones are one \p{L} run),
 * or an inline node such as a line break. A token keeps its pieces with their marks, since a word
 * may be half bold or half inside a comment. Two tokens are the same when their text and formatting
 * are: review marks (comments, suggestions) never make text differ.
 */
import type { PmNode } from '../document/release';
import { bodyPmSchema } from '../document/body-schema';

export type PmMark = NonNullable<PmNode['marks']>[number];

/** A run of text with one set of marks, or one inline leaf node (text undefined). */
export interface Piece {
  text?: string;
  node?: PmNode;
  marks: PmMark[];
}

export interface Token {
  /** Text and formatting: what makes two tokens the same. */
  key: string;
  pieces: Piece[];
}

const REVIEW = new Set(['comment', 'insertion', 'deletion']);
export const isReviewMark = (mark: PmMark): boolean => REVIEW.has(mark.type);
export const isSuggestionMark = (mark: PmMark): boolean => mark.type === 'insertion' || mark.type === 'deletion';

const WORD = /[\p{L}\p{N}\p{M}]+|[^\S\n]+|[^]/gu;
/** Stands for an inline node in the text the tokenizer reads. */
const ATOM = '\uFFFC';

/** Shared by every node without marks, so the caches below see one array. */
const NO_MARKS: PmMark[] = [];
const formatKeys = new WeakMap<readonly PmMark[], string>();

/** The formatting a set of marks gives (review marks left out), as a key; cached per marks array. */
export function formatKey(marks: readonly PmMark[]): string {
  let key = formatKeys.get(marks);
  if (key === undefined) {
    key = marks
      .filter((m) => !isReviewMark(m))
      .map((m) => (m.attrs && m.type === 'link' ? `${m.type}:${String(m.attrs['href'])}` : m.type))
      .sort()
      .join(',');
    formatKeys.set(marks, key);
  }
  return key;
}

/**
 * The text and formatting of inline content as one key, without cutting it into words: runs of
 * the same formatting are joined, so text split by a comment's edge keys as the same.
 */
export function inlineKey(content: readonly PmNode[] | undefined): string {
  let key = '';
  let format: string | null = null;
  for (const node of content ?? []) {
    const f = formatKey(node.marks ?? NO_MARKS);
    if (f !== format) key += `\u0001${f}\u0001`;
    format = f;
    key += node.type === 'text' ? (node.text ?? '') : atomKey(node);
  }
  return key;
}

/** An inline atom as it keys: its type, and a footnote its text too (an edited note is a change). */
const atomKey = (node: PmNode | undefined): string =>
  node?.type === 'footnote' ? `${ATOM}footnote\u0002${String(node.attrs?.['text'] ?? '')}` : `${ATOM}${node?.type ?? ''}`;

const pieceKey = (piece: Piece): string => `${piece.text ?? atomKey(piece.node)}\u0001${formatKey(piece.marks)}`;

/** The tokens of a text block's inline content, in order. */
export function tokenize(content: readonly PmNode[] | undefined): Token[] {
  const pieces: Piece[] = (content ?? []).map((node) =>
    node.type === 'text' ? { text: node.text ?? '', marks: node.marks ?? NO_MARKS } : { node, marks: node.marks ?? NO_MARKS },
  );
  const flat = pieces.map((p) => p.text ?? ATOM).join('');
  const tokens: Token[] = [];
  let index = 0; // piece
  let offset = 0; // inside that piece's text
  for (const match of flat.matchAll(WORD)) {
    let wanted = match[0].length;
    const token: Piece[] = [];
    while (wanted > 0) {
      const piece = pieces[index]!;
      if (piece.text === undefined) {
        token.push(piece);
        wanted -= 1;
        index++;
        continue;
      }
      const take = Math.min(wanted, piece.text.length - offset);
      token.push({ text: piece.text.slice(offset, offset + take), marks: piece.marks });
      wanted -= take;
      offset += take;
      if (offset >= piece.text.length) {
        index++;
        offset = 0;
      }
    }
    tokens.push({ key: token.map(pieceKey).join('\u0002'), pieces: token });
  }
  return tokens;
}

/** Whether a token is only spaces. */
export const isSpaceToken = (token: Token): boolean => token.pieces.every((p) => p.text !== undefined && p.text.trim() === '');

/** The plain text of tokens (an inline node counts as a space). */
export const tokensText = (tokens: readonly Token[]): string =>
  tokens.map((t) => t.pieces.map((p) => p.text ?? ' ').join('')).join('');

/** The schema's mark order, which ProseMirror keeps marks in. */
const MARK_ORDER = new Map(Object.keys(bodyPmSchema.marks).map((name, i) => [name, i]));

const normalised = new WeakMap<readonly PmMark[], { marks: PmMark[]; key: string }>();

/** normaliseMarks and its JSON, cached per marks array (most pieces share their node's). */
function normalisedOf(marks: readonly PmMark[]): { marks: PmMark[]; key: string } {
  let entry = normalised.get(marks);
  if (entry === undefined) {
    const sorted = normaliseMarks(marks);
    entry = { marks: sorted, key: JSON.stringify(sorted) };
    normalised.set(marks, entry);
  }
  return entry;
}

/** Marks in the schema's order, one per type except comments (which may overlap). */
export function normaliseMarks(marks: readonly PmMark[]): PmMark[] {
  const rank = (m: PmMark): number => MARK_ORDER.get(m.type) ?? 1_000;
  const seen = new Set<string>();
  const out: PmMark[] = [];
  for (const mark of marks) {
    const id = mark.type === 'comment' ? `comment:${String(mark.attrs?.['thread'])}` : mark.type;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(mark);
  }
  return out.sort((a, b) => rank(a) - rank(b));
}

/** Pieces back into inline nodes: adjacent text with the same marks joined, marks in order. */
export function piecesToContent(pieces: readonly Piece[]): PmNode[] {
  const out: PmNode[] = [];
  let lastKey = '';
  for (const piece of pieces) {
    const { marks, key } = normalisedOf(piece.marks);
    if (piece.text === undefined) {
      const { marks: _old, ...node } = piece.node!;
      out.push(marks.length > 0 ? { ...node, marks } : node);
      lastKey = '';
      continue;
    }
    if (piece.text === '') continue;
    const last = out[out.length - 1];
    if (last?.type === 'text' && key === lastKey) {
      last.text = (last.text ?? '') + piece.text;
      continue;
    }
    out.push(marks.length > 0 ? { type: 'text', text: piece.text, marks: [...marks] } : { type: 'text', text: piece.text });
    lastKey = key;
  }
  return out;
}

/** The same piece with marks changed. */
export const withMarks = (piece: Piece, marks: PmMark[]): Piece => ({ ...piece, marks });
