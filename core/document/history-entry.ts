/**
 * release.history (format 1.5): one entry per workflow move that kept a snapshot of the published
 * content. The snapshot itself is a file in the ZIP, `history/<sha256 of its bytes>.json`
 * (core/review/snapshot.ts), so the same content moved twice is stored once; the photos it shows
 * are the release's own `assets/` entries, listed here so that a photo deleted from the text since
 * is still kept for the snapshot (never a second copy). Not part of the signed content.
 */
import { z } from 'zod';
import { HISTORY_FILE } from './history-names';
import { personSchema } from './thread-schema';

export { HISTORY_DIR, historyFileHash, historyFileName } from './history-names';

/** The most snapshots a release keeps: one per move, and a release moves at most MAX_WORKFLOW_MOVES times. */
export const MAX_HISTORY_ENTRIES = 1_000;
/** The photos one snapshot may show (a release lists at most 500). */
export const MAX_SNAPSHOT_PHOTOS = 500;


/** The moves that keep a snapshot (withdrawing, going back to draft and publishing do not). */
export const SNAPSHOT_MOVES = ['submit', 'request-changes', 'approve'] as const;
export type SnapshotMove = (typeof SNAPSHOT_MOVES)[number];

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const isoDateTime = z
  .string()
  .max(64)
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/);

/** A photo the snapshot shows: the release asset's fields (kept so the bytes stay in the file). */
const snapshotPhotoSchema = z
  .object({
    hash: hex64,
    ext: z.enum(['png', 'jpg', 'webp', 'gif']),
    mime: z.enum(['image/png', 'image/jpeg', 'image/webp', 'image/gif']),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    bytes: z.number().int().positive(),
  })
  .strict();

export const historyEntrySchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    move: z.enum(SNAPSHOT_MOVES),
    by: personSchema,
    at: isoDateTime,
    /** The canonical content hash at the move (core/signoff/canonical.ts), as the move's log entry has it. */
    contentHash: hex64,
    /** `history/<sha256>.json` in the ZIP. */
    file: z.string().regex(HISTORY_FILE),
    assets: z.array(snapshotPhotoSchema).max(MAX_SNAPSHOT_PHOTOS),
  })
  .strict();
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const historySchema = z.array(historyEntrySchema).max(MAX_HISTORY_ENTRIES);
