/**
 * The markers docx-review.ts put into document.xml, after mammoth and the HTML importer: turned
 * into the body's `comment`, `insertion` and `deletion` marks and `release.threads`.
 *
 * Choices where Word and PressDesk differ:
 * - A Word reviewer has no key: `by` / fingerprint is ''. Initials come from comments.xml, or from
 *   the name for a revision (Word keeps none).
 * - Revisions next to each other by one author at one time are one suggestion (a replacement is
 *   a w:del then a w:ins). Text inserted and then deleted counts as deleted (the inner one wins).
 * - A comment without a range in the body (a point, or anchored in the headline) is a general
 *   thread. A resolved ("done") thread is resolved by its last commenter at their comment's time:
 *   Word does not record who resolved it.
 * - The headline and sapo have no marks: changes in them are taken as accepted, and said so.
 */
import type { PmNode, Release, Thread } from '../document/release';
import { MARKER_CLOSE, MARKER_OPEN, type MarkedDocument, type WordComment } from './docx-review';

type Mark = NonNullable<PmNode['marks']>[number];

export interface ReviewImport {
  release: Release;
  /** Comments (replies included) and suggestions that came in. */
  comments: number;
  suggestions: number;
  /** What could not come in as it was, in words (for the log and the CLI). */
  dropped: string[];
}

/**
 * At most this many comment ranges anchor one run: beyond it (a file with thousands of overlapping
 * ranges) the marks would grow as ranges x runs. A thread past it comes in general, and is counted.
 */
export const MAX_OVERLAPPING_COMMENTS = 100;

const MARKER = new RegExp(`${MARKER_OPEN}([^${MARKER_CLOSE}]{1,24})${MARKER_CLOSE}`, 'g');
const ANY_MARKER = new RegExp(`${MARKER_OPEN}[^${MARKER_CLOSE}]{0,24}${MARKER_CLOSE}|[${MARKER_OPEN}${MARKER_CLOSE}]`, 'g');

/** ISO 8601 with a zone, as the release's schema wants it; `fallback` when Word wrote none. */
export function isoDate(date: string, fallback: string): string {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}:\d{2})?$/.exec(date.trim());
  if (!m) return fallback;
  return `${m[1]}${m[2] ?? 'Z'}`;
}

/** "Nguyễn Thị Hà" -> "NTH": the first letter of each word, at most 4. */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((w) => [...w][0]!.toLocaleUpperCase('vi'))
    .slice(0, 4)
    .join('');
}

/** A headline or sapo without markers, its suggested changes taken as accepted. */
function acceptedText(text: string, revisions: MarkedDocument['revisions']): { text: string; changed: boolean } {
  let changed = false;
  const deleting: boolean[] = [];
  let out = '';
  let last = 0;
  for (const m of text.matchAll(MARKER)) {
    if (!deleting.includes(true)) out += text.slice(last, m.index);
    last = m.index + m[0].length;
    const code = m[1]!;
    if (code.startsWith('i')) {
      changed = true;
      deleting.push(revisions[Number(code.slice(1))]?.kind === 'deletion');
    } else if (code.startsWith('/')) deleting.pop();
  }
  if (!deleting.includes(true)) out += text.slice(last);
  return { text: out.replace(ANY_MARKER, ''), changed };
}

/**
 * The imported release with Word's review layer as marks and threads. `idPrefix` keeps ids from
 * two imported copies apart (letters, digits, - and _); `now` dates a comment Word left undated.
 */
