/**
 * Suggesting mode (issue 9, track changes). While it is on, every edit is rewritten before it is
 * applied (TipTap's dispatchTransaction hook): typed and pasted text is marked `insertion`, removed
 * text stays, marked `deletion`, by the current user (core/review/track-changes.ts). Accepting
 * and rejecting are commands here, each one undo step. Undo/redo and the accept/reject commands
 * themselves are never rewritten.
 */
import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import {
  acceptSuggestions,
  byAuthor,
  byId,
  everySuggestion,
  isSuggestionMark,
  rejectSuggestions,
  type SuggestionAuthor,
  type SuggestionFilter,
} from '../../../core/review/suggestions';
import { trackEdit } from '../../../core/review/track-changes';

export interface SuggestChangesOptions {
  /** Who is suggesting: the profile's name and initials and this installation's key fingerprint. */
  author: () => SuggestionAuthor;
  /** A new suggestion's id (unique in the body). */
  newId: () => string;
  now: () => Date;
  /** Told when Suggesting mode turns on or off (the status bar shows it). */
  onModeChange: (on: boolean) => void;
  /** Whether the author has a name; while not, turning the mode on asks first (`askAuthor`). */
  authorReady: () => boolean;
  /** Asks for the author's name; true once there is one. Cancel leaves the mode off. */
  askAuthor: () => Promise<boolean>;
}

export const suggestChangesKey = new PluginKey<boolean>('suggestChanges');
/** Meta on a transaction that must not be rewritten (accept, reject, loading). */
export const SUGGESTING_BYPASS = 'suggestingBypass';

/** Whether Suggesting mode is on in this state. */
export const isSuggesting = (state: EditorState): boolean => suggestChangesKey.getState(state) === true;

/** The id of the suggestion the caret is in or right after, or null. */
export function suggestionAt(state: EditorState): string | null {
  const { $from } = state.selection;
  for (const node of [$from.nodeAfter, $from.nodeBefore]) {
    const mark = node?.marks.find(isSuggestionMark);
    if (mark !== undefined) return String(mark.attrs['id']);
  }
  return null;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    suggestChanges: {
      /** Turns Suggesting mode on or off. */
      setSuggesting: (on: boolean) => ReturnType;
      toggleSuggesting: () => ReturnType;
      /** Accepts (keeps what it proposes) one suggestion, all, or all by one author; one undo step. */
      acceptSuggestion: (id: string) => ReturnType;
      acceptAllSuggestions: (author?: SuggestionAuthor) => ReturnType;
      /** Rejects (restores the text as it was) one suggestion, all, or all by one author. */
      rejectSuggestion: (id: string) => ReturnType;
      rejectAllSuggestions: (author?: SuggestionAuthor) => ReturnType;
    };
  }
}

/** History's own meta key (prosemirror-history marks undo and redo with it). */
const HISTORY_META = 'history$';

function shouldTrack(tr: Transaction, state: EditorState): boolean {
  return isSuggesting(state) && tr.docChanged && tr.getMeta(SUGGESTING_BYPASS) !== true && tr.getMeta(HISTORY_META) === undefined && tr.before.eq(state.doc);
}

const randomId = (): string => `s${crypto.randomUUID().replaceAll('-', '').slice(0, 20)}`;

function settleCommand(accept: boolean, which: SuggestionFilter) {
  return ({ tr, dispatch }: { tr: Transaction; dispatch?: (tr: Transaction) => void }): boolean => {
    const settled = accept ? acceptSuggestions(tr, which) : rejectSuggestions(tr, which);
    if (settled === 0) return false;
    if (dispatch !== undefined) tr.setMeta(SUGGESTING_BYPASS, true);
    return true;
  };
}

export const SuggestChanges = Extension.create<SuggestChangesOptions>({
  name: 'suggestChanges',

  addOptions() {
    return {
      author: () => ({ by: '', name: '', initials: '' }),
      newId: randomId,
      now: () => new Date(),
      onModeChange: () => undefined,
      authorReady: () => true,
      askAuthor: async () => true,
    };
  },

  addCommands() {
    const { authorReady, askAuthor } = this.options;
    const editor = (): Editor => this.editor;
    /** Sets the mode; turning it on without an author's name asks first and turns it on once answered. */
    const setMode = (on: boolean, tr: Transaction, dispatch: ((tr: Transaction) => void) | undefined): boolean => {
      if (dispatch === undefined) return true;
      if (on && !authorReady()) {
        void askAuthor().then((ok) => {
          const ed = editor();
          if (ok && !ed.isDestroyed) ed.chain().focus().setSuggesting(true).run();
        });
        return true;
      }
      tr.setMeta(suggestChangesKey, on);
      return true;
    };
    return {
      setSuggesting:
        (on) =>
        ({ tr, dispatch }) =>
          setMode(on, tr, dispatch),
      toggleSuggesting:
        () =>
        ({ state, tr, dispatch }) =>
          setMode(!isSuggesting(state), tr, dispatch),
      acceptSuggestion: (id) => settleCommand(true, byId(id)),
      rejectSuggestion: (id) => settleCommand(false, byId(id)),
      acceptAllSuggestions: (author) => settleCommand(true, author === undefined ? everySuggestion : byAuthor(author)),
      rejectAllSuggestions: (author) => settleCommand(false, author === undefined ? everySuggestion : byAuthor(author)),
    };
  },

  addKeyboardShortcuts() {
    // Word's "Track changes" key.
    return { 'Mod-Shift-e': () => this.editor.commands.toggleSuggesting() };
  },

  addProseMirrorPlugins() {
    const { onModeChange } = this.options;
    return [
      new Plugin<boolean>({
        key: suggestChangesKey,
        state: {
          init: () => false,
          apply: (tr, on) => {
            const meta: unknown = tr.getMeta(suggestChangesKey);
            return typeof meta === 'boolean' ? meta : on;
          },
        },
        view: () => ({
          update: (view, previous) => {
            if (isSuggesting(view.state) !== isSuggesting(previous)) onModeChange(isSuggesting(view.state));
          },
          destroy: () => onModeChange(false),
        }),
        props: {
          attributes: (state): Record<string, string> => (isSuggesting(state) ? { 'data-suggesting': 'true' } : {}),
        },
      }),
    ];
  },

  dispatchTransaction({ transaction, next }) {
    const state = this.editor.state;
    if (!shouldTrack(transaction, state)) {
      next(transaction);
      return;
    }
    const tracked = state.tr;
    const { author, now, newId } = this.options;
    const { selection } = state;
    const caret = trackEdit(transaction, tracked, { author: author(), at: now().toISOString(), newId }, { head: selection.head, empty: selection.empty });
    if (caret !== null) tracked.setSelection(TextSelection.near(tracked.doc.resolve(caret)));
    if (transaction.scrolledIntoView) tracked.scrollIntoView();
    for (const key of ['addToHistory', 'uiEvent', 'paste'] as const) {
      const value: unknown = transaction.getMeta(key);
      if (value !== undefined) tracked.setMeta(key, value);
    }
    next(tracked);
  },
});
