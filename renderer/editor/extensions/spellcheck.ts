/**
 * Spell check in the body (issue 11): misspelt words as decorations (a wavy underline). Typing
 * never waits for it: an edit only maps the underlines and notes which paragraphs changed; once
 * typing pauses those paragraphs alone are re-read, words answered before come from the cache,
 * and new ones go to the worker, whose answer re-reads only the paragraphs that waited for it.
 * The word the caret is typing (caret at its end) is not underlined until the caret leaves it, as
 * in Word. The source of answers (renderer/spell/spell-service.ts) comes in through the options,
 * so the extension holds no UI state.
 */
import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { tokenize } from '../../../core/spell/tokenize';
import { createScheduler } from '../../lib/scheduler';
import { readableText } from './readable-text';
import { dispatchOutsideInput } from './selection-sync';

export interface SpellSource {
  lookup(word: string): boolean | undefined;
  ask(words: Iterable<string>): void;
  enabled(): boolean;
  subscribe(listener: (change: 'answers' | 'reset') => void): () => void;
}

export interface SpellcheckOptions {
  source: SpellSource | null;
  /** Pause after the last edit before the changed paragraphs are read again. */
  wait: number;
}

interface Range {
  from: number;
  to: number;
}

export interface SpellState {
  decorations: DecorationSet;
  /** Everything must be read again (first pass, switched on, lists or language changed). */
  full: boolean;
  /** Changed since the last pass. */
  dirty: Range[];
  /** Paragraphs with words the worker has not answered yet. */
  waiting: Range[];
  /** The word left alone because the caret was typing it. */
  skipped: Range | null;
}

type SpellMeta = { type: 'pass' } | { type: 'answers' } | { type: 'reset' };

export const spellKey = new PluginKey<SpellState>('spellcheck');

const EMPTY: SpellState = { decorations: DecorationSet.empty, full: true, dirty: [], waiting: [], skipped: null };

/** The text blocks touching `ranges` (all of them when null), each once, by position. */
function blocksIn(doc: PmNode, ranges: readonly Range[] | null): Map<number, PmNode> {
  const blocks = new Map<number, PmNode>();
  const visit = (node: PmNode, pos: number): boolean => {
    if (node.isTextblock) {
      blocks.set(pos, node);
      return false;
    }
    return true;
  };
  if (ranges === null) doc.descendants(visit);
  else for (const r of ranges) doc.nodesBetween(Math.max(0, r.from), Math.min(doc.content.size, r.to), visit);
  return blocks;
}

/** Overlapping or touching ranges as one: typing in one paragraph keeps one dirty range, not one per key. */
function merged(ranges: Range[]): Range[] {
  if (ranges.length < 2) return ranges;
  const sorted = [...ranges].sort((a, b) => a.from - b.from);
  const out: Range[] = [{ ...sorted[0]! }];
  for (const r of sorted.slice(1)) {
    const last = out[out.length - 1]!;
    if (r.from <= last.to + 1) last.to = Math.max(last.to, r.to);
    else out.push({ ...r });
  }
  return out;
}

function mapRanges(ranges: readonly Range[], tr: Transaction): Range[] {
  return ranges.map((r) => ({ from: tr.mapping.map(r.from, -1), to: tr.mapping.map(r.to, 1) })).filter((r) => r.to >= r.from);
}

/** Where each step of `tr` wrote, in the final document's positions. */
function changedRanges(tr: Transaction): Range[] {
  const out: Range[] = [];
  tr.mapping.maps.forEach((map, i) => {
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      const rest = tr.mapping.slice(i + 1);
      out.push({ from: rest.map(newStart, -1), to: rest.map(newEnd, 1) });
    });
  });
  return out;
}

function pass(state: EditorState, prev: SpellState, source: SpellSource): SpellState {
  if (!source.enabled()) return { ...EMPTY, full: false, decorations: DecorationSet.empty };
  const doc = state.doc;
  const blocks = blocksIn(doc, prev.full ? null : [...prev.dirty, ...(prev.skipped ? [prev.skipped] : [])]);
  const sel = state.selection;
  const caret = sel.empty ? sel.head : -1;
  let decorations = prev.full ? DecorationSet.empty : prev.decorations;
  const added: Decoration[] = [];
  const waiting: Range[] = prev.full ? [] : [...prev.waiting];
  const unknown = new Set<string>();
  let skipped: Range | null = null;
  for (const [pos, block] of blocks) {
    const start = pos + 1;
    const end = pos + block.nodeSize - 1;
    if (!prev.full) decorations = decorations.remove(decorations.find(start, end));
    let waits = false;
    for (const token of tokenize(readableText(block))) {
      const from = start + token.from;
      const to = start + token.to;
      if (to === caret) {
        skipped = { from, to };
        continue;
      }
      const wrong = source.lookup(token.word);
      if (wrong === undefined) {
        unknown.add(token.word);
        waits = true;
      } else if (wrong) added.push(Decoration.inline(from, to, { class: 'spell-error' }, { word: token.word }));
    }
    if (waits) waiting.push({ from: pos, to: pos + block.nodeSize });
  }
  if (unknown.size > 0) source.ask(unknown);
  return { decorations: decorations.add(doc, added), full: false, dirty: [], waiting, skipped };
}

