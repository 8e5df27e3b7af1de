/**
 * The comments column's own state (not the document's): which thread is focused, whether resolved
 * threads are shown, and the comment being written (its anchor is marked only once it is posted).
 */
import { createStore } from '../lib/store';

export interface CommentDraft {
  /** The new thread's id; the anchor mark will carry it. */
  thread: string;
  /** The selection it is about, or null for a general comment. */
  range: { from: number; to: number; quote: string } | null;
}

export interface CommentState {
  active: string | null;
  showResolved: boolean;
  draft: CommentDraft | null;
}

export const commentStore = createStore<CommentState>({ active: null, showResolved: false, draft: null });

export const setActiveThread = (active: string | null): void => commentStore.update((s) => (s.active === active ? s : { ...s, active }));

/** A fresh id for a thread or comment: short, unique enough, within core's id pattern. */
export const newReviewId = (prefix: string): string => `${prefix}${crypto.randomUUID().replace(/-/g, '').slice(0, 20)}`;
