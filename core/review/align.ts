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

function similar(index: BlockIndex, a: PmNode, b: PmNode): boolean {
  if (a.type !== b.type) return false;
  if (a.type === 'figure') return a.attrs?.['asset'] === b.attrs?.['asset'];
  const wa = index.wordsOf(a);
  const wb = index.wordsOf(b);
  if (wa.size === 0 && wb.size === 0) return true;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return (2 * common) / (wa.size + wb.size) >= EDITED_SIMILARITY;
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

/** Pair removed and added blocks in one gap, in order; the rest stay removed or added. */
function pairGap(index: BlockIndex, gapA: PmNode[], gapB: PmNode[], steps: BlockStep[]): void {
  let nextA = 0;
  for (const b of gapB) {
    let found = -1;
    for (let i = nextA; i < gapA.length && i < nextA + PAIR_WINDOW; i++) {
      if (similar(index, gapA[i]!, b)) {
        found = i;
        break;
      }
    }
    if (found < 0) {
      steps.push({ kind: 'added', b });
      continue;
    }
    for (; nextA < found; nextA++) steps.push({ kind: 'removed', a: gapA[nextA]! });
    steps.push({ kind: 'edited', a: gapA[found]!, b });
    nextA = found + 1;
  }
  for (; nextA < gapA.length; nextA++) steps.push({ kind: 'removed', a: gapA[nextA]! });
}
