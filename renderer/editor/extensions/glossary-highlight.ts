/**
 * The organisation glossary in the body (issue 11): every variant of an official name underlined
 * in its own style (not the spelling squiggle), with a one-click fix to the canonical form. The
 * glossary arrives compiled (setGlossary); matches are found per text block, remembered by the
 * block's text (a long body's unchanged paragraphs cost a lookup), re-found at once after an edit
 * on a small body and once typing pauses on a large one (mapped meanwhile), never per keystroke
 * there. A fix is an ordinary edit: in Suggesting mode it becomes a suggestion like any typing.
 */
import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { findGlossaryVariants, type CompiledGlossary, type GlossaryMatch } from '../../../core/vi/glossary';
import { readableText } from './readable-text';
import { pausedHighlightPlugin } from './refresh-after-pause';

export interface BodyGlossaryMatch {
  from: number;
  to: number;
  found: string;
  canonical: string;
}

interface GlossaryState {
  glossary: CompiledGlossary | null;
  language: 'vi' | 'en';
  matches: BodyGlossaryMatch[];
  decorations: DecorationSet;
  stale: boolean;
}

type GlossaryMeta = { type: 'set'; glossary: CompiledGlossary | null; language: 'vi' | 'en' } | { type: 'refresh' };

export const glossaryKey = new PluginKey<GlossaryState>('glossaryHighlight');

/** As the find highlight: below ~1,500 words re-found at once, above once typing pauses. */
const SMALL_DOC = 10_000;
const REFRESH_AFTER_MS = 400;
const MAX_CACHED = 5_000;

const caches = new WeakMap<CompiledGlossary, Map<string, GlossaryMatch[]>>();

function matchesOf(text: string, glossary: CompiledGlossary, language: 'vi' | 'en'): GlossaryMatch[] {
  let cache = caches.get(glossary);
  if (cache === undefined) caches.set(glossary, (cache = new Map()));
  const key = `${language}\u0000${text}`;
  let hit = cache.get(key);
  if (hit === undefined) {
    hit = findGlossaryVariants(text, glossary, language);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, hit);
  }
  return hit;
}

/** Every variant in the body, in order; text pending deletion is not looked into. */
export function glossaryInDoc(doc: PmNode, glossary: CompiledGlossary, language: 'vi' | 'en'): BodyGlossaryMatch[] {
  const out: BodyGlossaryMatch[] = [];
  if (glossary.size === 0) return out;
  doc.descendants((block, pos) => {
    if (!block.isTextblock) return true;
    const text = readableText(block);
    for (const m of matchesOf(text, glossary, language)) out.push({ from: pos + 1 + m.from, to: pos + 1 + m.to, found: m.found, canonical: m.canonical });
    return false;
  });
  return out;
}

function decorate(doc: PmNode, matches: readonly BodyGlossaryMatch[]): DecorationSet {
  return DecorationSet.create(
    doc,
    matches.map((m) => Decoration.inline(m.from, m.to, { class: 'glossary-variant', 'data-canonical': m.canonical })),
  );
}

function fresh(doc: PmNode, glossary: CompiledGlossary | null, language: 'vi' | 'en'): GlossaryState {
  const matches = glossary === null ? [] : glossaryInDoc(doc, glossary, language);
  return { glossary, language, matches, decorations: decorate(doc, matches), stale: false };
}

const EMPTY: GlossaryState = { glossary: null, language: 'vi', matches: [], decorations: DecorationSet.empty, stale: false };

function apply(tr: Transaction, prev: GlossaryState, _old: EditorState, state: EditorState): GlossaryState {
  const meta = tr.getMeta(glossaryKey) as GlossaryMeta | undefined;
  if (meta?.type === 'set') return fresh(state.doc, meta.glossary, meta.language);
  if (meta?.type === 'refresh') return fresh(state.doc, prev.glossary, prev.language);
  if (!tr.docChanged || prev.glossary === null) return prev;
  if (state.doc.content.size <= SMALL_DOC) return fresh(state.doc, prev.glossary, prev.language);
  const matches = prev.matches
    .map((m) => ({ ...m, from: tr.mapping.map(m.from, 1), to: tr.mapping.map(m.to, -1) }))
    .filter((m) => m.to > m.from);
  return { ...prev, matches, decorations: prev.decorations.map(tr.mapping, tr.doc), stale: true };
}

/** The variants as they stand now (re-found if edits came since). */
export function currentGlossaryMatches(state: EditorState): BodyGlossaryMatch[] {
  const s = glossaryKey.getState(state) ?? EMPTY;
  if (s.glossary === null) return [];
  return s.stale ? glossaryInDoc(state.doc, s.glossary, s.language) : s.matches;
}

/** The variant at `pos` (inside it or at either end), or null. */
export function glossaryMatchAt(state: EditorState, pos: number): BodyGlossaryMatch | null {
  return currentGlossaryMatches(state).find((m) => m.from <= pos && pos <= m.to) ?? null;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    glossaryHighlight: {
      /** The compiled glossary to flag (null: none) and the release's language. */
      setGlossary: (glossary: CompiledGlossary | null, language: 'vi' | 'en') => ReturnType;
      /** Replaces the variant at [from, to) with its canonical form, if it is still one. */
      fixGlossaryVariant: (from: number, to: number) => ReturnType;
      /** Replaces every variant (or those `which` picks) in one transaction: one undo step. */
      fixAllGlossaryVariants: (which?: (m: BodyGlossaryMatch) => boolean) => ReturnType;
    };
  }
}

export const GlossaryHighlight = Extension.create({
  name: 'glossaryHighlight',

  addCommands() {
    return {
      setGlossary:
        (glossary, language) =>
        ({ tr, dispatch }) => {
          // Decorations only: not an edit, not an undo step.
          if (dispatch) tr.setMeta(glossaryKey, { type: 'set', glossary, language } satisfies GlossaryMeta).setMeta('addToHistory', false);
          return true;
        },
      fixGlossaryVariant:
        (from, to) =>
        ({ state, tr, dispatch }) => {
          const m = currentGlossaryMatches(state).find((x) => x.from === from && x.to === to);
          if (m === undefined) return false;
          if (dispatch) tr.insertText(m.canonical, m.from, m.to);
          return true;
        },
      fixAllGlossaryVariants:
        (which = () => true) =>
        ({ state, tr, dispatch }) => {
          const matches = currentGlossaryMatches(state).filter(which);
          if (matches.length === 0) return false;
          if (dispatch) for (const m of [...matches].reverse()) tr.insertText(m.canonical, m.from, m.to);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    return [pausedHighlightPlugin(glossaryKey, { init: () => EMPTY, apply }, REFRESH_AFTER_MS)];
  },
});