export function applyWordReview(release: Release, comments: readonly WordComment[], marked: MarkedDocument, idPrefix: string, now: string): ReviewImport {
  const dropped: string[] = [];
  const byId = new Map(comments.map((c) => [c.id, c]));
  const rootOf = (c: WordComment): WordComment => {
    let at = c;
    for (let hops = 0; at.parent !== null && hops < 100; hops++) at = byId.get(at.parent) ?? at;
    return at;
  };
  const threadId = (root: WordComment): string => `${idPrefix}c${root.id.replace(/[^A-Za-z0-9_-]/g, '')}`;
  const threadOfComment = new Map(comments.map((c) => [c.id, threadId(rootOf(c))]));

  // Walk the body in order: comment ranges and revisions open and close across paragraphs.
  const activeThreads = new Map<string, number>();
  let overflow = 0;
  // The first MAX_OVERLAPPING_COMMENTS open ranges, without walking all of them.
  const anchoring = (): string[] => {
    const out: string[] = [];
    for (const thread of activeThreads.keys()) {
      if (out.length === MAX_OVERLAPPING_COMMENTS) {
        overflow = Math.max(overflow, activeThreads.size - MAX_OVERLAPPING_COMMENTS);
        break;
      }
      out.push(thread);
    }
    return out;
  };
  const openRevisions: number[] = [];
  const suggestionOf = new Map<number, string>();
  let lastClosed: { n: number; textSince: boolean } | null = null;
  const quotes = new Map<string, string>();
  const revisions = marked.revisions;
  const suggestionIds = new Set<string>();

  const revisionMark = (n: number): Mark => {
    const r = revisions[n]!;
    const name = r.author.normalize('NFC').slice(0, 200);
    const attrs = { id: suggestionOf.get(n)!, by: '', name, initials: initialsOf(name).slice(0, 8), at: isoDate(r.date, now).slice(0, 64) };
    return { type: r.kind, attrs };
  };
  const marksNow = (own: readonly Mark[]): Mark[] => {
    const review: Mark[] = anchoring().map((thread) => ({ type: 'comment', attrs: { thread } }));
    const n = openRevisions.at(-1);
    if (n !== undefined) {
      review.push(revisionMark(n));
      // Counted where text carries it: an insertion whose text was all deleted again has none.
      suggestionIds.add(suggestionOf.get(n)!);
    }
    return [...review, ...own.filter((m) => m.type !== 'comment' && m.type !== 'insertion' && m.type !== 'deletion')];
  };
  const onMarker = (code: string): void => {
    const kind = code[0];
    const rest = code.slice(1);
    if (kind === 'c' || kind === 'e') {
      const thread = threadOfComment.get(rest);
      if (thread === undefined) return;
      const depth = activeThreads.get(thread) ?? 0;
      // Replies repeat their thread's range: count them so the thread closes with the last.
      if (kind === 'c') activeThreads.set(thread, depth + 1);
      else if (depth <= 1) activeThreads.delete(thread);
      else activeThreads.set(thread, depth - 1);
    } else if (kind === 'i') {
      const n = Number(rest);
      const r = revisions[n];
      if (r === undefined) return;
      const prev = lastClosed && !lastClosed.textSince ? revisions[lastClosed.n] : undefined;
      const joined = prev !== undefined && prev.author === r.author && prev.date === r.date && lastClosed !== null;
      suggestionOf.set(n, joined ? suggestionOf.get(lastClosed!.n)! : `${idPrefix}s${n}`);
      openRevisions.push(n);
    } else if (kind === '/') {
      const n = openRevisions.pop();
      if (n !== undefined) lastClosed = { n, textSince: false };
    }
  };
  const inline = (node: PmNode): PmNode[] => {
    if (node.type !== 'text') return [{ ...node, ...(openRevisions.length + activeThreads.size > 0 ? { marks: marksNow(node.marks ?? []) } : {}) }];
    const text = node.text ?? '';
    const out: PmNode[] = [];
    let last = 0;
    const piece = (t: string): void => {
      if (t === '') return;
      if (lastClosed) lastClosed.textSince = true;
      for (const thread of anchoring()) quotes.set(thread, ((quotes.get(thread) ?? '') + t).slice(0, 2_000));
      const marks = marksNow(node.marks ?? []);
      out.push({ type: 'text', text: t, ...(marks.length > 0 ? { marks } : {}) });
    };
    for (const m of text.matchAll(MARKER)) {
      piece(text.slice(last, m.index).replace(ANY_MARKER, ''));
      onMarker(m[1]!);
      last = m.index + m[0].length;
    }
    piece(text.slice(last).replace(ANY_MARKER, ''));
    return out;
  };
  const walk = (node: PmNode): PmNode => {
    if (!node.content) return node;
    const textblock = node.content.some((c) => c.type === 'text' || c.type === 'hardBreak');
    return { ...node, content: textblock ? node.content.flatMap(inline) : node.content.map(walk) };
  };
  const body = walk(release.body as PmNode) as Release['body'];

  const fields: Partial<Release> = {};
  for (const key of ['headline', 'subhead', 'sapo'] as const) {
    const { text, changed } = acceptedText(release[key], revisions);
    fields[key] = text;
    if (changed) dropped.push(`tracked changes in the ${key} were taken as accepted (it has no suggestions)`);
  }

  const threads: Thread[] = [];
  for (const root of comments.filter((c) => rootOf(c) === c)) {
    const id = threadId(root);
    const members = comments.filter((c) => threadOfComment.get(c.id) === id);
    const person = (c: WordComment) => ({ name: c.author.normalize('NFC').slice(0, 200), initials: (c.initials || initialsOf(c.author)).normalize('NFC').slice(0, 8), fingerprint: '' });
    const quote = quotes.get(id) ?? '';
    const lastComment = members.at(-1)!;
    threads.push({
      id,
      general: quote === '',
      quote,
      resolved: members.some((c) => c.done) ? { by: person(lastComment), at: isoDate(lastComment.date, now) } : null,
      comments: members.slice(0, 500).map((c, k) => ({ id: `${id}r${k}`, by: person(c), at: isoDate(c.date, now), text: c.text.normalize('NFC').slice(0, 10_000), edited: null })),
    });
  }
  if (overflow > 0) dropped.push(`${overflow} comment ranges overlapping more than ${MAX_OVERLAPPING_COMMENTS} others came in as general threads`);
  if (marked.formatChanges > 0) dropped.push(`${marked.formatChanges} formatting changes kept as they stand (PressDesk suggests text only)`);
  if (marked.paragraphMarks > 0) dropped.push(`${marked.paragraphMarks} inserted or deleted paragraph breaks kept as they stand`);
  const commentsIn = threads.reduce((n, t) => n + t.comments.length, 0);
  return { release: { ...release, ...fields, body, threads: [...release.threads, ...threads] }, comments: commentsIn, suggestions: suggestionIds.size, dropped };
}