function apply(tr: Transaction, prev: SpellState, state: EditorState, source: SpellSource | null): SpellState {
  if (source === null) return prev;
  const meta = tr.getMeta(spellKey) as SpellMeta | undefined;
  if (meta?.type === 'reset') return { ...prev, full: true, waiting: [], dirty: [] };
  if (meta?.type === 'pass') return pass(state, prev, source);
  let next = prev;
  if (meta?.type === 'answers') next = { ...next, dirty: [...next.dirty, ...next.waiting], waiting: [] };
  if (tr.docChanged) {
    next = {
      ...next,
      decorations: next.decorations.map(tr.mapping, tr.doc),
      dirty: merged([...mapRanges(next.dirty, tr), ...changedRanges(tr)]),
      waiting: mapRanges(next.waiting, tr),
      skipped: next.skipped && mapRanges([next.skipped], tr)[0]!,
    };
  }
  // The caret left the word it was typing: that word is read now.
  if (next.skipped && tr.selectionSet && !tr.docChanged) {
    const head = state.selection.head;
    if (head < next.skipped.from || head > next.skipped.to) next = { ...next, dirty: [...next.dirty, next.skipped], skipped: null };
  }
  return next;
}

/** The misspelt word at `pos`, or null. */
export function spellErrorAt(state: EditorState, pos: number): { from: number; to: number; word: string } | null {
  const found = spellKey.getState(state)?.decorations.find(pos, pos) ?? [];
  const d = found.find((x) => x.from <= pos && pos <= x.to);
  return d ? { from: d.from, to: d.to, word: (d.spec as { word: string }).word } : null;
}

/** Whether the underlines are up to date (nothing changed unread, no answer awaited). */
export function spellSettled(state: EditorState): boolean {
  const s = spellKey.getState(state);
  return s === undefined || (!s.full && s.dirty.length === 0 && s.waiting.length === 0);
}

export const Spellcheck = Extension.create<SpellcheckOptions>({
  name: 'spellcheck',

  addOptions() {
    return { source: null, wait: 400 };
  },

  addProseMirrorPlugins() {
    const { source, wait } = this.options;
    const needsPass = (s: SpellState | undefined): boolean => s !== undefined && (s.full || s.dirty.length > 0);
    return [
      new Plugin<SpellState>({
        key: spellKey,
        state: {
          init: () => EMPTY,
          apply: (tr, prev, _old, state) => apply(tr, prev, state, source),
        },
        props: {
          decorations: (state) => spellKey.getState(state)?.decorations ?? null,
          attributes: (state): Record<string, string> => ({
            'data-spell': source === null || !source.enabled() ? 'off' : spellSettled(state) ? 'done' : 'pending',
          }),
        },
        view: (view) => {
          const run = (meta: SpellMeta): void => dispatchOutsideInput(view, (state) => state.tr.setMeta(spellKey, meta).setMeta('addToHistory', false));
          const unsubscribe = source?.subscribe((change) => run({ type: change })) ?? (() => {});
          // Edits only stamp a time (lib/scheduler.ts); the pass waits until typing has paused for
          // `wait`. Answers and the first pass need no pause: soon(50), unless an edit is waiting.
          // Per view: TipTap may mount a view, destroy it and mount another with the same plugins.
          const pass = createScheduler(() => {
            if (needsPass(spellKey.getState(view.state))) run({ type: 'pass' });
          }, { wait });
          const schedule = (state: EditorState): void => {
            if (needsPass(spellKey.getState(state))) pass.soon(50);
          };
          schedule(view.state);
          return {
            update: (v, prevState) => {
              if (v.state.doc !== prevState.doc) pass.schedule();
              else schedule(v.state);
            },
            destroy: () => {
              unsubscribe();
              pass.cancel();
            },
          };
        },
      }),
    ];
  },
});
