/**
 * The review diff: two bodies (old -> new) as one body that reads as the new text with every
 * difference shown as a suggestion — added words carry an `insertion` mark, removed words come
 * back in place carrying a `deletion` mark, both by the given author. Accepting every suggestion
 * gives the new text, rejecting every one the old. The merge of a reviewer's copy (merge.ts) takes
 * direct edits in through it, and the history's "Compare with…" shows it as a red-line.
 * Photos are nodes, not text, so they cannot be marks: a photo added, removed or moved is listed.
 */
import type { PmNode } from '../document/release';
import { publishedCellAttrs } from '../document/table';
import { alignBlocks, BlockIndex, isTextBlock, type BlockStep } from './align';
import { diffSequences, joinAcrossSpaces } from './sequence-diff';
import { isReviewMark, isSpaceToken, isSuggestionMark, piecesToContent, type Piece, type PmMark, type Token } from './tokens';

export { diffDetails, type DetailChange } from './detail-diff';

/** Who a suggestion is by, as its mark says (the contract's insertion/deletion attrs but the id). */
export interface Suggester {
  /** The author's key fingerprint, '' when there is none. */
  by: string;
  name: string;
  initials: string;
  /** ISO time. */
  at: string;
}

export interface Body {
  type: 'doc';
  content: PmNode[];
}

export interface FigureChange {
  asset: string;
  change: 'added' | 'removed' | 'moved';
}

export interface BodyDiff {
  body: Body;
  /** Ids of the suggestions made, in document order. */
  suggestionIds: string[];
  figures: FigureChange[];
  /** Table cells whose header role, span or width changed (no suggestion can carry them). */
  tableCells: number;
}

export interface DiffOptions {
  /** A fresh suggestion id; by default d1, d2, … skipping ids either body already uses. */
  newId?: () => string;
}

/** How a walk over two aligned bodies builds the result; the diff and the merge differ only here. */
export interface WalkPolicy {
  /** Whose attributes a block found in both keeps (heading level, photo layout, list start): the new side's by default. */
  attrsFrom?: 'a' | 'b';
  /** A block whose text and formatting are the same on both sides: the block to show, or null for the word diff. */
  same?(a: PmNode, b: PmNode): PmNode | null;
  /** The inline content of a block found in both (same text, or edited); the blocks themselves as `blocks`. */
  inline(a: Token[], b: Token[], blocks: { a: PmNode; b: PmNode }): Piece[];
  /** A block only in the new body: the block to show, or null for none. */
  added(b: PmNode): PmNode | null;
  /** A block only in the old body: the block to show, or null for none. */
  removed(a: PmNode): PmNode | null;
  /** A table cell found in both whose header role, span or width differ (the walk keeps `attrsFrom`'s). */
  reshaped?(a: PmNode, b: PmNode): void;
}

/** Walk two sibling lists of blocks, aligned, into the result's blocks. */
export function walkBlocks(index: BlockIndex, a: readonly PmNode[], b: readonly PmNode[], policy: WalkPolicy): PmNode[] {
  const out: PmNode[] = [];
  for (const step of alignBlocks(index, a, b)) out.push(...walkStep(index, step, policy));
  return out;
}

function walkStep(index: BlockIndex, step: BlockStep, policy: WalkPolicy): PmNode[] {
  if (step.kind === 'added') return nonNull(policy.added(step.b));
  if (step.kind === 'removed') return nonNull(policy.removed(step.a));
  const same = step.kind === 'same' ? (policy.same?.(step.a, step.b) ?? null) : null;
  if (same !== null) return [same];
  if (step.kind === 'edited' && isReshapedCell(step.a, step.b)) policy.reshaped?.(step.a, step.b);
  const { content: _content, ...rest } = policy.attrsFrom === 'a' ? step.a : step.b;
  const content = isTextBlock(step.b)
    ? piecesToContent(policy.inline(index.tokensOf(step.a), index.tokensOf(step.b), step))
    : walkBlocks(index, step.a.content ?? [], step.b.content ?? [], policy);
  return [content.length > 0 ? { ...rest, content } : rest];
}

const isCell = (node: PmNode): boolean => node.type === 'tableCell' || node.type === 'tableHeader';

/** Two cells that differ in what the exported table shows besides their text (the canonical form's cell attributes). */
export const isReshapedCell = (a: PmNode, b: PmNode): boolean =>
  isCell(a) && isCell(b) && (a.type !== b.type || JSON.stringify(publishedCellAttrs(a) ?? {}) !== JSON.stringify(publishedCellAttrs(b) ?? {}));

const nonNull = (node: PmNode | null): PmNode[] => (node === null ? [] : [node]);

/** A suggestion mark with the contract's attributes. */
export const suggestionMark = (type: 'insertion' | 'deletion', id: string, author: Suggester): PmMark => ({
  type,
  attrs: { id, by: author.by, name: author.name, initials: author.initials, at: author.at },
});

/** Every inline node of a block, and of the blocks inside it, with its marks changed. */
export function remarkBlock(node: PmNode, change: (marks: PmMark[]) => PmMark[]): PmNode {
  if (node.type === 'text' || node.type === 'hardBreak' || node.type === 'footnote') {
    const marks = change(node.marks ?? []);
    const { marks: _marks, ...rest } = node;
    return marks.length > 0 ? { ...rest, marks } : rest;
  }
  return node.content === undefined ? node : { ...node, content: node.content.map((child) => remarkBlock(child, change)) };
}

/** Every suggestion id used in a body. */
export function suggestionIdsIn(nodes: readonly PmNode[] | undefined, into = new Set<string>()): Set<string> {
  for (const node of nodes ?? []) {
    for (const mark of node.marks ?? []) if (isSuggestionMark(mark)) into.add(String(mark.attrs?.['id']));
    suggestionIdsIn(node.content, into);
  }
  return into;
}

