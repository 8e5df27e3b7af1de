/**
 * Every text entering the body is Unicode NFC (DOMAIN.md: Unikey's "Unicode tổ hợp" mode types
 * a base letter and then its combining marks as separate keystrokes; decomposed text breaks
 * search, spell check and counts). Pastes are normalised before parsing; everything else (typing,
 * drops, commands) is caught by an appendTransaction that looks only at the text blocks the
 * transaction's steps touched, so a keystroke costs a few short string checks.
 */
import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { toNfc } from '../../../core/vi/nfc';
import { neutralizeInlineStyles } from '../paste-styles';
import { dispatchOutsideInput } from './selection-sync';

export const nfcNormalizeKey = new PluginKey('nfcNormalize');

/** Meta flag: normalise the text block around the selection (sent after an IME composition ends). */
const NORMALIZE_SELECTION = 'normalize-selection';
const LEADING_MARKS = /^\p{M}+/u;

/** Ranges of the final document that the transactions' steps wrote to. */
function touchedRanges(transactions: readonly Transaction[]): [number, number][] {
  let ranges: [number, number][] = [];
  for (const tr of transactions) {
    if (!tr.docChanged) continue;
    for (const map of tr.mapping.maps) {
      ranges = ranges.map(([from, to]): [number, number] => [map.map(from, -1), map.map(to, 1)]);
      map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
        ranges.push([newStart, newEnd]);
      });
    }
  }
  return ranges;
}

/** Start positions of the text blocks overlapping the ranges (one position beyond each edge, for joins). */
function textblocksIn(doc: PmNode, ranges: [number, number][]): number[] {
  const found = new Set<number>();
  for (const [a, b] of ranges) {
    const from = Math.max(0, Math.min(a, b) - 1);
    const to = Math.min(doc.content.size, Math.max(a, b) + 1);
    doc.nodesBetween(from, to, (node, pos) => {
      if (node.isTextblock) {
        found.add(pos);
        return false;
      }
      return true;
    });
  }
  return [...found].sort((x, y) => x - y);
}

interface Edit {
  from: number;
  to: number;
  text: string;
  node: PmNode;
}

/** Smallest replacement turning `oldText` at `start` into `newText` (common prefix and suffix kept, so the cursor stays put). */
function diffEdit(start: number, oldText: string, newText: string, node: PmNode): Edit | null {
  if (oldText === newText) return null;
  let p = 0;
  const max = Math.min(oldText.length, newText.length);
  while (p < max && oldText.charCodeAt(p) === newText.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && oldText.charCodeAt(oldText.length - 1 - s) === newText.charCodeAt(newText.length - 1 - s)) s++;
  return { from: start + p, to: start + oldText.length - s, text: newText.slice(p, newText.length - s), node };
}

/**
 * The edits that make one text block NFC. A combining mark at the start of a text run (typed
 * after a bold letter with bold switched off, say) joins the previous run's last letter.
 */
export function nfcEdits(block: PmNode, blockPos: number): Edit[] {
  const runs: { node: PmNode; start: number; text: string }[] = [];
  block.forEach((child, offset) => {
    runs.push({ node: child, start: blockPos + 1 + offset, text: child.isText ? (child.text ?? '') : '' });
  });
  const next = runs.map((run) => run.text);
  for (let i = 1; i < runs.length; i++) {
    const lead = LEADING_MARKS.exec(next[i]!)?.[0];
    if (lead === undefined || !runs[i]!.node.isText || !runs[i - 1]!.node.isText) continue;
    next[i - 1] += lead;
    next[i] = next[i]!.slice(lead.length);
  }
  const edits: Edit[] = [];
  runs.forEach((run, i) => {
    if (!run.node.isText) return;
    const edit = diffEdit(run.start, run.text, toNfc(next[i]!), run.node);
    if (edit !== null) edits.push(edit);
  });
  return edits;
}

function normalizeBlocks(state: EditorState, positions: number[]): Transaction | null {
  const edits: Edit[] = [];
  for (const pos of positions) {
    const block = state.doc.nodeAt(pos);
    if (block === null || !block.isTextblock) continue;
    // Cheap test first: most keystrokes leave the block NFC already.
    if (toNfc(block.textContent) === block.textContent && !startsRunWithMark(block)) continue;
    edits.push(...nfcEdits(block, pos));
  }
  if (edits.length === 0) return null;
  const tr = state.tr;
  // Back to front, so earlier positions stay valid.
  for (const edit of edits.sort((a, b) => b.from - a.from)) {
    if (edit.text === '') tr.delete(edit.from, edit.to);
    else tr.replaceWith(edit.from, edit.to, state.schema.text(edit.text, edit.node.marks));
  }
  return tr.setMeta(nfcNormalizeKey, true);
}

/** A run starting with a combining mark is NFC on its own but still decomposed across the run boundary. */
function startsRunWithMark(block: PmNode): boolean {
  let found = false;
  block.forEach((child, _offset, index) => {
    if (index > 0 && child.isText && LEADING_MARKS.test(child.text ?? '')) found = true;
  });
  return found;
}

/// Keeps the body in Unicode NFC: normalises pastes and every text block a transaction touches.
export const NfcNormalize = Extension.create({
  name: 'nfcNormalize',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: nfcNormalizeKey,
        props: {
          transformPastedText: (text) => toNfc(text),
          // Inline styles renamed before the paste is parsed: no CSP reports (paste-styles.ts).
          transformPastedHTML: (html) => toNfc(neutralizeInlineStyles(html)),
          handleDOMEvents: {
            // Text composed by an input method is left alone while composing (changing it would
            // break the composition); once it ends, the block around the cursor gets its turn.
            compositionend: (view) => {
              setTimeout(() => {
                if (!view.composing) dispatchOutsideInput(view, (state) => state.tr.setMeta(nfcNormalizeKey, NORMALIZE_SELECTION));
              }, 30);
              return false;
            },
          },
        },
        appendTransaction(transactions, _oldState, newState) {
          const positions = new Set<number>();
          const composing = transactions.some((tr) => tr.getMeta('composition') !== undefined);
          if (!composing) for (const pos of textblocksIn(newState.doc, touchedRanges(transactions))) positions.add(pos);
          if (transactions.some((tr) => tr.getMeta(nfcNormalizeKey) === NORMALIZE_SELECTION)) {
            const { from, to } = newState.selection;
            for (const pos of textblocksIn(newState.doc, [[from, to]])) positions.add(pos);
          }
          if (positions.size === 0) return null;
          return normalizeBlocks(newState, [...positions]);
        },
      }),
    ];
  },
});
