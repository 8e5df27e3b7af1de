/**
 * The manual conversion dialog (renderer/editor/legacy-convert.ts): the officer picks the old
 * encoding (detection's guess preselected), sees the selection before and after, and converts it
 * as one undo step. Opened from the body's context menu and the format toolbar. The dialog itself,
 * with the decoding tables, is loaded when first opened (legacy-convert-form.tsx).
 */
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '@tiptap/core';
import { createStore, useStore } from '../lib/store';
import { addEditorMenuItems } from '../review/editor-context-menu';
import { selectionText } from './selection-text';

const ConvertModal = lazy(async () => ({ default: (await import('./legacy-convert-form')).ConvertModal }));

/** The selection's text when the dialog was asked for (null: closed). */
const legacyConvertStore = createStore<{ text: string } | null>(null);

export function openLegacyConvert(editor: Editor): void {
  legacyConvertStore.set({ text: selectionText(editor.state) });
}

/** Mounted once beside the body editor: the dialog when open, and the context menu's item. */
export function LegacyConvertDialog({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const open = useStore(legacyConvertStore, (s) => s);
  useEffect(
    () =>
      // Only with text selected: there is nothing to convert otherwise.
      addEditorMenuItems((ed) =>
        ed.state.selection.empty ? [] : [{ id: 'legacy-convert', label: t('legacy.command'), enabled: ed.isEditable, run: () => openLegacyConvert(ed) }],
      ),
    [t],
  );
  if (open === null) return null;
  const close = (): void => {
    legacyConvertStore.set(null);
    editor.commands.focus();
  };
  return (
    <Suspense fallback={null}>
      <ConvertModal editor={editor} text={open.text} close={close} />
    </Suspense>
  );
}
