import { describe, expect, it } from 'vitest';
import { kitchenSinkReviewRelease, REVIEW_AUTHOR, REVIEW_REVIEWER } from '../document/kitchen-sink-review';
import { releaseSchema, type Person, type PmNode, type Thread } from '../document/release';
import {
  addThread,
  anchoredThreadIds,
  deleteComment,
  deleteThread,
  editComment,
  orphanThreads,
  quoteOf,
  reopenThread,
  reply,
  resolveThread,
  threadsInOrder,
  type ThreadsOutcome,
} from './threads';

const AT = '2026-11-28T10:00:00+07:00';
const LATER = '2026-11-28T11:00:00+07:00';
const me: Person = REVIEW_AUTHOR;
const other: Person = REVIEW_REVIEWER;
const wordReviewer: Person = { name: 'Lê Hùng', initials: 'LH', fingerprint: '' };

const ok = (outcome: ThreadsOutcome): Thread[] => {
  if (!outcome.ok) throw new Error(`refused: ${outcome.reason}`);
  return outcome.threads;
};
const refusal = (outcome: ThreadsOutcome): string => (outcome.ok ? 'ok' : outcome.reason);
const started = (): Thread[] => ok(addThread([], 't1', { id: 'c1', by: me, at: AT, text: '  Sửa câu này ' }, { quote: 'Trưởng  ban\ntỉnh' }));

describe('threads', () => {
  it('adds a thread from a selection: quote and text NFC and tidied, open, one comment', () => {
    expect(started()).toEqual([
      { id: 't1', general: false, quote: 'Trưởng ban tỉnh', resolved: null, comments: [{ id: 'c1', by: me, at: AT, text: 'Sửa câu này', edited: null }] },
    ]);
    const nfd = ok(addThread([], 't2', { id: 'c', by: me, at: AT, text: 'Xóa'.normalize('NFD') }, { quote: 'Điện Biên'.normalize('NFD') }))[0]!;
    expect(nfd.quote).toBe('Điện Biên');
    expect(nfd.comments[0]!.text).toBe('Xóa');
  });

  it('adds a general thread (no anchor, no quote) and refuses empty text, long text and a taken id', () => {
    expect(ok(addThread(started(), 'g', { id: 'c', by: other, at: AT, text: 'Chung' }, 'general'))[1]).toMatchObject({ id: 'g', general: true, quote: '' });
    expect(refusal(addThread([], 't', { id: 'c', by: me, at: AT, text: ' \n ' }, 'general'))).toBe('empty');
    expect(refusal(addThread([], 't', { id: 'c', by: me, at: AT, text: 'a'.repeat(10_001) }, 'general'))).toBe('too-long');
    expect(refusal(addThread(started(), 't1', { id: 'c', by: me, at: AT, text: 'x' }, 'general'))).toBe('id-taken');
    expect(quoteOf('a'.repeat(3_000))).toHaveLength(2_000);
  });

  it('replies, and refuses a reply to a resolved thread until it is reopened', () => {
    const replied = ok(reply(started(), 't1', { id: 'c2', by: other, at: LATER, text: 'Đồng ý' }));
    expect(replied[0]!.comments.map((c) => [c.id, c.by.name, c.text])).toEqual([
      ['c1', me.name, 'Sửa câu này'],
      ['c2', other.name, 'Đồng ý'],
    ]);
    const resolved = ok(resolveThread(replied, 't1', other, LATER));
    expect(resolved[0]!.resolved).toEqual({ by: other, at: LATER });
    expect(refusal(reply(resolved, 't1', { id: 'c3', by: me, at: LATER, text: 'x' }))).toBe('resolved');
    const reopened = ok(reopenThread(resolved, 't1'));
    expect(reopened[0]!.resolved).toBeNull();
    expect(ok(reply(reopened, 't1', { id: 'c3', by: me, at: LATER, text: 'Sửa xong' }))[0]!.comments).toHaveLength(3);
    expect(refusal(reply(reopened, 'nope', { id: 'c3', by: me, at: LATER, text: 'x' }))).toBe('no-thread');
  });

  it('edits only one own comment, recording when', () => {
    const threads = ok(reply(started(), 't1', { id: 'c2', by: other, at: AT, text: 'Đồng ý' }));
    const edited = ok(editComment(threads, 't1', 'c1', me, 'Sửa đoạn này', LATER));
    expect(edited[0]!.comments[0]).toMatchObject({ text: 'Sửa đoạn này', edited: LATER });
    expect(edited[0]!.comments[1]).toEqual(threads[0]!.comments[1]);
    expect(refusal(editComment(threads, 't1', 'c2', me, 'x', LATER))).toBe('not-own');
    expect(refusal(editComment(threads, 't1', 'c9', me, 'x', LATER))).toBe('no-comment');
    expect(refusal(editComment(threads, 't1', 'c1', me, '  ', LATER))).toBe('empty');
    // Same key, another name on the profile: still mine. Same name, another key: not mine.
    expect(editComment(threads, 't1', 'c1', { ...me, name: 'An' }, 'y', LATER).ok).toBe(true);
    expect(refusal(editComment(threads, 't1', 'c1', { ...me, fingerprint: 'cd'.repeat(32) }, 'y', LATER))).toBe('not-own');
  });

  it('a Word reviewer without a key owns comments by name', () => {
    const threads = ok(addThread([], 'w', { id: 'c', by: wordReviewer, at: AT, text: 'Từ Word' }, { quote: 'x' }));
    expect(editComment(threads, 'w', 'c', { name: 'Lê Hùng', initials: 'LH', fingerprint: '' }, 'Sửa', LATER).ok).toBe(true);
    expect(refusal(deleteThread(threads, 'w', me))).toBe('not-own');
  });

  it('deletes an own reply; deleting the first comment deletes the thread, only for whoever started it', () => {
    const threads = ok(reply(started(), 't1', { id: 'c2', by: other, at: AT, text: 'Đồng ý' }));
    expect(refusal(deleteComment(threads, 't1', 'c2', me))).toBe('not-own');
    expect(ok(deleteComment(threads, 't1', 'c2', other))[0]!.comments.map((c) => c.id)).toEqual(['c1']);
    expect(refusal(deleteComment(threads, 't1', 'c1', other))).toBe('not-own');
    expect(ok(deleteComment(threads, 't1', 'c1', me))).toEqual([]);
    expect(ok(deleteThread(threads, 't1', me))).toEqual([]);
    expect(refusal(deleteThread(threads, 't1', other))).toBe('not-own');
  });

  it('every result stays valid for the release schema', () => {
    const { release } = kitchenSinkReviewRelease();
    let threads = ok(addThread(release.threads, 'new', { id: 'n1', by: me, at: AT, text: 'Mới' }, { quote: 'Sáng 8/1' }));
    threads = ok(reply(threads, 'new', { id: 'n2', by: other, at: AT, text: 'Trả lời' }));
    threads = ok(resolveThread(threads, 'new', other, LATER));
    expect(releaseSchema.safeParse({ ...release, threads }).error?.issues ?? []).toEqual([]);
  });
});

