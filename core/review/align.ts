/**
 * Which block of one body is which block of the other, for the review diff and the merge. Blocks
 * (paragraphs, headings, photos with captions, lists, quotes, list items) are first matched when
 * their text and formatting are the same (Myers over block keys); between two matches, a removed
 * and an added block of the same kind are taken as one block edited when they share enough words,
 * so a rewritten sentence shows as words changed inside its paragraph rather than a whole
 * paragraph out and another in. Containers are then aligned child by child.
 */
import type { PmNode } from '../document/release';
import { diffSequences } from './sequence-diff';
import { inlineKey, tokenize, type Token } from './tokens';

/** Blocks with inline content: the word diff runs inside them. */
export const isTextBlock = (node: PmNode): boolean => node.type === 'paragraph' || node.type === 'heading' || node.type === 'figure';

/** A step of the alignment, in the order the result shows them (removed before added). */
export type BlockStep = { kind: 'same' | 'edited'; a: PmNode; b: PmNode } | { kind: 'removed'; a: PmNode } | { kind: 'added'; b: PmNode };

/** Two blocks in a gap count as one block edited from this share of common words (Dice). */
const EDITED_SIMILARITY = 0.3;
/** How far ahead in a gap an added block looks for its removed counterpart. */
const PAIR_WINDOW = 30;

/** Tokens and keys per block, computed once per diff. */
export class BlockIndex {
  private readonly keys = new WeakMap<PmNode, string>();
  private readonly tokens = new WeakMap<PmNode, Token[]>();
  private readonly words = new WeakMap<PmNode, Set<string>>();

  tokensOf(node: PmNode): Token[] {
    let t = this.tokens.get(node);
    if (t === undefined) {
      t = tokenize(node.content);
      this.tokens.set(node, t);
    }
    return t;
  }

  keyOf(node: PmNode): string {
    let key = this.keys.get(node);
    if (key === undefined) {
      const inner = isTextBlock(node) ? inlineKey(node.content) : (node.content ?? []).map((child) => this.keyOf(child)).join('\u0004');
      key = `${node.type}${JSON.stringify(node.attrs ?? {})}[${inner}]`;
      this.keys.set(node, key);
    }
    return key;
  }

  /** The set of words in a block and everything inside it. */
  wordsOf(node: PmNode): Set<string> {
    let set = this.words.get(node);
    if (set === undefined) {
      set = new Set<string>();
      if (isTextBlock(node)) {
        for (const token of this.tokensOf(node)) {
          const text = token.pieces.map((p) => p.text ?? '').join('');
          if (/[\p{L}\p{N}]/u.test(text)) set.add(text.toLocaleLowerCase('vi'));
        }
      } else {
        for (const child of node.content ?? []) for (const w of this.wordsOf(child)) set.add(w);
      }
      this.words.set(node, set);
    }
    return set;
  }
}

/** A header cell and an ordinary one are one cell with the header row toggled, not one cell out and another in. */
const kindOf = (type: string): string => (type === 'tableHeader' ? 'tableCell' : type);

/** How alike two blocks are, 0..1 (Dice over their words); 0 when they cannot be one block edited. */
function similarity(index: BlockIndex, a: PmNode, b: PmNode): number {
  if (kindOf(a.type) !== kindOf(b.type)) return 0;
  if (a.type === 'figure') return a.attrs?.['asset'] === b.attrs?.['asset'] ? 1 : 0;
  const wa = index.wordsOf(a);
  const wb = index.wordsOf(b);
  if (wa.size === 0 && wb.size === 0) return 1;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return (2 * common) / (wa.size + wb.size);
}

/** Align two sibling lists of blocks. */
export function alignBlocks(index: BlockIndex, a: readonly PmNode[], b: readonly PmNode[]): BlockStep[] {
  const ops = diffSequences(
    a.map((n) => index.keyOf(n)),
    b.map((n) => index.keyOf(n)),
  );
  const steps: BlockStep[] = [];
  let gapA: PmNode[] = [];
  let gapB: PmNode[] = [];
  const flush = (): void => {
    pairGap(index, gapA, gapB, steps);
    gapA = [];
    gapB = [];
  };
  for (const op of ops) {
    if (op.kind === 'equal') {
      flush();
      steps.push({ kind: 'same', a: a[op.a]!, b: b[op.b]! });
    } else if (op.kind === 'delete') gapA.push(a[op.a]!);
    else gapB.push(b[op.b]!);
  }
  flush();
  return steps;
}

/**
 * Pair removed and added blocks in one gap: the most alike pairs first (a caption read back as a
 * paragraph must not take the place of the paragraph that follows it), never crossing, each block
 * once; the rest stay removed or added, in order.
 */
function pairGap(index: BlockIndex, gapA: PmNode[], gapB: PmNode[], steps: BlockStep[]): void {
  const candidates: { i: number; j: number; score: number }[] = [];
  for (let j = 0; j < gapB.length; j++) {
    const centre = gapB.length > 1 ? Math.round((j * (gapA.length - 1)) / (gapB.length - 1)) : 0;
    for (let i = Math.max(0, centre - PAIR_WINDOW); i < Math.min(gapA.length, centre + PAIR_WINDOW + 1); i++) {
      const score = similarity(index, gapA[i]!, gapB[j]!);
      if (score >= EDITED_SIMILARITY) candidates.push({ i, j, score });
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.i - y.i);
  const pairs: { i: number; j: number }[] = [];
  for (const c of candidates) {
    if (pairs.every((p) => (p.i < c.i && p.j < c.j) || (p.i > c.i && p.j > c.j))) pairs.push(c);
  }
  pairs.sort((x, y) => x.i - y.i);
  let nextA = 0;
  let nextB = 0;
  for (const { i, j } of pairs) {
    for (; nextA < i; nextA++) steps.push({ kind: 'removed', a: gapA[nextA]! });
    for (; nextB < j; nextB++) steps.push({ kind: 'added', b: gapB[nextB]! });
    steps.push({ kind: 'edited', a: gapA[i]!, b: gapB[j]! });
    nextA = i + 1;
    nextB = j + 1;
  }
  for (; nextA < gapA.length; nextA++) steps.push({ kind: 'removed', a: gapA[nextA]! });
  for (; nextB < gapB.length; nextB++) steps.push({ kind: 'added', b: gapB[nextB]! });
}
