import { execFile } from 'node:child_process';
import * as fsp from 'node:fs/promises';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kitchenSinkReviewRelease } from '../../core/document/kitchen-sink-review';
import { createRelease, type PmNode } from '../../core/document/release';
import { docxBytes } from '../../core/export/docx';
import { GENERATOR, STATE_ORGANISATION } from '../../core/export/docx/test-inputs';
import { plainRelease, withReview } from '../../core/export/docx/test-review-inputs';
import { suggestionSummary, threadSummary } from '../../core/import/test-review-summary';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { AppFailure } from './errors';
import { importFolderPerTest } from './import-test-helpers';
import { importFromPath } from './import-file';

const pandoc = await promisify(execFile)('pandoc', ['--version']).then(
  () => true,
  () => false,
);
if (!pandoc) console.warn('pandoc is missing: the import of a pandoc-written reviewed .docx is skipped');

describe('DOCX review copy -> import: threads and suggestions come back', () => {
  const tmp = importFolderPerTest();

  it('5 threads with replies and 10 suggestions: same authors, texts, anchor texts and times', async () => {
    const release = withReview(plainRelease(createRelease('news'), 12), 5, 10);
    const path = join(tmp.dir, 'review.docx');
    await fsp.writeFile(path, await docxBytes({ release, assets: new Map(), organisation: STATE_ORGANISATION, generator: GENERATOR }, { template: 'news', reviewCopy: true }));
    const imported = await importFromPath(path, 'news', tmp.store);
    expect(imported.review).toEqual({ comments: 7, suggestions: 10 });
    expect(threadSummary(imported.release)).toEqual(threadSummary(release));
    expect(suggestionSummary(imported.release.body as PmNode)).toEqual(suggestionSummary(release.body as PmNode));
    // No marker is left in the text.
    expect(JSON.stringify(imported.release)).not.toMatch(/[\uE000\uE001]/);
  });

  it('the kitchen sink under review (overlapping anchors, one in a bold link, a replacement, a thread whose text is gone) comes back', async () => {
    const { release, assets } = kitchenSinkReviewRelease();
    const path = join(tmp.dir, 'kitchen.docx');
    await fsp.writeFile(path, await docxBytes({ release, assets, organisation: STATE_ORGANISATION, generator: GENERATOR }, { template: 'news', reviewCopy: true }));
    const imported = await importFromPath(path, 'news', tmp.store);
    expect(imported.review).toEqual({ comments: 8, suggestions: 3 });
    expect(suggestionSummary(imported.release.body as PmNode)).toEqual(suggestionSummary(release.body as PmNode));
    const quotes = (r: typeof release) => r.threads.map((t) => [t.comments[0]!.text, t.general ? '(general)' : t.quote, t.resolved !== null, t.comments.length]);
    // The thread whose text is gone went out as a comment without a range: it comes back general.
    // A Word range is one stretch of text: t-overlap's anchor skips ' Điện Biên' in the fixture, and
    // comes back covering it.
    const expected = quotes(release).map((q) =>
      q[0] === 'Câu này thừa.' ? [q[0], '(general)', q[2], q[3]] : q[0] === 'Kiểm tra lại thời gian.' ? [q[0], 'Tỉnh ủy Điện Biên tổ chức hội nghị ', q[2], q[3]] : q,
    );
    expect(quotes(imported.release).sort()).toEqual(expected.sort());
  });

  it('a comment with no range in the body (a point comment) still comes in, as a general thread', async () => {
    const release = withReview(plainRelease(createRelease('news'), 3), 2, 0);
    const files = unzipSync(await docxBytes({ release, assets: new Map(), organisation: STATE_ORGANISATION, generator: GENERATOR }, { template: 'news', reviewCopy: true }));
    files['word/document.xml'] = strToU8(strFromU8(files['word/document.xml']!).replace(/<w:commentRange(Start|End) w:id="\d+"\/>/g, ''));
    const path = join(tmp.dir, 'point.docx');
    await fsp.writeFile(path, zipSync(files));
    const imported = await importFromPath(path, 'news', tmp.store);
    expect(imported.review).toEqual({ comments: 2, suggestions: 0 });
    expect(imported.release.threads.map((t) => [t.general, t.comments[0]!.text])).toEqual([
      [true, 'Góp ý 0: xem lại câu này.'],
      [true, 'Góp ý 1: xem lại câu này.'],
    ]);
  });

  it.skipIf(!pandoc)('another writer: a .docx pandoc writes with a comment, an insertion and a deletion', async () => {
    const md = [
      'Hội nghị triển khai',
      '',
      'Sáng nay, [Ghi rõ ngày.]{.comment-start id="0" author="Lê Văn Cường" date="2027-01-12T09:00:00Z"}Ủy ban nhân dân tỉnh[]{.comment-end id="0"} tổ chức hội nghị[ tổng kết]{.insertion author="Lê Văn Cường" date="2027-01-12T09:30:00Z"}.',
      '',
      'Hội nghị diễn ra [rất ]{.deletion author="Phạm Thu Dung" date="2027-01-12T10:00:00Z"}thành công.',
    ].join('\n');
    await fsp.writeFile(join(tmp.dir, 'p.md'), md);
    await promisify(execFile)('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', join(tmp.dir, 'p.docx'), join(tmp.dir, 'p.md')]);
    const imported = await importFromPath(join(tmp.dir, 'p.docx'), 'news', tmp.store);
    expect(imported.review).toEqual({ comments: 1, suggestions: 2 });
    expect(imported.release.threads.map((t) => [t.quote, t.comments[0]!.by.name, t.comments[0]!.at, t.comments[0]!.text])).toEqual([['Ủy ban nhân dân tỉnh', 'Lê Văn Cường', '2027-01-12T09:00:00Z', 'Ghi rõ ngày.']]);
    // pandoc moves the spaces at a span's edges out of w:ins / w:del: what it wrote is what comes in.
    expect(suggestionSummary(imported.release.body as PmNode)).toEqual([
      { name: 'Lê Văn Cường', inserted: 'tổng kết', deleted: '' },
      { name: 'Phạm Thu Dung', inserted: '', deleted: 'rất' },
    ]);
  });

  it('a clean export imports with no thread and no suggestion', async () => {
    const release = withReview(plainRelease(createRelease('news'), 12), 5, 10);
    const path = join(tmp.dir, 'clean.docx');
    await fsp.writeFile(path, await docxBytes({ release, assets: new Map(), organisation: STATE_ORGANISATION, generator: GENERATOR }, { template: 'news' }));
    const imported = await importFromPath(path, 'news', tmp.store);
    expect(imported.review).toEqual({ comments: 0, suggestions: 0 });
    expect(imported.release.threads).toEqual([]);
    expect(suggestionSummary(imported.release.body as PmNode)).toEqual([]);
  });

  it.each(['word/styles.xml', 'word/comments.xml', 'word/document.xml'])('refuses a .docx whose %s declares a DTD or entities, before any XML reader', async (part) => {
    const release = withReview(plainRelease(createRelease('news'), 3), 2, 1);
    const files = unzipSync(await docxBytes({ release, assets: new Map(), organisation: STATE_ORGANISATION, generator: GENERATOR }, { template: 'news', reviewCopy: true }));
    const xml = strFromU8(files[part]!);
    files[part] = strToU8(xml.replace('?>', '?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'));
    const path = join(tmp.dir, 'dtd.docx');
    await fsp.writeFile(path, zipSync(files));
    const refused = await importFromPath(path, 'news', tmp.store).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppFailure);
    expect(refused).toMatchObject({ code: 'import-failed', params: { reason: 'dtd' } });
  });
});
