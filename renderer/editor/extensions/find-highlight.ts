/**
 * Find and replace in the body (issue 10): the matches of the find bar's query as decorations.
 * Matches are recomputed only when the query changes or, after edits, once typing pauses (the
 * decorations are mapped through each edit meanwhile), so a keystroke never re-reads the document.
 * Replacing is an ordinary transaction: in Suggesting mode the suggest plugin rewrites it into a
 * suggestion like any typing; replace all is one transaction, so one undo step.
 */
import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { findIn, type PreparedQuery } from '../../../core/vi/find';
import { readableText } from './readable-text';
import { pausedHighlightPlugin } from './refresh-after-pause';

export interface BodyMatch {
  from: number;
  to: number;
}

export interface FindState {
  query: PreparedQuery | null;
  matches: BodyMatch[];
  /** Index into `matches` of the match the find bar is on, or -1. */
  current: number;
  decorations: DecorationSet;
  /** Edits happened since the matches were computed (they are mapped, not re-found). */
  stale: boolean;
}

type FindMeta = { type: 'query'; query: PreparedQuery | null } | { type: 'current'; index: number } | { type: 'refresh' };

export const findKey = new PluginKey<FindState>('findHighlight');

/**
 * Below this size (in positions: ~1,500 words) matches are re-found at once after an edit: under
 * ~1 ms (a 14,000-character body folded and searched: 0.75 ms, 1.2 ms ignoring tone marks, in Node).
 */
const SMALL_DOC = 10_000;
const REFRESH_AFTER_MS = 250;

/**
 * Every match in the body, in document order: each text block (paragraphs, headings, list items'
 * paragraphs, captions) on its own. Text marked as a pending deletion is left out — it is not the
 * text as it will read — and an inline node breaks a match, so a text offset is a position offset.
 */
export function findInDoc(doc: PmNode, query: PreparedQuery): BodyMatch[] {
  const out: BodyMatch[] = [];
  doc.descendants((block, pos) => {
    if (!block.isTextblock) return true;
    const text = readableText(block);
    for (const m of findIn(text, query)) out.push({ from: pos + 1 + m.from, to: pos + 1 + m.to });
    return false;
  });
  return out;
}

function decorate(doc: PmNode, matches: readonly BodyMatch[], current: number): DecorationSet {
  return DecorationSet.create(
    doc,
    matches.map((m, i) => Decoration.inline(m.from, m.to, { class: i === current ? 'find-match find-match-current' : 'find-match' })),
  );
}

function fresh(doc: PmNode, query: PreparedQuery | null, current: number): FindState {
  const matches = query === null ? [] : findInDoc(doc, query);
  // -1 stays -1: a new query has no current match until the bar goes to one (its count reads 0/N).
  const at = matches.length === 0 || current < 0 ? -1 : Math.min(current, matches.length - 1);
  return { query, matches, current: at, decorations: decorate(doc, matches, at), stale: false };
}

const EMPTY: FindState = { query: null, matches: [], current: -1, decorations: DecorationSet.empty, stale: false };

function apply(tr: Transaction, prevState: FindState, _old: EditorState, state: EditorState): FindState {
  let prev = prevState;
  const meta = tr.getMeta(findKey) as FindMeta | undefined;
  if (meta?.type === 'query') return fresh(state.doc, meta.query, -1);
  if (meta?.type === 'refresh') return prev.query === null ? prev : fresh(state.doc, prev.query, prev.current);
  if (meta?.type === 'current' && meta.index < 0) return { ...prev, current: -1, decorations: decorate(state.doc, prev.matches, -1) };
  if (meta?.type === 'current') {
    if (prev.stale) prev = fresh(state.doc, prev.query, prev.current);
    const current = prev.matches.length === 0 ? -1 : ((meta.index % prev.matches.length) + prev.matches.length) % prev.matches.length;
    return { ...prev, current, decorations: decorate(state.doc, prev.matches, current) };
  }
  if (!tr.docChanged || prev.query === null) return prev;
  if (state.doc.content.size <= SMALL_DOC) return fresh(state.doc, prev.query, prev.current);
  const matches = prev.matches
    .map((m) => ({ from: tr.mapping.map(m.from, 1), to: tr.mapping.map(m.to, -1) }))
    .filter((m) => m.to > m.from);
  return { ...prev, matches, current: Math.min(prev.current, matches.length - 1), decorations: prev.decorations.map(tr.mapping, tr.doc), stale: true };
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    findHighlight: {
      /** Highlights the query's matches (null clears them); none is current yet. */
      setFindQuery: (query: PreparedQuery | null) => ReturnType;
      /** Makes match `index` current (wrapping), selects it and scrolls it into view. */
      goToFindMatch: (index: number) => ReturnType;
      /** No body match is current (the find bar is on a match in the headline or sapo). */
      clearFindCurrent: () => ReturnType;
      /** Replaces the current match; the next one becomes current. */
      replaceFindMatch: (replacement: string) => ReturnType;
      /** Replaces every match, in one transaction (one undo step). */
      replaceAllFindMatches: (replacement: string) => ReturnType;
    };
  }
}

/** The matches as they stand now (re-found if edits came since). */
export function currentFind(state: EditorState): FindState {
  const s = findKey.getState(state) ?? EMPTY;
  return s.stale ? fresh(state.doc, s.query, s.current) : s;
}

function replaceRange(tr: Transaction, m: BodyMatch, replacement: string): void {
  if (replacement === '') tr.delete(m.from, m.to);
  else tr.insertText(replacement, m.from, m.to);
}

export const FindHighlight = Extension.create({
  name: 'findHighlight',

  addCommands() {
    return {
      setFindQuery:
        (query) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(findKey, { type: 'query', query } satisfies FindMeta);
          return true;
        },
      goToFindMatch:
        (index) =>
        ({ state, tr, dispatch }) => {
          const s = currentFind(state);
          if (s.matches.length === 0) return false;
          if (dispatch) {
            const at = ((index % s.matches.length) + s.matches.length) % s.matches.length;
            const m = s.matches[at]!;
            // The selection is on the match, as in Word: Esc leaves the caret there.
            tr.setMeta(findKey, { type: 'current', index: at } satisfies FindMeta);
            tr.setSelection(TextSelection.create(tr.doc, m.from, m.to)).scrollIntoView();
          }
          return true;
        },
      clearFindCurrent:
        () =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(findKey, { type: 'current', index: -1 } satisfies FindMeta);
          return true;
        },
      replaceFindMatch:
        (replacement) =>
        ({ state, tr, dispatch }) => {
          const s = currentFind(state);
          const m = s.matches[s.current];
          if (m === undefined) return false;
          if (dispatch) replaceRange(tr, m, replacement);
          return true;
        },
      replaceAllFindMatches:
        (replacement) =>
        ({ state, tr, dispatch }) => {
          const s = currentFind(state);
          if (s.matches.length === 0) return false;
          if (dispatch) {
            // Last to first: each replacement leaves the positions before it as they were.
            for (let i = s.matches.length - 1; i >= 0; i--) replaceRange(tr, s.matches[i]!, replacement);
          }
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    // Re-found once typing pauses, not per keystroke.
    return [pausedHighlightPlugin(findKey, { init: () => EMPTY, apply }, REFRESH_AFTER_MS)];
  },
});
