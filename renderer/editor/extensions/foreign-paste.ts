/**
 * HTML pasted into the body from elsewhere — Word, LibreOffice, Google Docs, a web page — goes
 * through the one foreign-HTML cleaner an import uses (core/import/clean): Word's list
 * paragraphs become real lists, headings stay headings, tables stay tables, footnotes become
 * footnotes, and what cannot come in is counted for the message. The cleaner's blocks are
 * written back as HTML by the editor's own schema inside transformPastedHTML, so everything
 * ProseMirror does with a paste afterwards stays as it is: fitting the slice at the caret,
 * Suggesting mode, the article recogniser, comment anchors dropped, NFC.
 *
 * A copy from PressDesk itself (ProseMirror marks it with data-pm-slice) is not foreign: it is
 * left to ProseMirror exactly as before. Plain text never reaches this hook. The cleaner is in the
 * paste pipeline's chunk (paste-loader.ts); a paste arriving before it waits (paste-gate.ts).
 */
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { DroppedItem } from '../../../core/import/clean';
import { pastePipeline } from '../paste-loader';
import { cellPastePlugin } from './cell-paste';
import { pasteGatePlugin } from './paste-gate';

export const foreignPasteKey = new PluginKey('foreignPaste');

export interface ForeignPasteOptions {
  /** Told what a paste left out (never called for a paste that kept everything). */
  onDropped: (items: DroppedItem[]) => void;
}

/// Cleans foreign HTML pastes with the import's cleaner; runs before the other paste transforms
/// (high priority), which rename inline styles the cleaner still needs to read.
export const ForeignPaste = Extension.create<ForeignPasteOptions>({
  name: 'foreignPaste',
  priority: 1000,

  addOptions() {
    return { onDropped: () => undefined };
  },

  addProseMirrorPlugins() {
    const onDropped = (items: DroppedItem[]): void => this.options.onDropped(items);
    return [
      // First: a paste before the pipeline is loaded waits for it, then comes through here.
      pasteGatePlugin(),
      new Plugin({
        key: foreignPasteKey,
        props: { transformPastedHTML: (html, view) => pastePipeline()?.cleanPastedHtml(html, view.state.schema, onDropped) ?? html },
      }),
      // Any paste into a table cell, foreign or not, kept inside the cell (cell-paste.ts).
      cellPastePlugin(onDropped),
    ];
  },
});
