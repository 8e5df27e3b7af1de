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
 * left to ProseMirror exactly as before. Plain text never reaches this hook.
 */
import { Extension } from '@tiptap/core';
import { DOMSerializer, Fragment, type Schema } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { cleanForeignHtml, type DroppedItem } from '../../../core/import/clean';
import { cellPastePlugin } from './cell-paste';

export const foreignPasteKey = new PluginKey('foreignPaste');

export interface ForeignPasteOptions {
  /** Told what a paste left out (never called for a paste that kept everything). */
  onDropped: (items: DroppedItem[]) => void;
}

/** ProseMirror's own clipboard markup: a copy from one of PressDesk's editors. */
const INTERNAL = /\sdata-pm-slice=/;

/** The pasted HTML as the schema's own HTML, or the HTML as it came when it is ours or cannot be cleaned. */
export function cleanPastedHtml(html: string, schema: Schema, onDropped: (items: DroppedItem[]) => void): string {
  if (INTERNAL.test(html)) return html;
  try {
    // legacy-paste.ts, registered in front of every paste plugin, has repaired legacy encodings.
    const cleaned = cleanForeignHtml(html, { mode: 'paste', legacyAlreadyRepaired: true });
    const fragment = Fragment.fromJSON(schema, cleaned.blocks);
    const holder = document.createElement('div');
    holder.appendChild(DOMSerializer.fromSchema(schema).serializeFragment(fragment));
    if (cleaned.dropped.length > 0) onDropped(cleaned.dropped);
    return holder.innerHTML;
  } catch {
    // Past the cleaner's limits or not valid for the schema: ProseMirror's own reading, as before.
    return html;
  }
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
      new Plugin({
        key: foreignPasteKey,
        props: { transformPastedHTML: (html, view) => cleanPastedHtml(html, view.state.schema, onDropped) },
      }),
      // Any paste into a table cell, foreign or not, kept inside the cell (cell-paste.ts).
      cellPastePlugin(onDropped),
    ];
  },
});
