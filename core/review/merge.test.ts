import { describe, expect, it } from 'vitest';
import { checkBody } from '../document/body-check';
import { packRelease, unpackRelease } from '../document/file-format';
import { createRelease, releaseSchema, type PmNode, type Release } from '../document/release';
import type { Body } from './diff';
import { guessReviewer, mergeReview, sharesText } from './merge';
import { publishedBody } from './snapshot';
import { anchor, authorRelease, LATER, MERGED_AT, NOBODY, REVIEWER, reviewedCopy, sug, thread } from './test-merge-fixture';
import { acceptedText, doc, marksOf, para, paras, plainText, rejectedText, textWith, txt } from './test-review';

const roundTrip = (release: Release): Release => unpackRelease(packRelease(release)).release;

describe('mergeReview', () => {
  it("brings a reviewer's .pressdesk back: threads, replies, resolution, suggestions, and direct edits as suggestions by the reviewer", () => {
    const author = roundTrip(authorRelease());
    const reviewed = roundTrip(reviewedCopy(author));
    const { release, report } = mergeReview(author, reviewed, { fallbackReviewer: NOBODY, at: MERGED_AT });

    expect(releaseSchema.safeParse(release).success).toBe(true);
    expect(checkBody(release.body)).toBeNull();
    expect(report).toMatchObject({ reviewer: REVIEWER, threadsAdded: 3, repliesAdded: 2, updatesTaken: 1, suggestionsAdded: 2, directEditsAsSuggestions: 3, unplaced: [] });

    // Same threads and more: every comment of the author's copy, the replies, the resolution.
    expect(release.threads.map((t) => t.id)).toEqual(['t1', 't2', 't3', 't4', 't5', 'r-t1', 'r-t2', 'r-t3']);
    for (const t of author.threads) expect(release.threads.find((m) => m.id === t.id)!.comments.slice(0, t.comments.length)).toEqual(t.comments);
    expect(release.threads.find((t) => t.id === 't2')!.comments.map((c) => c.text)).toEqual(['Con số chính xác?', 'Theo danh sách: 212 đại biểu.']);
    expect(release.threads.find((t) => t.id === 't4')!.resolved).toEqual({ by: REVIEWER, at: LATER });
    // Anchors: the author's and the reviewer's, on their text.
    for (const [id, quote] of [['t1', 'Ban Tuyên giáo'], ['t2', '200 đại biểu'], ['t3', 'vai trò'], ['t4', '15'], ['r-t1', 'hội nghị'], ['r-t2', 'tập thể']]) {
      expect(textWith(release.body, 'comment', 'thread', id!)).toBe(quote);
    }
    // Every suggestion of the author's copy, same text and author; the reviewer's two.
    for (const id of ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 's10']) {
      expect(textWith(release.body, 'insertion', 'id', id)).toBe(textWith(author.body, 'insertion', 'id', id));
      expect(textWith(release.body, 'deletion', 'id', id)).toBe(textWith(author.body, 'deletion', 'id', id));
    }
    expect(textWith(release.body, 'deletion', 'id', 'r1')).toBe('Sáng ');
    expect(textWith(release.body, 'insertion', 'id', 'r2')).toBe(' rất');
    // The direct edits, as suggestions by the reviewer at the merge's time.
    const direct = [...marksOf(release.body, 'insertion'), ...marksOf(release.body, 'deletion')].filter((m) => String(m.attrs?.['id']).startsWith('m'));
    expect(new Set(direct.map((m) => m.attrs?.['id']))).toEqual(new Set(['m1', 'm2', 'm3']));
    for (const m of direct) expect(m.attrs).toMatchObject({ by: REVIEWER.fingerprint, name: REVIEWER.name, initials: REVIEWER.initials, at: MERGED_AT });
    expect(textWith(release.body, 'deletion', 'id', 'm1')).toBe('tham dự');
    expect(textWith(release.body, 'insertion', 'id', 'm1')).toBe('có mặt');
    expect(textWith(release.body, 'deletion', 'id', 'm2')).toBe(' Kết quả được đánh giá cao.');
    expect(textWith(release.body, 'insertion', 'id', 'm3')).toBe('Hội nghị kết thúc lúc 11 giờ cùng ngày.');
    // Accepting everything reads as the reviewer's copy did with everything accepted.
    expect(acceptedText(release.body)).toEqual(acceptedText(reviewed.body));
    // The author's details, photos and sign-off are untouched.
    expect({ ...release, body: author.body, threads: author.threads }).toEqual(author);
  });

  it('with the text both copies started from, the author’s later edits stay the author’s', () => {
    const sent = authorRelease();
    const base = publishedBody(sent.body) as Body;
    const reviewed = reviewedCopy(sent);
    // After sending, the author changed a word in the first paragraph, wrote a new paragraph and removed the last one.
    const author = structuredClone(sent);
    author.body.content[0]!.content = author.body.content[0]!.content!.map((n) => (n.text === 'công tác năm.' ? txt('công tác năm 2025.') : n));
    author.body.content.splice(2, 0, para(txt('Đoạn tác giả viết sau khi gửi.')));
    author.body.content.pop();
    const withBase = mergeReview(author, reviewed, { fallbackReviewer: NOBODY, at: MERGED_AT, base });
    // Only the reviewer's three direct edits: the author's word, paragraph and removal are no suggestions of theirs.
    expect(withBase.report.directEditsAsSuggestions).toBe(3);
    expect(rejectedText(withBase.release.body)).toEqual(rejectedText(author.body));
    expect(plainText(withBase.release.body)).toContain('Đoạn tác giả viết sau khi gửi.');
    expect(JSON.stringify(withBase.release.body)).not.toMatch(/"text":"[^"]*(2025|Đoạn tác giả|khen thưởng)[^"]*","marks":\[[^\]]*"(insertion|deletion)","attrs":\{"id":"m/);
    // Without it, the same merge reads the author's edits as the reviewer's going back on them.
    const without = mergeReview(author, reviewed, { fallbackReviewer: NOBODY, at: MERGED_AT });
    expect(without.report.directEditsAsSuggestions).toBeGreaterThan(3);
  });

  it('merging the same copy twice adds nothing the second time', () => {
    const author = authorRelease();
    const reviewed = reviewedCopy(author);
    const once = mergeReview(author, reviewed, { fallbackReviewer: NOBODY, at: MERGED_AT }).release;
    const twice = mergeReview(once, reviewed, { fallbackReviewer: NOBODY, at: MERGED_AT });
    expect(twice.report).toMatchObject({ threadsAdded: 0, repliesAdded: 0, suggestionsAdded: 0, updatesTaken: 0 });
    expect(twice.release.threads).toEqual(once.threads);
  });

  it('matches a copy that lost our ids (Word): threads by their first comment, suggestions by their text', () => {
    const author = authorRelease();
    const copy = structuredClone(author);
    // Every id renamed, as an import from Word does; one reply added to t2.
    const rename = (nodes: PmNode[] | undefined): void => {
      for (const node of nodes ?? []) {
        node.marks = node.marks?.map((m) => (m.type === 'comment' ? { ...m, attrs: { thread: `w-${String(m.attrs?.['thread'])}` } } : { ...m, attrs: { ...m.attrs, id: `w-${String(m.attrs?.['id'])}` } }));
        rename(node.content);
      }
    };
    rename(copy.body.content);
    copy.threads = copy.threads.map((t) => ({ ...t, id: `w-${t.id}`, comments: t.comments.map((c) => ({ ...c, id: `w-${c.id}` })) }));
    copy.threads[1]!.comments.push({ id: 'w-reply', by: REVIEWER, at: LATER, text: 'Đúng 200.', edited: null });
    const { release, report } = mergeReview(author, copy, { fallbackReviewer: NOBODY, at: MERGED_AT });
    expect(report).toMatchObject({ threadsAdded: 0, repliesAdded: 1, suggestionsAdded: 0, directEditsAsSuggestions: 0, unplaced: [] });
    expect(release.threads.map((t) => t.id)).toEqual(author.threads.map((t) => t.id));
    expect(release.threads[1]!.comments.map((c) => c.text)).toEqual(['Con số chính xác?', 'Đúng 200.']);
    // No renamed mark is left, no text doubled.
    expect(JSON.stringify(release.body)).not.toContain('w-');
    expect(plainText(release.body)).toEqual(plainText(author.body));
  });

  it("keeps the author's suggestion when the reviewer accepted or rejected it in their copy", () => {
    const author = authorRelease();
    const copy = structuredClone(author);
    const p1 = copy.body.content[0]!;
    // s1 (insert "tổng kết ") accepted in the copy: plain text there.
    p1.content = p1.content!.map((n) => (n.text === 'tổng kết ' ? txt('tổng kết ') : n));
    const p2 = copy.body.content[1]!;
    // s3 (insert " đông đủ") rejected in the copy: gone there.
    p2.content = p2.content!.filter((n) => n.text !== ' đông đủ');
    const { release, report } = mergeReview(author, copy, { fallbackReviewer: NOBODY, at: MERGED_AT });
    expect(report).toMatchObject({ suggestionsAdded: 0, directEditsAsSuggestions: 0, unplaced: [] });
    expect(release.body).toEqual(author.body);
  });

  it('takes only comments and suggestions from a copy whose text is not ours to diff (Word), counting the rest', () => {
    const author = authorRelease();
    const copy = structuredClone(author);
    // What a Word copy reads back as: a dateline paragraph before the body, a caption line, a word changed without tracking…
    copy.body.content.unshift(para(txt('Điện Biên, 8/1/2019')));
    copy.body.content[2]!.content = copy.body.content[2]!.content!.map((n) => (n.text === ' tham dự' ? txt(' có mặt') : n));
    // …and what the reviewer did with tracked changes on: an inserted word, a new paragraph, a comment.
    copy.body.content[3]!.content!.push(txt(' Rõ.', sug('insertion', 'w-ins', REVIEWER)));
    copy.body.content.push(para(txt('Đoạn thêm có theo dõi.', sug('insertion', 'w-par', REVIEWER))));
    copy.body.content[5]!.content = copy.body.content[5]!.content!.map((n) => (n.text === 'cá nhân.' ? txt('cá nhân.', anchor('w-t')) : n));
    copy.threads.push(thread('w-t', 'cá nhân.', REVIEWER, 'Bao nhiêu?'));
    const { release, report } = mergeReview(author, copy, { fallbackReviewer: NOBODY, at: MERGED_AT, directEdits: false });
    expect(report).toMatchObject({ threadsAdded: 1, suggestionsAdded: 2, directEditsAsSuggestions: 0, differencesNotTaken: 2, unplaced: [] });
    expect(rejectedText(release.body)).toEqual(rejectedText(author.body));
    expect(textWith(release.body, 'insertion', 'id', 'w-ins')).toBe(' Rõ.');
    expect(textWith(release.body, 'insertion', 'id', 'w-par')).toBe('Đoạn thêm có theo dõi.');
    expect(textWith(release.body, 'comment', 'thread', 'w-t')).toBe('cá nhân.');
  });

  it('places a thread by its quote when its anchor is missing, and lists it as general when the quote is not there once', () => {
    const author = { ...createRelease('news'), body: doc(para(txt('Một câu có chữ lạ và chữ lạ.'))) };
    const reviewed = {
      ...author,
      threads: [thread('q1', 'Một câu', REVIEWER, 'Ở đâu?'), thread('q2', 'chữ lạ', REVIEWER, 'Hai chỗ.'), thread('q3', 'không có', REVIEWER, 'Đã mất.')],
    };
    const { release, report } = mergeReview(author, reviewed, { fallbackReviewer: NOBODY, at: MERGED_AT });
    expect(textWith(release.body, 'comment', 'thread', 'q1')).toBe('Một câu');
    expect(release.threads.map((t) => [t.id, t.general])).toEqual([['q1', false], ['q2', true], ['q3', true]]);
    expect(report.unplaced).toEqual([
      { kind: 'thread', id: 'q2', text: 'chữ lạ', by: REVIEWER.name },
      { kind: 'thread', id: 'q3', text: 'không có', by: REVIEWER.name },
    ]);
    expect(release.threads.find((t) => t.id === 'q3')!.quote).toBe('không có');
  });

  it('lists what marks cannot carry: changed details, a photo added; a suggestion on text the author no longer has', () => {
    const author = { ...createRelease('news'), headline: 'Tiêu đề', body: doc(para(txt('Câu của tác giả đã sửa.'))) };
    const fig: PmNode = { type: 'figure', attrs: { asset: 'e'.repeat(64) }, content: [txt('Ảnh mới.')] };
    const reviewed = {
      ...author,
      headline: 'Tiêu đề hay hơn',
      body: doc(para(txt('Câu của tác giả '), txt('cũ', sug('deletion', 'x1', REVIEWER)), txt('.')), fig),
    };
    const { release, report } = mergeReview(author, reviewed, { fallbackReviewer: NOBODY, at: MERGED_AT });
    expect(report.unplaced).toEqual([
      { kind: 'photo', id: 'e'.repeat(64), text: 'Ảnh mới.', by: REVIEWER.name },
      { kind: 'suggestion', id: 'x1', text: 'cũ', by: REVIEWER.name },
      { kind: 'detail', id: 'headline', text: 'Tiêu đề hay hơn', by: REVIEWER.name },
    ]);
    expect(release.headline).toBe('Tiêu đề');
    expect(plainText(release.body)).toEqual(['Câu của tác giả đã sửa.']);
    // "đã sửa" is not in the copy: it reads as the reviewer's direct deletion, to be decided.
    expect(rejectedText(release.body)).toEqual(['Câu của tác giả đã sửa.']);
  });

  it("keeps the author's heading level and photo layout: attributes cannot be suggested", () => {
    const fig = (width: string): PmNode => ({ type: 'figure', attrs: { asset: 'f'.repeat(64), width }, content: [txt('Ảnh.')] });
    const author = { ...createRelease('news'), body: doc({ type: 'heading', attrs: { level: 2 }, content: [txt('Mục một')] }, fig('full')) };
    const reviewed = { ...author, body: doc({ type: 'heading', attrs: { level: 3 }, content: [txt('Mục một sửa')] }, fig('half')) };
    const { release } = mergeReview(author, reviewed, { fallbackReviewer: NOBODY, at: MERGED_AT });
    expect(release.body.content.map((b) => b.attrs)).toEqual([{ level: 2 }, { asset: 'f'.repeat(64), width: 'full' }]);
    expect(textWith(release.body, 'insertion', 'name', NOBODY.name)).toBe(' sửa');
  });

  it('tells a copy of this release from a copy of another one', () => {
    const author = authorRelease();
    expect(sharesText(author, reviewedCopy(author))).toBe(true);
    const other = { ...author, body: paras('The provincial museum opens a new wing on Monday with forty paintings by local artists,', 'guided tours in three languages, a café, a shop and free entry for children under twelve years old.') };
    expect(sharesText(author, other)).toBe(false);
    // Too little text to tell: never refused.
    expect(sharesText(author, { ...author, body: paras('Khác hẳn.') })).toBe(true);
  });

  it('names the reviewer from what is new in the copy, else uses the fallback', () => {
    const author = authorRelease();
    expect(guessReviewer(author, reviewedCopy(author))).toEqual(REVIEWER);
    expect(guessReviewer(author, author)).toBeNull();
    const edited = structuredClone(author);
    edited.body.content.push(para(txt('Thêm.')));
    const { report, release } = mergeReview(author, edited, { fallbackReviewer: NOBODY, at: MERGED_AT });
    expect(report.reviewer).toEqual(NOBODY);
    expect(marksOf(release.body, 'insertion').at(-1)!.attrs).toMatchObject({ name: NOBODY.name, by: '' });
  });
});
