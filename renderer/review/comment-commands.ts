/**
 * Comment actions: each changes `release.threads` through the document store (so save, autosave
 * and recovery carry it as any other edit) and, where an anchor is involved, the body through one
 * editor transaction kept out of the body's undo history. Pure thread rules are core/review/threads.ts.
 */
import type { Editor } from '@tiptap/core';
import type { Thread } from '../../core/document/release';
import * as threads from '../../core/review/threads';
import { documentStore, updateMeta } from '../app/document-store';
import { commentStore, newReviewId, setActiveThread } from './comment-state';
import { ensureAuthorName, hasAuthorName, withAuthorName } from './ask-name';
import { currentPerson } from './current-person';

const now = (): string => new Date().toISOString();

function apply(outcome: threads.ThreadsOutcome): boolean {
  if (!outcome.ok) return false;
  updateMeta((meta) => ({ ...meta, threads: outcome.threads }));
  return true;
}

const list = (): Thread[] => documentStore.get().meta.threads;

/** Start a comment on the selection (toolbar, context menu, Ctrl+Alt+M). False when nothing is selected. */
export function startComment(editor: Editor): boolean {
  const { from, to, empty } = editor.state.selection;
  if (empty || !editor.isEditable) return false;
  const quote = editor.state.doc.textBetween(from, to, ' ', ' ');
  if (quote.trim() === '') return false;
  if (!hasAuthorName()) {
    // Never a comment by nobody: the name first (once), then the same selection's comment.
    void ensureAuthorName().then((ok) => {
      if (ok && !editor.isDestroyed) startComment(editor);
    });
    return true;
  }
  commentStore.update((s) => ({ ...s, draft: { thread: newReviewId('t'), range: { from, to, quote } } }));
  return true;
}

/** Start a comment on the whole release (the column's header). */
export function startGeneralComment(): void {
  withAuthorName(() => commentStore.update((s) => ({ ...s, draft: { thread: newReviewId('t'), range: null } })));
}

export function cancelDraft(): void {
  commentStore.update((s) => ({ ...s, draft: null }));
}

/** Post the draft: the thread joins the release and, for a selection, its text is marked. */
export function postDraft(editor: Editor, text: string): boolean {
  const draft = commentStore.get().draft;
  if (draft === null) return false;
  const first = { id: newReviewId('c'), by: currentPerson(), at: now(), text };
  const range = draft.range;
  if (range !== null && range.to > editor.state.doc.content.size) return false;
  if (!apply(threads.addThread(list(), draft.thread, first, range === null ? 'general' : { quote: range.quote }))) return false;
  if (range !== null) {
    const type = editor.schema.marks['comment']!;
    // A raw addMark: TipTap's setMark would merge into another thread's anchor on the same text.
    // Not in the body's undo history (as in Word and Google Docs): Ctrl+Z undoes typing, never
    // strips a posted comment's anchor and leaves its thread "text removed".
    editor.view.dispatch(editor.state.tr.addMark(range.from, range.to, type.create({ thread: draft.thread })).setMeta('addToHistory', false));
  }
  commentStore.update((s) => ({ ...s, draft: null, active: draft.thread }));
  // Back to the text after the anchor: comment, then keep writing (never over the commented words).
  if (range !== null) editor.chain().setTextSelection(editor.state.selection.to).focus().run();
  return true;
}

export const replyTo = (thread: string, text: string): boolean => apply(threads.reply(list(), thread, { id: newReviewId('c'), by: currentPerson(), at: now(), text }));

export const editOwn = (thread: string, comment: string, text: string): boolean => apply(threads.editComment(list(), thread, comment, currentPerson(), text, now()));

export const resolve = (thread: string): boolean => apply(threads.resolveThread(list(), thread, currentPerson(), now()));

export const reopen = (thread: string): boolean => apply(threads.reopenThread(list(), thread));

/** Delete one's own comment; when it is the thread's first, the thread and its anchor go. */
export function deleteOwn(editor: Editor, thread: string, comment: string): boolean {
  const before = list();
  if (!apply(threads.deleteComment(before, thread, comment, currentPerson()))) return false;
  if (list().some((t) => t.id === thread)) return true;
  const type = editor.schema.marks['comment']!;
  editor.view.dispatch(editor.state.tr.removeMark(0, editor.state.doc.content.size, type.create({ thread })).setMeta('addToHistory', false));
  setActiveThread(null);
  return true;
}

/** Where a thread's anchor is in the body: from its first marked text to its last, or null. */
export function anchorRange(editor: Editor, thread: string): { from: number; to: number } | null {
  let from = -1;
  let to = -1;
  editor.state.doc.descendants((node, pos) => {
    if (node.isText && node.marks.some((m) => m.type.name === 'comment' && m.attrs['thread'] === thread)) {
      if (from < 0) from = pos;
      to = pos + node.nodeSize;
    }
    return true;
  });
  return from < 0 ? null : { from, to };
}

/** Every anchor's start in one walk of the body: thread id -> position. */
export function anchorStarts(editor: Editor): Map<string, number> {
  const starts = new Map<string, number>();
  editor.state.doc.descendants((node, pos) => {
    if (!node.isText) return true;
    for (const mark of node.marks) {
      if (mark.type.name !== 'comment') continue;
      const id = mark.attrs['thread'] as string;
      if (!starts.has(id)) starts.set(id, pos);
    }
    return false;
  });
  return starts;
}

/** Select and show a thread's anchor (clicking its card). */
export function revealAnchor(editor: Editor, thread: string): void {
  setActiveThread(thread);
  const range = anchorRange(editor, thread);
  if (range === null) return;
  editor.chain().setTextSelection(range).scrollIntoView().run();
}

/** The threads the caret is in (innermost first by start), for clicking an anchor. */
export function threadsAt(editor: Editor, pos: number): string[] {
  const $pos = editor.state.doc.resolve(pos);
  const marks = [...($pos.nodeAfter?.marks ?? []), ...($pos.nodeBefore?.marks ?? [])];
  return [...new Set(marks.filter((m) => m.type.name === 'comment').map((m) => m.attrs['thread'] as string))];
}
