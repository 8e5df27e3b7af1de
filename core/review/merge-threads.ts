/**
 * The threads half of merging a reviewer's copy (merge.ts): threads matched by id — a new thread
 * added, new replies appended, an edit or a resolution taken when the reviewer's is newer — and
 * each new thread's anchor placed: by its id where the body merge kept the reviewer's comment
 * mark, else on its quote where that text occurs exactly once, else kept as a general thread with
 * its quote and listed as not placed. Nothing the reviewer wrote is dropped.
 */
import type { Comment, Thread } from '../document/thread-schema';
import type { PmNode } from '../document/release';
import { isTextBlock } from './align';
import { normaliseMarks, type PmMark } from './tokens';

export interface ThreadsMerge {
  threads: Thread[];
  /** The body with anchors placed by quote. */
  content: PmNode[];
  threadsAdded: number;
  repliesAdded: number;
  /** Comments whose newer edit, and threads whose newer resolution, came in. */
  updatesTaken: number;
  /** New threads whose text could not be found: kept as general threads. */
  unplaced: Thread[];
}

const later = (a: string | null | undefined, b: string | null | undefined): boolean =>
  b != null && (a == null || Date.parse(b) > Date.parse(a));

/** Thread ids that have a comment mark somewhere in the body. */
export function anchoredThreads(nodes: readonly PmNode[] | undefined, into = new Set<string>()): Set<string> {
  for (const node of nodes ?? []) {
    for (const mark of node.marks ?? []) if (mark.type === 'comment') into.add(String(mark.attrs?.['thread']));
    anchoredThreads(node.content, into);
  }
  return into;
}

/** One comment written by the same person with the same words: how a copy without our ids (Word) is matched. */
const sameComment = (a: Comment, b: Comment): boolean => a.by.name === b.by.name && a.text.trim() === b.text.trim();

export function mergeThreads(mine: readonly Thread[], theirs: readonly Thread[], content: PmNode[]): ThreadsMerge {
  const byId = new Map(mine.map((t) => [t.id, t]));
  const theirIds = new Set(theirs.map((t) => t.id));
  // A thread the copy has under another id (Word numbers comments itself): the one started by the same first comment.
  const unclaimed = mine.filter((t) => !theirIds.has(t.id));
  const counterpart = (thread: Thread): Thread | undefined => {
    const i = unclaimed.findIndex((t) => sameComment(t.comments[0]!, thread.comments[0]!));
    return i < 0 ? undefined : unclaimed.splice(i, 1)[0];
  };
  const anchored = anchoredThreads(content);
  const result: ThreadsMerge = { threads: [], content, threadsAdded: 0, repliesAdded: 0, updatesTaken: 0, unplaced: [] };
  const merged = new Map<string, Thread>();
  for (const thread of mine) merged.set(thread.id, thread);
  for (const theirsThread of theirs) {
    const own = byId.get(theirsThread.id) ?? counterpart(theirsThread);
    if (own === undefined) {
      result.threadsAdded++;
      let thread = theirsThread;
      if (!thread.general && !anchored.has(thread.id)) {
        const placed = placeQuote(result.content, thread.id, thread.quote);
        if (placed === null) {
          thread = { ...thread, general: true };
          result.unplaced.push(thread);
        } else result.content = placed;
      }
      merged.set(thread.id, thread);
      continue;
    }
    merged.set(own.id, mergeOne(own, theirsThread, result));
  }
  result.threads = [...merged.values()];
  return result;
}

/** One thread both sides have: replies appended in time order, newer edits and resolution taken. */
function mergeOne(own: Thread, theirs: Thread, counts: ThreadsMerge): Thread {
  const matched = new Set<Comment>();
  const comments = own.comments.map((comment) => {
    const other = theirs.comments.find((c) => c.id === comment.id) ?? theirs.comments.find((c) => !matched.has(c) && sameComment(c, comment));
    if (other === undefined) return comment;
    matched.add(other);
    if (other.id !== comment.id || !later(comment.edited, other.edited)) return comment;
    counts.updatesTaken++;
    return other;
  });
  const known = new Set(comments.map((c) => c.id));
  const replies = theirs.comments.filter((c) => !matched.has(c) && !known.has(c.id));
  counts.repliesAdded += replies.length;
  const all = [...comments, ...replies].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  let resolved = own.resolved;
  if (theirs.resolved !== null && later(own.resolved?.at, theirs.resolved.at)) {
    counts.updatesTaken++;
    resolved = theirs.resolved;
  }
  return { ...own, comments: all, resolved };
}

/**
 * The body with a comment mark for `thread` over the one place its quote occurs inside a text
 * block, or null when it occurs nowhere or more than once (a guess would anchor the wrong words).
 */
export function placeQuote(content: PmNode[], thread: string, quote: string): PmNode[] | null {
  if (quote.trim() === '') return null;
  let found: { path: number[]; at: number } | null = null;
  let count = 0;
  const search = (nodes: readonly PmNode[], path: number[]): void => {
    nodes.forEach((node, i) => {
      if (count > 1) return;
      if (isTextBlock(node)) {
        const text = (node.content ?? []).map((n) => n.text ?? '\uFFFC').join('');
        for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
          count++;
          found = { path: [...path, i], at };
        }
      } else search(node.content ?? [], [...path, i]);
    });
  };
  search(content, []);
  if (count !== 1 || found === null) return null;
  const { path, at } = found as { path: number[]; at: number };
  const mark: PmMark = { type: 'comment', attrs: { thread } };
  const mapAt = (nodes: PmNode[], depth: number): PmNode[] =>
    nodes.map((node, i) => {
      if (i !== path[depth]) return node;
      if (depth < path.length - 1) return { ...node, content: mapAt(node.content ?? [], depth + 1) };
      return { ...node, content: markRange(node.content ?? [], at, at + quote.length, mark) };
    });
  return mapAt(content, 0);
}

/** Inline content with `mark` added over the characters [from, to) (an inline node counts as one). */
export function markRange(inline: readonly PmNode[], from: number, to: number, mark: PmMark): PmNode[] {
  const out: PmNode[] = [];
  let pos = 0;
  for (const node of inline) {
    const size = node.type === 'text' ? (node.text ?? '').length : 1;
    const start = Math.max(from - pos, 0);
    const end = Math.min(to - pos, size);
    const withMark = (n: PmNode): PmNode => ({ ...n, marks: normaliseMarks([...(n.marks ?? []), mark]) });
    if (end <= 0 || start >= size) out.push(node);
    else if (node.type !== 'text') out.push(withMark(node));
    else {
      const text = node.text ?? '';
      const part = (a: number, b: number): PmNode => ({ ...node, text: text.slice(a, b) });
      if (start > 0) out.push(part(0, start));
      out.push(withMark(part(start, end)));
      if (end < size) out.push(part(end, size));
    }
    pos += size;
  }
  return out;
}
