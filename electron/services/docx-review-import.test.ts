import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRelease, type PmNode } from '../../core/document/release';
import { docxBytes } from '../../core/export/docx';
import { GENERATOR, STATE_ORGANISATION } from '../../core/export/docx/test-inputs';
import { plainRelease, withReview } from '../../core/export/docx/test-review-inputs';
import { suggestionSummary, threadSummary } from '../../core/import/test-review-summary';
import { tempFolder } from '../test-helpers';
import { createAssetStore, type AssetStore } from './asset-store';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { AppFailure } from './errors';
import { importFromPath } from './import-file';

describe('DOCX review copy -> import: threads and suggestions come back', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let store: AssetStore;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempFolder());
    store = createAssetStore(join(dir, 'cache'));
  });
  afterEach(() => cleanup());

  it('5 threads with replies and 10 suggestions: same authors, texts, anchor texts and times', async () => {
    const release = withReview(plainRelease(createRelease('news'), 12), 5, 10);
    const path = join(dir, 'review.docx');
    await fsp.writeFile(path, await docxBytes({ release, assets: new Map(), organisation: STATE_ORGANISATION, generator: GENERATOR }, { template: 'news', reviewCopy: true }));
    const imported = await importFromPath(path, 'news', store);
    expect(imported.review).toEqual({ comments: 7, suggestions: 10 });
    expect(threadSummary(imported.release)).toEqual(threadSummary(release));
    expect(suggestionSummary(imported.release.body as PmNode)).toEqual(suggestionSummary(release.body as PmNode));
    // No marker is left in the text.
    expect(JSON.stringify(imported.release)).not.toMatch(/[\uE000\uE001]/);
  });

  it('a clean export imports with no thread and no suggestion', async () => {
    const release = withReview(plainRelease(createRelease('news'), 12), 5, 10);
    const path = join(dir, 'clean.docx');
    await fsp.writeFile(path, await docxBytes({ release, assets: new Map(), organisation: STATE_ORGANISATION, generator: GENERATOR }, { template: 'news' }));
    const imported = await importFromPath(path, 'news', store);
    expect(imported.review).toEqual({ comments: 0, suggestions: 0 });
    expect(imported.release.threads).toEqual([]);
    expect(suggestionSummary(imported.release.body as PmNode)).toEqual([]);
  });

  it.each(['word/styles.xml', 'word/comments.xml', 'word/document.xml'])('refuses a .docx whose %s declares a DTD or entities, before any XML reader', async (part) => {
    const release = withReview(plainRelease(createRelease('news'), 3), 2, 1);
    const files = unzipSync(await docxBytes({ release, assets: new Map(), organisation: STATE_ORGANISATION, generator: GENERATOR }, { template: 'news', reviewCopy: true }));
    const xml = strFromU8(files[part]!);
    files[part] = strToU8(xml.replace('?>', '?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'));
    const path = join(dir, 'dtd.docx');
    await fsp.writeFile(path, zipSync(files));
    const refused = await importFromPath(path, 'news', store).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppFailure);
    expect(refused).toMatchObject({ code: 'import-failed', params: { reason: 'dtd' } });
  });
});