/** Ids d1, d2, … (with a prefix) that none of `taken` is. */
export function idMaker(taken: ReadonlySet<string>, prefix = 'd'): () => string {
  let n = 0;
  return () => {
    let id: string;
    do id = `${prefix}${++n}`;
    while (taken.has(id));
    return id;
  };
}

const figuresIn = (nodes: readonly PmNode[] | undefined, into: PmNode[] = []): PmNode[] => {
  for (const node of nodes ?? []) {
    if (node.type === 'figure') into.push(node);
    else figuresIn(node.content, into);
  }
  return into;
};

const hasText = (node: PmNode): boolean =>
  node.type === 'text' || node.type === 'hardBreak' || node.type === 'footnote' || (node.content ?? []).some(hasText);

/** The diff of two bodies, as the new body with suggestions by `author`. */
export function diffBodies(before: Body, after: Body, author: Suggester, options: DiffOptions = {}): BodyDiff {
  const newId = options.newId ?? idMaker(suggestionIdsIn(after.content, suggestionIdsIn(before.content)));
  const ids: string[] = [];
  const figures: FigureChange[] = [];
  let tableCells = 0;
  const fresh = (): string => {
    const id = newId();
    ids.push(id);
    return id;
  };
  const oldAssets = new Set(figuresIn(before.content).map((f) => String(f.attrs?.['asset'])));
  const plain = (marks: PmMark[]): PmMark[] => marks.filter((m) => !isReviewMark(m));
  const deleted = (pieces: Piece[], id: string): Piece[] =>
    pieces.map((p) => ({ ...p, marks: [...plain(p.marks), suggestionMark('deletion', id, author)] }));
  const inserted = (pieces: Piece[], id: string): Piece[] =>
    pieces.map((p) => (p.marks.some(isSuggestionMark) ? p : { ...p, marks: [...p.marks, suggestionMark('insertion', id, author)] }));

  const policy: WalkPolicy = {
    same: (_a, b) => b,
    reshaped: () => void tableCells++,
    inline(a, b) {
      const out: Piece[] = [];
      let gone: Piece[] = [];
      let added: Piece[] = [];
      const flush = (): void => {
        // Text the new side already suggested keeps its own suggestion: no id for it.
        if (gone.length === 0 && added.every((p) => p.marks.some(isSuggestionMark))) {
          out.push(...added);
          added = [];
          return;
        }
        const id = fresh();
        out.push(...deleted(gone, id), ...inserted(added, id));
        gone = [];
        added = [];
      };
      const ops = diffSequences(
        a.map((t) => t.key),
        b.map((t) => t.key),
      );
      for (const op of joinAcrossSpaces(ops, (i) => isSpaceToken(a[i]!))) {
        if (op.kind === 'equal') {
          flush();
          out.push(...b[op.b]!.pieces);
        } else if (op.kind === 'delete') gone.push(...a[op.a]!.pieces);
        else added.push(...b[op.b]!.pieces);
      }
      flush();
      return out;
    },
    added(b) {
      if (b.type === 'figure') figures.push({ asset: String(b.attrs?.['asset']), change: 'added' });
      for (const figure of figuresIn(b.content)) figures.push({ asset: String(figure.attrs?.['asset']), change: 'added' });
      // A photo moved keeps its caption as it reads: the move is listed, not suggested.
      if (b.type === 'figure' && oldAssets.has(String(b.attrs?.['asset']))) return b;
      if (!hasText(b)) return b;
      const id = fresh();
      return remarkBlock(b, (marks) => (marks.some(isSuggestionMark) ? marks : [...marks, suggestionMark('insertion', id, author)]));
    },
    removed(a) {
      // A photo cannot be a suggestion: it is listed and left out; its caption goes with it.
      if (a.type === 'figure') {
        figures.push({ asset: String(a.attrs?.['asset']), change: 'removed' });
        return null;
      }
      const inside = figuresIn(a.content);
      for (const figure of inside) figures.push({ asset: String(figure.attrs?.['asset']), change: 'removed' });
      const kept = inside.length > 0 ? withoutFigures(a) : a;
      if (kept === null || !hasText(kept)) return null;
      const id = fresh();
      return remarkBlock(kept, (marks) => [...plain(marks), suggestionMark('deletion', id, author)]);
    },
  };
  const content = walkBlocks(new BlockIndex(), before.content, after.content, policy);
  return { body: { type: 'doc', content }, suggestionIds: ids, figures: movedFigures(figures), tableCells };
}

/** A block without the photos inside it, or null when nothing valid is left. */
function withoutFigures(node: PmNode): PmNode | null {
  if (node.type === 'figure') return null;
  if (node.content === undefined || isTextBlock(node)) return node;
  const content = node.content.map(withoutFigures).filter((n): n is PmNode => n !== null);
  if (content.length === 0) return null;
  // A list item starts with its paragraph; without one it is not kept.
  if (node.type === 'listItem' && content[0]!.type !== 'paragraph') return null;
  return { ...node, content };
}

/** A photo both removed and added is one photo moved. */
function movedFigures(changes: FigureChange[]): FigureChange[] {
  const added = new Set(changes.filter((c) => c.change === 'added').map((c) => c.asset));
  const removed = new Set(changes.filter((c) => c.change === 'removed').map((c) => c.asset));
  const out: FigureChange[] = [];
  const seenMoved = new Set<string>();
  for (const c of changes) {
    if (added.has(c.asset) && removed.has(c.asset)) {
      if (!seenMoved.has(c.asset)) out.push({ asset: c.asset, change: 'moved' });
      seenMoved.add(c.asset);
    } else out.push(c);
  }
  return out;
}
