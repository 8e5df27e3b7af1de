/**
 * Merge a reviewer's copy (issue 9): read the copy — a .pressdesk through the bounded reader as
 * opening does, or a reviewed .docx through the bounded import that keeps Word's comments and
 * tracked changes — then core/review/merge.ts. Shared by the app, the browser host and the CLI.
 */
import { extname } from 'node:path';
import type { Person, Release } from '../../core/document/release';
import { mergeReview, type MergeReport } from '../../core/review/merge';
import { normalizeRelease } from '../../core/vi/nfc';
import { AppFailure } from './errors';
import { isoWithZone } from './keys';
import { importFileBounded, openReleaseFile } from './readers';

/** What a reviewer's copy may be. */
export const REVIEWED_COPY_EXTENSIONS = ['pressdesk', 'docx'] as const;

/** The reviewer's copy as a release. Its photos are not kept: the author's release keeps its own. */
export async function readReviewedCopy(path: string, kind: Release['kind']): Promise<Release> {
  const ext = extname(path).toLowerCase();
  if (ext === '.pressdesk') return (await openReleaseFile(path)).release;
  if (ext === '.docx') return (await importFileBounded(path, kind, { put: async () => undefined })).release;
  throw new AppFailure('not-pressdesk', { reason: 'not-a-reviewed-copy' });
}

/** The reviewer named in no comment or suggestion of the copy (one who only edited directly). */
export const UNNAMED_REVIEWER: Record<'vi' | 'en', Person> = {
  vi: { name: 'Người góp ý', initials: 'NGY', fingerprint: '' },
  en: { name: 'Reviewer', initials: 'R', fingerprint: '' },
};

export async function mergeReviewedCopy(
  release: Release,
  path: string,
  options: { reviewer?: Person; language: 'vi' | 'en'; now: Date },
): Promise<{ release: Release; report: MergeReport }> {
  const reviewed = normalizeRelease(await readReviewedCopy(path, release.kind));
  return mergeReview(normalizeRelease(release), reviewed, {
    // A Word copy's text is our export's layout read back: only its comments and tracked changes count.
    directEdits: extname(path).toLowerCase() !== '.docx',
    ...(options.reviewer ? { reviewer: options.reviewer } : {}),
    fallbackReviewer: UNNAMED_REVIEWER[options.language],
    at: isoWithZone(options.now),
  });
}
