/**
 * The message after an article was recognised (on import or on a paste into an empty release):
 * what went where, what was left out, and "Hoàn tác nhận dạng" / "Undo recognition", which puts
 * everything back as it came. Undo is offered until the next edit (as Word's AutoCorrect and
 * paste-options buttons are): after that it would throw the edit away.
 */
import type { ArticleReport } from '../../core/import/article';
import { createStore } from '../lib/store';
import { documentStore, onDocumentChange } from './document-store';

export interface ArticleNoticeState {
  report: ArticleReport;
  /** Undo is still offered (no edit since the recognition). */
  canUndo: boolean;
  /** The recognition was undone: the message says so. */
  undone: boolean;
}

export const articleNoticeStore = createStore<ArticleNoticeState | null>(null);

let undoAction: (() => void) | null = null;
let stop: (() => void) | null = null;

/** Closes the message when another document is loaded (New, Open, Import…). */
function followSession(): () => void {
  const session = documentStore.get().session;
  return documentStore.subscribe(() => {
    if (documentStore.get().session !== session) closeArticleNotice();
  });
}

/** Call after the recognised parts are in place: any change from here on ends the offer to undo. */
export function showArticleNotice(report: ArticleReport, undo: () => void): void {
  stop?.();
  undoAction = undo;
  articleNoticeStore.set({ report, canUndo: true, undone: false });
  const stopChanges = onDocumentChange(() => {
    const s = articleNoticeStore.get();
    undoAction = null;
    if (s !== null && s.canUndo) articleNoticeStore.set({ ...s, canUndo: false });
  });
  const stopSession = followSession();
  stop = () => {
    stopChanges();
    stopSession();
  };
}

export function undoRecognition(): void {
  const s = articleNoticeStore.get();
  const action = undoAction;
  if (s === null || !s.canUndo || action === null) return;
  stop?.();
  undoAction = null;
  action();
  articleNoticeStore.set({ ...s, canUndo: false, undone: true });
  stop = followSession();
}

export function closeArticleNotice(): void {
  stop?.();
  stop = null;
  undoAction = null;
  articleNoticeStore.set(null);
}
