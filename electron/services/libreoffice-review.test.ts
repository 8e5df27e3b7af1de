/**
 * "Another real writer": a .fodt with annotations (office:annotation, dc:creator, dc:date, a
 * reply) and tracked changes (text:tracked-changes: an insertion and a deletion) converted by
 * LibreOffice itself (`soffice --headless --convert-to docx`) at test time, then imported: every
 * comment and change comes in. LibreOffice 7.4 writes no commentsExtended.xml, so its reply comes
 * in as a comment of its own (a general thread: it has no range). And the other way: LibreOffice
 * opens our review copy with every comment and tracked change. Skipped, saying so, where soffice
 * is missing (CI has it).
 */
import { execFile } from 'node:child_process';
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRelease, type PmNode } from '../../core/document/release';
import { docxBytes } from '../../core/export/docx';
import { GENERATOR, STATE_ORGANISATION } from '../../core/export/docx/test-inputs';
import { plainRelease, withReview } from '../../core/export/docx/test-review-inputs';
import { suggestionSummary } from '../../core/import/test-review-summary';
import { tempFolder } from '../test-helpers';
import { createAssetStore } from './asset-store';
import { importFromPath } from './import-file';

const FIXTURE = join(import.meta.dirname, 'libreoffice-review.fixture.fodt');
const soffice = await promisify(execFile)('soffice', ['--version']).then(
  () => true,
  () => false,
);

if (!soffice) console.warn('soffice (LibreOffice) is missing: the LibreOffice review conversion test is skipped');

describe('a DOCX reviewed by LibreOffice', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempFolder('pressdesk-lo-review-')));
  afterEach(() => cleanup());

  it.skipIf(!soffice)('LibreOffice reads our review copy: every comment (replies as their own) and every tracked change', { timeout: 180_000 }, async () => {
    const release = withReview(plainRelease(createRelease('news'), 12), 5, 10);
    await fsp.writeFile(join(dir, 'review.docx'), await docxBytes({ release, assets: new Map(), organisation: STATE_ORGANISATION, generator: GENERATOR }, { template: 'news', reviewCopy: true }));
    const profile = pathToFileURL(join(dir, 'profile')).href;
    await promisify(execFile)('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'fodt', '--outdir', dir, join(dir, 'review.docx')], { timeout: 150_000 });
    const fodt = await fsp.readFile(join(dir, 'review.fodt'), 'utf8');
    expect([...fodt.matchAll(/<office:annotation[ >]/g)]).toHaveLength(7);
    // 7 insertions and 6 deletions (3 of them replacements).
    expect([...fodt.matchAll(/<text:insertion>/g)]).toHaveLength(7);
    expect([...fodt.matchAll(/<text:deletion>/g)]).toHaveLength(6);
    expect(fodt).toContain('<dc:creator>Trần Văn Bình</dc:creator>');
  });

  it.skipIf(!soffice)('keeps every comment and tracked change made in LibreOffice', { timeout: 180_000 }, async () => {
    // A profile of its own: another soffice running on the machine must not hold ours.
    const profile = pathToFileURL(join(dir, 'profile')).href;
    await promisify(execFile)('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'docx', '--outdir', dir, FIXTURE], { timeout: 150_000 });
    const docx = join(dir, 'libreoffice-review.fixture.docx');
    const imported = await importFromPath(docx, 'news', createAssetStore(join(dir, 'cache')));
    expect(imported.review).toEqual({ comments: 3, suggestions: 2 });

    const threads = imported.release.threads.map((t) => ({ general: t.general, quote: t.quote, comments: t.comments.map((c) => [c.by.name, c.at, c.text]) }));
    expect(threads).toEqual([
      { general: false, quote: 'Ủy ban nhân dân tỉnh', comments: [['Lê Văn Cường', '2027-01-12T09:00:00Z', 'Ghi rõ ngày.']] },
      { general: false, quote: 'tốt đẹp', comments: [['Phạm Thu Dung', '2027-01-12T10:05:00Z', 'Nêu số đại biểu.']] },
      { general: true, quote: '', comments: [['Lê Văn Cường', '2027-01-12T11:00:00Z', 'Đã thêm: 120 đại biểu.']] },
    ]);
    expect(suggestionSummary(imported.release.body as PmNode)).toEqual([
      { name: 'Lê Văn Cường', inserted: ' tổng kết', deleted: '' },
      { name: 'Phạm Thu Dung', inserted: '', deleted: 'rất ' },
    ]);
    const marks = JSON.stringify(imported.release.body);
    expect(marks).toContain('"at":"2027-01-12T09:30:00Z"');
    expect(marks).toContain('"initials":"PTD"');
  });

});
