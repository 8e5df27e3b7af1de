/**
 * Snapshots of the published content at workflow moves (issue 9, "what changed since I last read
 * it"). Their files live where the photos do until the release is saved — the content-addressed
 * asset store, which checks every put against its sha256 — so the renderer only ever holds the
 * history entries, and asks for a snapshot's content when it shows one.
 */
import { randomUUID } from 'node:crypto';
import { historyFileHash } from '../core/document/history-entry';
import type { Person, Release, WorkflowState } from '../core/document/release';
import { parseSnapshot, SnapshotError, snapshotMove, takeSnapshot } from '../core/review/snapshot';
import type { Handlers, Settings } from './api';
import type { AssetStore } from './services/asset-store';
import { AppFailure } from './services/errors';

type Store = Pick<AssetStore, 'put' | 'read'>;

/** The hash of each snapshot file release.history names, each once. */
export function historyHashes(release: Pick<Release, 'history'>): string[] {
  return [...new Set(release.history.map((entry) => historyFileHash(entry.file) as string))];
}

/** Keeps the snapshot files of a release being opened or restored (the store checks each against its hash). */
export async function keepHistory(store: Store, files: ReadonlyMap<string, Uint8Array>): Promise<void> {
  for (const [hash, bytes] of files) await store.put(hash, bytes);
}

/** The snapshot files a save or recovery copy writes; a missing one fails it before anything is written. */
export async function historyBytes(store: Store, release: Pick<Release, 'history'>): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  for (const hash of historyHashes(release)) {
    const bytes = await store.read(hash);
    if (bytes === null) throw new AppFailure('corrupt', { reason: 'missing-snapshot', hash });
    out.set(hash, bytes);
  }
  return out;
}

/** Initials from the profile, else the first letter of each word of the name. */
function initialsOf(settings: Settings, name: string): string {
  const typed = settings.profile.initials.trim();
  const made = name
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((w) => w[0]!.toUpperCase())
    .join('');
  return (typed || made).slice(0, 8);
}

/** Who the current user is for the history: the profile's name and initials, and this installation's key. */
export function currentPerson(settings: Settings, name: string, fingerprint: string): Person {
  return { name: name.slice(0, 200), initials: initialsOf(settings, name), fingerprint };
}

/**
 * The release after a move from `from`, with a snapshot of its content kept when the move is a
 * submit, a request for changes or an approval (the file goes to the store until saved).
 */
export async function withMoveSnapshot(store: Store, moved: Release, from: WorkflowState, by: Person, when: Date): Promise<Release> {
  const move = snapshotMove(from, moved.workflow.state);
  if (move === null) return moved;
  const taken = takeSnapshot(moved, { move, by, at: when.toISOString(), id: randomUUID() });
  await store.put(taken.hash, taken.bytes);
  return taken.release;
}

export function createHistoryHandlers(store: Store): Pick<Handlers, 'readSnapshot'> {
  return {
    async readSnapshot({ hash }) {
      const bytes = await store.read(hash);
      if (bytes === null) throw new AppFailure('not-found');
      try {
        return parseSnapshot(bytes, hash);
      } catch (e) {
        if (e instanceof SnapshotError) throw new AppFailure('corrupt', { reason: `snapshot-${e.reason}` });
        throw e;
      }
    },
  };
}
