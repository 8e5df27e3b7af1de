/**
 * The merge service with the text both copies started from: the author submits (a snapshot in the
 * history), sends the .pressdesk, then edits on; the reviewer edits their copy directly. Merging
 * the copy finds the shared snapshot in it, so only the reviewer's edit comes in as their
 * suggestion, and the author's later edit stays plain. Without a shared snapshot, both read as theirs.
 */
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packRelease } from '../../core/document/file-format';
import { createRelease, type Release } from '../../core/document/release';
import type { MergeReport } from '../../core/review/merge';
import { takeSnapshot } from '../../core/review/snapshot';
import { fakeSigner } from '../../core/signoff/test-signer';
import { doc, para, txt } from '../../core/review/test-review';
import { REVIEWER } from '../../core/review/test-merge-fixture';
import { tempFolder } from '../test-helpers';
import { mergeReviewedCopy, sharedBase } from './merge-review';

const NOW = new Date('2026-11-30T01:00:00Z');

describe('mergeReviewedCopy with a shared snapshot', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempFolder('pressdesk-merge-base-')));
  afterEach(() => cleanup());

  const insertions = (release: Release): string[] =>
    JSON.stringify(release.body).match(/"text":"[^"]*"(?=,"marks":\[\{"type":"insertion")/g)?.map((m) => m.slice(8, -1)) ?? [];

  async function scenario(withSnapshot: boolean): Promise<{ release: Release; report: MergeReport }> {
    const draft = { ...createRelease('news'), body: doc(para(txt('Đoạn một của tác giả.')), para(txt('Đoạn hai của tác giả.'))) };
    const sent = withSnapshot ? takeSnapshot(draft, { move: 'submit', by: { name: 'An', initials: 'A', fingerprint: '' }, at: '2026-11-28T09:00:00+07:00', id: 'h1' }) : null;
    const release = sent?.release ?? draft;
    // The reviewer's copy: the second paragraph changed directly.
    const copy = structuredClone(release);
    copy.body.content[1] = para(txt('Đoạn hai, người duyệt sửa.'));
    copy.threads = [{ id: 'r1', general: true, quote: '', resolved: null, comments: [{ id: 'r1-1', by: REVIEWER, at: '2026-11-29T09:00:00+07:00', text: 'Đã sửa đoạn hai.', edited: null }] }];
    const history = sent ? new Map([[sent.hash, sent.bytes]]) : undefined;
    await fsp.writeFile(join(dir, 'gop-y.pressdesk'), packRelease(copy, history ? { history } : {}));
    // Meanwhile the author changed the first paragraph.
    const author = structuredClone(release);
    author.body.content[0] = para(txt('Đoạn một, tác giả sửa sau.'));
    return mergeReviewedCopy(author, join(dir, 'gop-y.pressdesk'), { language: 'vi', now: NOW });
  }

  it("takes only the reviewer's edit as theirs when both copies share a snapshot", async () => {
    const { release: merged, report } = await scenario(true);
    expect(report.directEditsAsSuggestions).toBe(1);
    expect(merged.body.content[0]).toEqual(para(txt('Đoạn một, tác giả sửa sau.')));
    expect(insertions(merged).join('')).toContain('người duyệt sửa');
  });

  it('without a shared snapshot, the author’s later edit reads as the reviewer going back on it', async () => {
    const { release: merged, report } = await scenario(false);
    expect(report.directEditsAsSuggestions).toBeGreaterThan(1);
    expect(merged.body.content[0]).not.toEqual(para(txt('Đoạn một, tác giả sửa sau.')));
  });

  it('an approved release takes the copy’s comments but refuses its suggestions (locked)', async () => {
    const signer = fakeSigner('duyet');
    const draft = { ...createRelease('news'), body: doc(para(txt('Đoạn đã duyệt.'))) };
    const approved = signer.move(signer.move(draft, 'in-review'), 'approved');
    const comment = { id: 'r1', general: true, quote: '', resolved: null, comments: [{ id: 'r1-1', by: REVIEWER, at: '2026-11-29T09:00:00+07:00', text: 'Tốt.', edited: null }] };
    await fsp.writeFile(join(dir, 'binh-luan.pressdesk'), packRelease({ ...approved, threads: [comment] }));
    const commented = await mergeReviewedCopy(approved, join(dir, 'binh-luan.pressdesk'), { language: 'vi', now: NOW });
    expect(commented.release.threads).toEqual([comment]);
    await fsp.writeFile(join(dir, 'sua.pressdesk'), packRelease({ ...approved, body: doc(para(txt('Đoạn đã sửa.'))) }));
    await expect(mergeReviewedCopy(approved, join(dir, 'sua.pressdesk'), { language: 'vi', now: NOW })).rejects.toMatchObject({ code: 'locked' });
  });

  it('refuses a .pressdesk of another release (almost no text in common) and merges nothing', async () => {
    const release = { ...createRelease('news'), body: doc(para(txt('Sáng 8/1, Ban Tuyên giáo Tỉnh ủy Điện Biên tổ chức hội nghị tổng kết công tác khoa giáo năm 2018, triển khai phương hướng, nhiệm vụ năm 2019 với sự tham dự của lãnh đạo các sở, ban, ngành.'))) };
    const other = { ...createRelease('news'), body: doc(para(txt('The provincial museum opens a new wing on Monday with forty paintings by local artists, guided tours in three languages, a café, a shop and free entry for children.'))) };
    await fsp.writeFile(join(dir, 'khac.pressdesk'), packRelease(other));
    await expect(mergeReviewedCopy(release, join(dir, 'khac.pressdesk'), { language: 'vi', now: NOW })).rejects.toMatchObject({ code: 'not-a-copy' });
  });

  it('finds no base when the copies share no snapshot', () => {
    const release = createRelease('news');
    expect(sharedBase(release, release, new Map())).toBeNull();
  });
});
