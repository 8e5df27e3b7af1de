/**
 * Footnotes (issue 10): the `footnote` node of core's body schema, an inline atom at its reference
 * point holding the note's plain text. Its number is its order in the body: a node decoration
 * gives each note `data-footnote-number` (shown by `.footnote-ref::after`), renumbered only when a
 * transaction touches a note and otherwise mapped, so typing costs no walk of the body. (A CSS
 * counter cannot do it: each top-level block has content-visibility, which scopes counters.) Ctrl+Alt+F (Word's key; ⌃⌥F on a Mac, where ⌥⌘F is Replace) asks the app
 * (storage.onEdit) for a new note's text; double-click or Enter on a note asks to edit it.
 * Shown and copied as `<sup class="footnote-ref" data-footnote="text">`; only that markup parses
 * back (a foreign page's footnotes are the import cleaner's to recognise).
 */
import { Node, mergeAttributes, type Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { NodeSelection, Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { AddMarkStep, RemoveMarkStep } from '@tiptap/pm/transform';
import { FOOTNOTE_MAX_CHARS } from '../../../core/document/body-schema';
import { toNfc } from '../../../core/vi/nfc';

/** The app sets `onEdit` (the footnote dialog): `at` is the note's position, or null for a new one. */
export interface FootnoteStorage {
  onEdit: ((editor: Editor, at: number | null) => boolean) | null;
}

declare module '@tiptap/core' {
  interface Storage {
    footnote: FootnoteStorage;
  }
  interface Commands<ReturnType> {
    footnote: {
      /** Inserts a footnote with `text` after the selection; the caret goes after it. */
      insertFootnote: (text: string) => ReturnType;
      /** Changes the text of the footnote at `pos`. */
      setFootnoteText: (pos: number, text: string) => ReturnType;
    };
  }
}

/** A note's text as the model keeps it: NFC, at most FOOTNOTE_MAX_CHARS characters. */
export function footnoteText(text: string): string {
  return toNfc(text).slice(0, FOOTNOTE_MAX_CHARS);
}

/** The footnote node at the selection, when a note itself is selected. */
export function selectedFootnote(state: { selection: unknown }): { pos: number; node: PmNode } | null {
  const sel = state.selection;
  return sel instanceof NodeSelection && sel.node.type.name === 'footnote' ? { pos: sel.from, node: sel.node } : null;
}

function rangeHasFootnote(doc: PmNode, from: number, to: number): boolean {
  let found = false;
  const a = Math.max(0, Math.min(from, to));
  const b = Math.min(doc.content.size, Math.max(from, to));
  if (a >= b) return false;
  doc.nodesBetween(a, b, (node) => {
    if (found) return false;
    if (node.type.name === 'footnote') found = true;
    return !found;
  });
  return found;
}

/**
 * Whether a transaction may have changed the notes (added, removed, edited, re-marked one): a step
 * touching a footnote before or after it. Typing elsewhere answers false after looking only at
 * the few positions it wrote, so the notes list under the page is never rebuilt per keystroke.
 */
export function touchesFootnotes(tr: Transaction): boolean {
  for (let i = 0; i < tr.steps.length; i++) {
    const step = tr.steps[i]!;
    const before = tr.docs[i]!;
    const after = i + 1 < tr.docs.length ? tr.docs[i + 1]! : tr.doc;
    if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) {
      if (rangeHasFootnote(before, step.from, step.to)) return true;
      continue;
    }
    let hit = false;
    let ranges = 0;
    step.getMap().forEach((oldStart, oldEnd, newStart, newEnd) => {
      ranges++;
      if (!hit) hit = rangeHasFootnote(before, oldStart, oldEnd) || rangeHasFootnote(after, newStart, newEnd);
    });
    // A step with no ranges (an attribute step) may have changed a note in place.
    if (hit || ranges === 0) return true;
  }
  return false;
}

interface FootnotesState {
  /** How many times the notes may have changed: the notes list re-reads them when this moves. */
  version: number;
  /** Each note's number, as a node decoration. */
  numbers: DecorationSet;
}

export const footnotesKey = new PluginKey<FootnotesState>('footnotes');

export function footnotesVersion(state: EditorState): number {
  return footnotesKey.getState(state)?.version ?? 0;
}

/** Every note numbered in reading order. */
function numberNotes(doc: PmNode): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === 'footnote') decorations.push(Decoration.node(pos, pos + node.nodeSize, { 'data-footnote-number': String(decorations.length + 1) }));
    return !node.isInline;
  });
  return DecorationSet.create(doc, decorations);
}

