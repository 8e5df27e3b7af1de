/**
 * Merge a reviewer's copy (issue 9): read the copy — a .pressdesk through the bounded reader as
 * opening does, or a reviewed .docx through the bounded import that keeps Word's comments and
 * tracked changes — then core/review/merge.ts. Shared by the app, the browser host and the CLI.
 */
import { extname } from 'node:path';
import type { Person, Release } from '../../core/document/release';
import { historyFileHash } from '../../core/document/history-entry';
import type { Body } from '../../core/review/diff';
import { mergeReview, sharesText, type MergeReport } from '../../core/review/merge';
import { parseSnapshot } from '../../core/review/snapshot';
import { editedWhileLocked } from '../../core/signoff/workflow';
import { normalizeRelease } from '../../core/vi/nfc';
import { AppFailure } from './errors';
import { isoWithZone } from './keys';
import { importFileBounded, openReleaseFile } from './readers';

/** What a reviewer's copy may be. */
export const REVIEWED_COPY_EXTENSIONS = ['pressdesk', 'docx'] as const;

/** The reviewer's copy as a release, with its history snapshots' files. Its photos are not kept: the author's release keeps its own. */
export async function readReviewedCopy(path: string, kind: Release['kind']): Promise<{ release: Release; history: Map<string, Uint8Array> }> {
  const ext = extname(path).toLowerCase();
  if (ext === '.pressdesk') {
    const { release, history } = await openReleaseFile(path);
    return { release, history };
  }
  if (ext === '.docx') return { release: (await importFileBounded(path, kind, { put: async () => undefined })).release, history: new Map() };
  throw new AppFailure('not-pressdesk', { reason: 'not-a-reviewed-copy' });
}

/**
 * The published body both copies started from: the newest snapshot (history entry) the author's
 * release and the copy both name, read from the copy's file; null when they share none.
 */
export function sharedBase(author: Release, copy: Release, files: ReadonlyMap<string, Uint8Array>): Body | null {
  const mine = new Set(author.history.map((entry) => entry.file));
  const shared = copy.history.filter((entry) => mine.has(entry.file)).sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  for (const entry of shared) {
    const hash = historyFileHash(entry.file);
    const bytes = hash === null ? undefined : files.get(hash);
    if (hash === null || bytes === undefined) continue;
    try {
      return parseSnapshot(bytes, hash).body as Body;
    } catch {
      // A damaged snapshot is no base; an older one may be.
    }
  }
  return null;
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
  const copy = await readReviewedCopy(path, release.kind);
  const reviewed = normalizeRelease(copy.release);
  // A .pressdesk of another release would come in as every word replaced: say so instead. (A Word copy only brings its review layer.)
  if (extname(path).toLowerCase() !== '.docx' && !sharesText(release, reviewed)) throw new AppFailure('not-a-copy');
  const base = sharedBase(release, reviewed, copy.history);
  const merged = mergeReview(normalizeRelease(release), reviewed, {
    ...(base !== null ? { base } : {}),
    // A Word copy's text is our export's layout read back: only its comments and tracked changes count.
    directEdits: extname(path).toLowerCase() !== '.docx',
    ...(options.reviewer ? { reviewer: options.reviewer } : {}),
    fallbackReviewer: UNNAMED_REVIEWER[options.language],
    at: isoWithZone(options.now),
  });
  // An approved release takes comments (they are not what was approved), never suggestions: withdraw the approval first.
  if (!editedWhileLocked(release) && editedWhileLocked(merged.release)) throw new AppFailure('locked');
  return merged;
}
