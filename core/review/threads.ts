/**
 * Comment threads (issue 9): pure operations on `release.threads`. Each returns a new list (the
 * document store keeps the old one for undo) or says why it cannot. "Own" is decided as
 * people.ts samePerson: by key fingerprint, by name only where there is none. Anchors are the
 * `comment` marks in the body; a thread whose id no mark carries any more is an orphan, listed
 * as "text removed" rather than dropped.
 */
import type { Comment, Person, PmNode, Thread } from '../document/release';
import { MAX_COMMENT_TEXT, MAX_QUOTE } from '../document/thread-limits';
import { samePerson } from './people';

export type ThreadRefusal = 'no-thread' | 'no-comment' | 'not-own' | 'empty' | 'too-long' | 'resolved' | 'id-taken';
export type ThreadsOutcome = { ok: true; threads: Thread[] } | { ok: false; reason: ThreadRefusal };

/** What every new comment needs: its id (the caller makes ids), author and time. */
export interface NewComment {
  id: string;
  by: Person;
  at: string;
  text: string;
}

/** A comment's text as stored: NFC, trimmed; null when empty or too long (with the reason). */
function cleanText(text: string): { text: string } | { reason: 'empty' | 'too-long' } {
  const clean = text.normalize('NFC').trim();
  if (clean === '') return { reason: 'empty' };
  if (clean.length > MAX_COMMENT_TEXT) return { reason: 'too-long' };
  return { text: clean };
}

/** The quote kept with a thread: the selection's text, NFC, whitespace runs as one space, cut to the limit. */
export function quoteOf(text: string): string {
  const quote = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return quote.length > MAX_QUOTE ? `${quote.slice(0, MAX_QUOTE - 1)}…` : quote;
}

const fail = (reason: ThreadRefusal): ThreadsOutcome => ({ ok: false, reason });

function comment(input: NewComment): Comment | ThreadRefusal {
  const text = cleanText(input.text);
  if ('reason' in text) return text.reason;
  return { id: input.id, by: input.by, at: input.at, text: text.text, edited: null };
}

/** A new thread: on the selection whose text is `quote` (the caller marks the anchor), or general. */
export function addThread(threads: readonly Thread[], threadId: string, first: NewComment, anchor: { quote: string } | 'general'): ThreadsOutcome {
  if (threads.some((t) => t.id === threadId)) return fail('id-taken');
  const made = comment(first);
  if (typeof made === 'string') return fail(made);
  const general = anchor === 'general';
  return { ok: true, threads: [...threads, { id: threadId, general, quote: general ? '' : quoteOf(anchor.quote), resolved: null, comments: [made] }] };
}

/** One thread changed by `change`, or the refusal it returned. */
function update(threads: readonly Thread[], threadId: string, change: (t: Thread) => Thread | ThreadRefusal): ThreadsOutcome {
  const index = threads.findIndex((t) => t.id === threadId);
  if (index < 0) return fail('no-thread');
  const changed = change(threads[index]!);
  if (typeof changed === 'string') return fail(changed);
  return { ok: true, threads: threads.map((t, i) => (i === index ? changed : t)) };
}

/** A reply at the end of the thread. Replying to a resolved thread is refused: reopen it first. */
export function reply(threads: readonly Thread[], threadId: string, input: NewComment): ThreadsOutcome {
  return update(threads, threadId, (t) => {
    if (t.resolved !== null) return 'resolved';
    if (t.comments.some((c) => c.id === input.id)) return 'id-taken';
    const made = comment(input);
    return typeof made === 'string' ? made : { ...t, comments: [...t.comments, made] };
  });
}

/** Change the text of one's own comment; `edited` records when. */
export function editComment(threads: readonly Thread[], threadId: string, commentId: string, me: Person, text: string, at: string): ThreadsOutcome {
  return update(threads, threadId, (t) => {
    const target = t.comments.find((c) => c.id === commentId);
    if (target === undefined) return 'no-comment';
    if (!samePerson(target.by, me)) return 'not-own';
    const clean = cleanText(text);
    if ('reason' in clean) return clean.reason;
    if (clean.text === target.text) return t;
    return { ...t, comments: t.comments.map((c) => (c.id === commentId ? { ...c, text: clean.text, edited: at } : c)) };
  });
}

/** Whether `me` started the thread (wrote its first comment). */
export const ownsThread = (thread: Thread, me: Person): boolean => samePerson(thread.comments[0]!.by, me);

/**
 * Delete one's own comment. The first comment is the thread: deleting it deletes the thread
 * (deleteThread's rule). The caller removes the thread's anchor marks when the thread goes.
 */
export function deleteComment(threads: readonly Thread[], threadId: string, commentId: string, me: Person): ThreadsOutcome {
  const thread = threads.find((t) => t.id === threadId);
  if (thread === undefined) return fail('no-thread');
  if (thread.comments[0]?.id === commentId) return deleteThread(threads, threadId, me);
  return update(threads, threadId, (t) => {
    const target = t.comments.find((c) => c.id === commentId);
    if (target === undefined) return 'no-comment';
    if (!samePerson(target.by, me)) return 'not-own';
    return { ...t, comments: t.comments.filter((c) => c.id !== commentId) };
  });
}

/** Delete a thread one started, replies and all (as Word and Google Docs let its author). */
export function deleteThread(threads: readonly Thread[], threadId: string, me: Person): ThreadsOutcome {
  const thread = threads.find((t) => t.id === threadId);
  if (thread === undefined) return fail('no-thread');
  if (!ownsThread(thread, me)) return fail('not-own');
  return { ok: true, threads: threads.filter((t) => t.id !== threadId) };
}

/** Anyone may resolve or reopen a thread (the head of office closes the deputy's). */
export function resolveThread(threads: readonly Thread[], threadId: string, by: Person, at: string): ThreadsOutcome {
  return update(threads, threadId, (t) => (t.resolved !== null ? t : { ...t, resolved: { by, at } }));
}

export function reopenThread(threads: readonly Thread[], threadId: string): ThreadsOutcome {
  return update(threads, threadId, (t) => (t.resolved === null ? t : { ...t, resolved: null }));
}

/** The thread ids the body's comment marks carry, in document order (first appearance). */
export function anchoredThreadIds(body: { content?: PmNode[] }): string[] {
  const seen = new Set<string>();
  const stack: PmNode[] = [...(body.content ?? [])].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const mark of node.marks ?? []) {
      const id = mark.type === 'comment' ? mark.attrs?.['thread'] : undefined;
      if (typeof id === 'string') seen.add(id);
    }
    for (let i = (node.content?.length ?? 0) - 1; i >= 0; i--) stack.push(node.content![i]!);
  }
  return [...seen];
}

/** Threads whose anchored text was removed: not general, and no comment mark carries their id. */
export function orphanThreads(threads: readonly Thread[], body: { content?: PmNode[] }): Thread[] {
  const anchored = new Set(anchoredThreadIds(body));
  return threads.filter((t) => !t.general && !anchored.has(t.id));
}

/** Threads as the column lists them: general first, then anchored in document order, then the orphans. */
export function threadsInOrder(threads: readonly Thread[], body: { content?: PmNode[] }): { general: Thread[]; anchored: Thread[]; orphans: Thread[] } {
  const byId = new Map(threads.map((t) => [t.id, t]));
  const anchored = anchoredThreadIds(body)
    .map((id) => byId.get(id))
    .filter((t): t is Thread => t !== undefined && !t.general);
  return { general: threads.filter((t) => t.general), anchored, orphans: orphanThreads(threads, body) };
}
