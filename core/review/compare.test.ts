import { describe, expect, it } from 'vitest';
import { checkBody } from '../document/body-check';
import { createRelease, type PmNode, type Release } from '../document/release';
import { compareWithSnapshot, restoreAsSuggestions } from './compare';
import type { Body, Suggester } from './diff';
import { snapshotContent } from './snapshot';
import { acceptedText, doc, marksOf, para, paras, plainText, rejectedText, textWith, txt } from './test-review';

const ME: Suggester = { by: 'c3'.repeat(32), name: 'Lê Chi', initials: 'LC', at: '2026-11-28T12:00:00Z' };
const OTHER = { id: 's9', by: 'b2'.repeat(32), name: 'Trần Bình', initials: 'TB', at: '2026-11-28T10:00:00Z' };
const PHOTO = 'ab'.repeat(32);
const figure: PmNode = { type: 'figure', attrs: { asset: PHOTO, alt: 'Ảnh', credit: '', width: 'full', align: 'center', lead: false } };
const asset = { hash: PHOTO, ext: 'png' as const, mime: 'image/png' as const, width: 4, height: 3, bytes: 7 };

const releaseOf = (body: Body, patch: Partial<Release> = {}): Release => ({ ...createRelease('news'), headline: 'Tiêu đề', ...patch, body });

describe('compareWithSnapshot', () => {
  it('shows the words changed since the snapshot, the details and the photos, as published', () => {
    const before = releaseOf(doc(figure, para(txt('Hội nghị đã diễn ra tại Hà Nội.')), para(txt('Đoạn giữ nguyên.'))), { assets: [asset] });
    const snapshot = snapshotContent(before);
    const now = releaseOf(
      doc(
        para(txt('Hội nghị sẽ diễn ra tại Hà Nội.')),
        para(txt('Đoạn giữ nguyên.'), txt(' Ý kiến', { type: 'comment', attrs: { thread: 't1' } })),
        // An open suggestion of someone else is not text yet: the compare does not show it.
        para(txt('Chưa quyết', { type: 'insertion', attrs: OTHER })),
      ),
      { headline: 'Tiêu đề mới', dateline: { place: 'Điện Biên', date: '2026-11-28' } },
    );
    const out = compareWithSnapshot(snapshot, now);
    expect(rejectedText(out.body)).toEqual(['Hội nghị đã diễn ra tại Hà Nội.', 'Đoạn giữ nguyên.', '']);
    expect(acceptedText(out.body)).toEqual(['Hội nghị sẽ diễn ra tại Hà Nội.', 'Đoạn giữ nguyên. Ý kiến', '']);
    expect(out.textChanges).toBe(2);
    expect(out.figures).toEqual([{ asset: PHOTO, change: 'removed' }]);
    expect(out.details.map((d) => d.field)).toEqual(['headline', 'dateline.place', 'dateline.date']);
    expect(out.details[0]).toEqual({ field: 'headline', before: 'Tiêu đề', after: 'Tiêu đề mới' });
  });

  it('finds nothing when only comments and open suggestions came since', () => {
    const before = releaseOf(paras('Một hai ba.'));
    const now = releaseOf(doc(para(txt('Một ', { type: 'comment', attrs: { thread: 't1' } }), txt('hai ba.'), txt(' bốn', { type: 'insertion', attrs: OTHER }))));
    const out = compareWithSnapshot(snapshotContent(before), now);
    expect(out.textChanges).toBe(0);
    expect(out.details).toEqual([]);
    expect(plainText(out.body)).toEqual(['Một hai ba.']);
  });
});

describe('restoreAsSuggestions', () => {
  it("brings the snapshot's text back as suggestions by the current user: accepted gives the snapshot, rejected changes nothing", () => {
    const snapshot = snapshotContent(releaseOf(paras('Ủy ban đã họp sáng nay.', 'Đoạn cũ bị xóa.', 'Cuối.')));
    const current: Body = doc(
      para(txt('Ủy ban ', { type: 'comment', attrs: { thread: 't1' } }), txt('sẽ họp chiều nay.')),
      para(txt('Đoạn mới thêm.')),
      para(txt('Cuối.')),
    );
    const out = restoreAsSuggestions(current, snapshot, ME);
    expect(acceptedText(out.body)).toEqual(['Ủy ban đã họp sáng nay.', 'Đoạn cũ bị xóa.', 'Cuối.']);
    expect(rejectedText(out.body)).toEqual(['Ủy ban sẽ họp chiều nay.', 'Đoạn mới thêm.', 'Cuối.']);
    // The comment anchor on unchanged text stays; every suggestion is by the current user.
    expect(textWith(out.body, 'comment', 'thread', 't1')).toBe('Ủy ban ');
    const marks = [...marksOf(out.body, 'insertion'), ...marksOf(out.body, 'deletion')];
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m.attrs?.['by'] === ME.by && m.attrs?.['name'] === ME.name)).toBe(true);
    expect(out.suggestionIds.every((id) => /^r\d+$/.test(id))).toBe(true);
    expect(checkBody(out.body)).toBeNull();
  });

  it('leaves text someone already suggested as it is, and lists a photo it cannot put back', () => {
    const snapshot = snapshotContent(releaseOf(doc(figure, para(txt('Một hai.'))), { assets: [asset] }));
    const current: Body = doc(para(txt('Một hai.'), txt(' ba', { type: 'insertion', attrs: OTHER })));
    const out = restoreAsSuggestions(current, snapshot, ME);
    expect(marksOf(out.body, 'insertion').map((m) => m.attrs?.['id'])).toEqual(['s9']);
    expect(marksOf(out.body, 'deletion')).toEqual([]);
    expect(out.figures).toEqual([{ asset: PHOTO, change: 'removed' }]);
    expect(out.body.content.some((n) => n.type === 'figure')).toBe(false);
  });
});
