/**
 * The words of the selection, for the status bar ("12 / 1.234 từ"): the body's selection while the
 * body has focus, a sheet field's while it does. Counted once per frame at most, on the document's
 * selectionchange (the browser fires it for the body and for text areas alike), never per keystroke
 * when nothing is selected.
 */
import { countWords } from '../../core/vi/word-count';
import { createStore } from '../lib/store';
import { currentEditor } from './document-store';

/** Words selected, or null when nothing is selected. */
export const selectionWordsStore = createStore<number | null>(null);

export function selectedText(): string {
  const active = document.activeElement;
  if (active instanceof HTMLTextAreaElement && active.dataset['field'] !== undefined) {
    return active.value.slice(active.selectionStart, active.selectionEnd);
  }
  const editor = currentEditor();
  if (editor === null || editor.isDestroyed || !editor.view.hasFocus()) return '';
  const { from, to, empty } = editor.state.selection;
  // Blocks apart by a space: two paragraphs' edge words are two words.
  return empty ? '' : editor.state.doc.textBetween(from, to, ' ', ' ');
}

export function recountSelection(): void {
  const text = selectedText();
  selectionWordsStore.set(text === '' ? null : countWords(text));
}

export function startSelectionStats(): () => void {
  let frame: number | null = null;
  const schedule = (): void => {
    if (frame !== null) return;
    frame = requestAnimationFrame(() => {
      frame = null;
      recountSelection();
    });
  };
  document.addEventListener('selectionchange', schedule);
  return () => {
    document.removeEventListener('selectionchange', schedule);
    if (frame !== null) cancelAnimationFrame(frame);
  };
}