describe('anchors and orphans', () => {
  const { release } = kitchenSinkReviewRelease();

  it('reads the anchored thread ids in document order, overlapping anchors included', () => {
    expect(anchoredThreadIds(release.body)).toEqual(['t-org', 't-overlap', 't-resolved', 't-link']);
  });

  it('lists threads whose text was removed as orphans, never general ones', () => {
    expect(orphanThreads(release.threads, release.body).map((t) => t.id)).toEqual(['t-removed']);
    // Deleting the anchored text (every run carrying the mark) makes its thread an orphan; the thread stays.
    const strip = (nodes: PmNode[]): PmNode[] =>
      nodes.filter((n) => !(n.marks ?? []).some((m) => m.type === 'comment' && m.attrs?.['thread'] === 't-link')).map((n) => (n.content ? { ...n, content: strip(n.content) } : n));
    const body = { type: 'doc' as const, content: strip(release.body.content) };
    expect(orphanThreads(release.threads, body).map((t) => t.id)).toEqual(['t-link', 't-removed']);
    const order = threadsInOrder(release.threads, body);
    expect(order.general.map((t) => t.id)).toEqual(['t-general']);
    expect(order.anchored.map((t) => t.id)).toEqual(['t-org', 't-overlap', 't-resolved']);
    expect(order.orphans.map((t) => t.id)).toEqual(['t-link', 't-removed']);
  });
});