/// The `footnote` node: inline atom, attribute `text` (NFC, at most 4,000 characters).
export const Footnote = Node.create<Record<string, never>, FootnoteStorage>({
  name: 'footnote',
  group: 'inline',
  inline: true,
  atom: true,

  addStorage() {
    return { onEdit: null };
  },

  addAttributes() {
    return {
      text: {
        default: '',
        parseHTML: (el: HTMLElement) => footnoteText(el.getAttribute('data-footnote') ?? ''),
        renderHTML: (attrs: Record<string, unknown>) => ({ 'data-footnote': String(attrs['text'] ?? '') }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'sup[data-footnote]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    // The title shows the note on hover; the number is the CSS counter's.
    return ['sup', mergeAttributes({ class: 'footnote-ref', title: String(node.attrs['text'] ?? '') }, HTMLAttributes)];
  },

  addCommands() {
    return {
      insertFootnote:
        (text: string) =>
        ({ tr, state, dispatch }) => {
          const note = state.schema.nodes['footnote']!.create({ text: footnoteText(text) });
          const at = state.selection.to;
          if (!state.doc.resolve(at).parent.type.contentMatch.matchType(note.type)) return false;
          if (dispatch) {
            tr.insert(at, note);
            tr.setSelection(TextSelection.create(tr.doc, at + note.nodeSize)).scrollIntoView();
          }
          return true;
        },
      setFootnoteText:
        (pos: number, text: string) =>
        ({ tr, state, dispatch }) => {
          const node = state.doc.nodeAt(pos);
          if (node?.type.name !== 'footnote') return false;
          if (dispatch) tr.setNodeMarkup(pos, undefined, { ...node.attrs, text: footnoteText(text) });
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      'Ctrl-Alt-f': () => {
        const note = selectedFootnote(this.editor.state);
        return this.storage.onEdit?.(this.editor, note?.pos ?? null) ?? false;
      },
    };
  },

  addProseMirrorPlugins() {
    const editor = this.editor;
    const storage = this.storage;
    return [
      new Plugin<FootnotesState>({
        key: footnotesKey,
        state: {
          init: (_config, state) => ({ version: 0, numbers: numberNotes(state.doc) }),
          apply: (tr, old) => {
            if (!tr.docChanged) return old;
            if (touchesFootnotes(tr)) return { version: old.version + 1, numbers: numberNotes(tr.doc) };
            return { version: old.version, numbers: old.numbers.map(tr.mapping, tr.doc) };
          },
        },
        props: {
          decorations: (state) => footnotesKey.getState(state)?.numbers ?? null,
          // The note's own position (nodePos), not the click's, which may fall just after it.
          handleDoubleClickOn: (_view, _pos, node, nodePos) => node.type.name === 'footnote' && (storage.onEdit?.(editor, nodePos) ?? false),
          handleDOMEvents: {
            // Before any keymap: Enter on a selected note edits it rather than replacing it.
            keydown: (view, event) => {
              if (event.key !== 'Enter' || event.shiftKey || event.ctrlKey || event.metaKey || event.altKey) return false;
              const note = selectedFootnote(view.state);
              if (note === null || !view.editable || storage.onEdit === null) return false;
              event.preventDefault();
              return storage.onEdit(editor, note.pos);
            },
          },
        },
      }),
    ];
  },
});
