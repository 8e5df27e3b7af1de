/**
 * The body's TipTap editor. Built once per document session, never re-rendered by transactions:
 * React only hears about the editor through useEditorState selectors (toolbar) and the
 * document store (dirty flag, once).
 */
import { useEffect, useMemo } from 'react';
import { Editor } from '@tiptap/react';
import i18next from 'i18next';
import type { ReleaseBody } from '../../core/document/release';
import { attachEditor, bodyChanged, isKnownAsset } from '../app/document-store';
import { currentAuthor, loadReviewIdentity, suggestingStore } from '../app/review-author';
import { recount } from '../app/stats';
import { ensureAuthorName, hasAuthorName } from '../review/ask-name';
import { figureNodeView } from './figure-view';
import { insertImageFiles } from './insert-photo';
import { buildExtensions } from './schema';
import { useOwnEditor } from './own-editor';
import { showStatusNotice } from '../app/status-notice';
import { Spellcheck } from './extensions/spellcheck';
import { SelectionSync } from './extensions/selection-sync';
import { ForeignPaste } from './extensions/foreign-paste';
import { showPasteDropped } from '../app/dropped-report';
import { spellService } from '../spell/spell-app';
import { articlePasteKey, articlePastePlugin } from './extensions/article-paste';
import { takeArticlePaste } from '../app/article-paste';
import { showLegacyNotice } from '../app/legacy-notice';
import { legacyPastePlugin } from './extensions/legacy-paste';

function editorAttributes(): Record<string, string> {
  return {
    'aria-label': i18next.t('page.body'),
    'aria-multiline': 'true',
    class: 'body-text',
    lang: i18next.language,
  };
}

export function useBodyEditor(initialBody: ReleaseBody): Editor {
  const extensions = useMemo(() => {
    loadReviewIdentity();
    return [
      ...buildExtensions(
        {
          nodeView: figureNodeView,
          knownAsset: isKnownAsset,
          onImageFiles: (files, pos) => void insertImageFiles(files, pos),
        },
        { author: currentAuthor, onModeChange: (on) => suggestingStore.set(on), authorReady: hasAuthorName, askAuthor: ensureAuthorName },
        { onStructureRefused: () => showStatusNotice(i18next.t('table.refusedSuggesting')) },
      ),
      // Not part of the schema (decorations only), so not in buildExtensions' list that tests match to core.
      SelectionSync,
      Spellcheck.configure({ source: spellService() }),
      // Word, LibreOffice and web pastes through the import's cleaner; what it leaves out is said aloud.
      ForeignPaste.configure({ onDropped: showPasteDropped }),
    ];
  }, []);
  // Built in the render (as useEditor's immediatelyRender did); never re-rendered by transactions.
  const editor = useOwnEditor(
    () =>
      new Editor({
        extensions,
        content: initialBody,
        injectCSS: false, // the CSP forbids inline <style>; our stylesheet has the rules
        editorProps: { attributes: editorAttributes() },
        onUpdate: bodyChanged,
      }),
  );

  useEffect(() => {
    const detach = attachEditor(editor);
    // First among the paste handlers: a whole article pasted into an empty release is recognised.
    editor.registerPlugin(articlePastePlugin(takeArticlePaste), (plugin, plugins) => [plugin, ...plugins]);
    // Before every other paste transform: legacy encodings (TCVN3, VNI, VIQR) repaired while fonts and soft hyphens are there.
    editor.registerPlugin(legacyPastePlugin((report) => showLegacyNotice(report, 'paste')), (plugin, plugins) => [plugin, ...plugins]);
    recount();
    const relabel = (): void => editor.setOptions({ editorProps: { attributes: editorAttributes() } });
    i18next.on('languageChanged', relabel);
    return () => {
      i18next.off('languageChanged', relabel);
      if (!editor.isDestroyed) editor.unregisterPlugin(articlePasteKey);
      detach();
    };
  }, [editor]);

  return editor;
}
