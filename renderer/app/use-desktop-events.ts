/**
 * Everything that reaches the renderer from outside the React tree: menu commands from the main
 * process, keyboard shortcuts (browser host only — in Electron the menu accelerators send the
 * commands), files dropped on the window, the unload guard, and the window title/close guard.
 */
import { useEffect } from 'react';
import i18next from 'i18next';
import type { MenuCommand } from '../desktop';
import { desktop } from '../desktop';
import { isImageFile } from '../editor/extensions/figure';
import { insertImageFiles } from '../editor/insert-photo';
import { insertPhotoFromDialog } from '../editor/insert-photo';
import { currentEditor, documentName, documentStore } from './document-store';
import { openLegacyConvert } from '../editor/legacy-convert-dialog';
import { importDocument, openExportDialog } from './export-commands';
import { newDocument, openDocument, openDroppedFile, requestClose, save, saveAs } from './file-commands';
import { mergeReviewedCopy } from './merge-commands';
import { printCurrent } from './print-command';
import { openAbout, openSettings, uiStore } from './ui-store';
import { openFindBar } from '../components/find-bar';

function undoRedo(kind: 'undo' | 'redo'): void {
  const active = document.activeElement;
  // The headline, sapo and side-panel fields have the browser's own undo.
  if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) {
    document.execCommand(kind);
    return;
  }
  const editor = currentEditor();
  if (editor === null) return;
  if (kind === 'undo') editor.chain().focus().undo().run();
  else editor.chain().focus().redo().run();
}

export function handleCommand(command: MenuCommand): void {
  switch (command.type) {
    case 'new':
      return void newDocument(command.kind);
    case 'open':
      return void openDocument();
    case 'open-path':
      return void openDocument(command.path);
    case 'save':
      return void save();
    case 'save-as':
      return void saveAs();
    case 'close':
    case 'close-requested':
      return void requestClose();
    case 'export':
      return openExportDialog(true);
    case 'print':
      return void printCurrent();
    case 'insert-photo': {
      const editor = currentEditor();
      return editor === null ? undefined : void insertPhotoFromDialog(editor);
    }
    case 'import':
      return void importDocument();
    case 'merge-review':
      return void mergeReviewedCopy();
    case 'settings':
      return openSettings(true);
    case 'about':
      return openAbout(true);
    case 'undo':
    case 'redo':
      return undoRedo(command.type);
    case 'find':
    case 'replace':
      return openFindBar(command.type === 'replace');
    case 'convert-legacy': {
      const editor = currentEditor();
      return editor === null ? undefined : openLegacyConvert(editor);
    }
    default: {
      const unknown: never = command;
      console.warn('Unknown menu command', unknown);
    }
  }
}

/** Ctrl/Cmd+S, Shift+Ctrl/Cmd+S, Ctrl/Cmd+O, Ctrl/Cmd+N as menu commands (B/I/U/Z/Y are TipTap's). */
export function shortcutCommand(e: KeyboardEvent): MenuCommand | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 's') return e.shiftKey ? { type: 'save-as' } : { type: 'save' };
  if (key === 'o' && !e.shiftKey) return { type: 'open' };
  // Export is Shift+X: Shift+E is Suggesting mode in the editor (Word's Track changes).
  if (key === 'x' && e.shiftKey) return { type: 'export' };
  if (key === 'p' && e.shiftKey) return { type: 'insert-photo' };
  if (key === 'n' && !e.shiftKey) return { type: 'new', kind: 'news' };
  // The browser's own Ctrl+P would print the app's chrome: ours prints the release's page.
  if (key === 'p' && !e.shiftKey) return { type: 'print' };
  return null;
}

function documentTitle(): { title: string; dirty: boolean } {
  const s = documentStore.get();
  return { title: documentName(s) ?? i18next.t('app.untitled'), dirty: s.dirty };
}

export function useDesktopEvents(host: 'electron' | 'browser-host'): void {
  useEffect(() => desktop.onCommand(handleCommand), []);

  useEffect(() => {
    if (host !== 'browser-host') return undefined;
    const onKey = (e: KeyboardEvent): void => {
      const command = shortcutCommand(e);
      if (command === null || uiStore.get().question !== null) return;
      e.preventDefault();
      handleCommand(command);
    };
    const onBeforeUnload = (e: BeforeUnloadEvent): void => {
      if (!documentStore.get().dirty) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [host]);

  useEffect(() => {
    const hasFiles = (e: DragEvent): boolean => e.dataTransfer?.types.includes('Files') ?? false;
    const onDragOver = (e: DragEvent): void => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    // Capture phase: a .pressdesk (or any other file) dropped anywhere opens; photos go into the
    // body where they were dropped (or at the cursor), checked by the main process like any other.
    const onDrop = (e: DragEvent): void => {
      const files = [...(e.dataTransfer?.files ?? [])];
      const file = files[0];
      if (!hasFiles(e) || file === undefined) return;
      e.preventDefault();
      e.stopPropagation();
      const images = files.filter((f) => isImageFile(f) && !/\.pressdesk$/i.test(f.name));
      if (images.length === 0) return void openDroppedFile(file);
      const editor = currentEditor();
      const inBody = editor !== null && e.target instanceof Node && editor.view.dom.contains(e.target);
      const at = inBody ? editor.view.posAtCoords({ left: e.clientX, top: e.clientY })?.pos : undefined;
      void insertImageFiles(images, at);
    };
    window.addEventListener('dragover', onDragOver, true);
    window.addEventListener('drop', onDrop, true);
    return () => {
      window.removeEventListener('dragover', onDragOver, true);
      window.removeEventListener('drop', onDrop, true);
    };
  }, []);

  useEffect(() => {
    let last = { title: '', dirty: false };
    let first = true;
    const sync = (): void => {
      const next = documentTitle();
      if (!first && next.title === last.title && next.dirty === last.dirty) return;
      first = false;
      last = next;
      document.title = `${next.dirty ? '• ' : ''}${next.title} — PressDesk`;
      void desktop.setDocumentState(next);
    };
    sync();
    const unsubscribe = documentStore.subscribe(sync);
    i18next.on('languageChanged', sync);
    return () => {
      unsubscribe();
      i18next.off('languageChanged', sync);
    };
  }, []);
}
