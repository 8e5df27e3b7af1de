/**
 * A snapshot of the published content, kept at a workflow move (issue 9, "what changed since I
 * last read it"). It is the release as a reader would get it at that moment: every detail that is
 * printed, and the body as published — open suggested insertions are not part of the text yet,
 * suggested deletions still are, and comments are not content. Serialised deterministically, so
 * the same content gives the same bytes and is stored once (`history/<sha256>.json`).
 */
import { z } from 'zod';
import { usedAssets } from '../document/asset-list';
import { historyEntrySchema, historyFileName, type HistoryEntry, type SnapshotMove } from '../document/history-entry';
import { scanJson } from '../document/json-scan';
import {
  assetSchema,
  bodySchema,
  embargoSchema,
  noticeSchema,
  releaseKindSchema,
  releaseLanguageSchema,
  type Release,
} from '../document/release';
import { sha256Hex } from '../document/sha256';
import { contentHash } from '../signoff/canonical';
import { normalizeJson } from '../vi/nfc';
import { publishedBody } from './versions';

export { lastSnapshotBy, publishedBody, snapshotMove } from './versions';

export const SNAPSHOT_FORMAT = 'pressdesk-snapshot';
export const SNAPSHOT_VERSION = 1;

const text = z.string().max(100_000);
export const snapshotContentSchema = z
  .object({
    kind: releaseKindSchema,
    language: releaseLanguageSchema,
    headline: text,
    subhead: text,
    sapo: text,
    dateline: z.object({ place: text, date: text }).strict(),
    author: z.object({ penName: text }).strict(),
    contact: z.object({ name: text, phone: text, email: text }).strict(),
    embargo: embargoSchema,
    boilerplate: text,
    notice: noticeSchema,
    body: bodySchema,
    assets: z.array(assetSchema).max(500),
  })
  .strict();
export type SnapshotContent = z.infer<typeof snapshotContentSchema>;

const snapshotFileSchema = z
  .object({ format: z.literal(SNAPSHOT_FORMAT), version: z.literal(SNAPSHOT_VERSION), content: snapshotContentSchema })
  .strict();

/** What a snapshot of the release holds now. */
export function snapshotContent(release: Release): SnapshotContent {
  const body = publishedBody(release.body);
  return {
    kind: release.kind,
    language: release.language,
    headline: release.headline,
    subhead: release.subhead,
    sapo: release.sapo,
    dateline: { ...release.dateline },
    author: { ...release.author },
    contact: { ...release.contact },
    embargo: release.embargo.mode === 'until' ? { mode: 'until', at: release.embargo.at } : { mode: 'immediate' },
    boilerplate: release.boilerplate,
    notice: release.notice,
    body,
    assets: usedAssets(body, release.assets),
  };
}

/** The snapshot file's bytes (keys in a fixed order: same content, same bytes) and their sha256. */
export function serializeSnapshot(content: SnapshotContent): { bytes: Uint8Array; hash: string } {
  const bytes = new TextEncoder().encode(JSON.stringify({ format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, content }));
  return { bytes, hash: sha256Hex(bytes) };
}

export class SnapshotError extends Error {
  constructor(readonly reason: 'hash' | 'too-complex' | 'bad-json' | 'invalid') {
    super(`snapshot: ${reason}`);
    this.name = 'SnapshotError';
  }
}

/** Reads a snapshot file: its bytes must hash to `hash` (its name), then a bounded scan, then the schema. */
export function parseSnapshot(bytes: Uint8Array, hash: string): SnapshotContent {
  if (sha256Hex(bytes) !== hash) throw new SnapshotError('hash');
  if (!scanJson(bytes).ok) throw new SnapshotError('too-complex');
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new SnapshotError('bad-json');
  }
  const parsed = snapshotFileSchema.safeParse(normalizeJson(raw));
  if (!parsed.success) throw new SnapshotError('invalid');
  return parsed.data.content;
}

export interface TakenSnapshot {
  release: Release;
  /** The snapshot file, to keep with the release's other bytes until it is saved. */
  hash: string;
  bytes: Uint8Array;
}

/** The release with a snapshot of its content recorded for `move`; the bytes go to `history/<hash>.json`. */
export function takeSnapshot(
  release: Release,
  move: { move: SnapshotMove; by: HistoryEntry['by']; at: string; id: string },
): TakenSnapshot {
  const content = snapshotContent(release);
  const { bytes, hash } = serializeSnapshot(content);
  const entry = historyEntrySchema.parse({
    id: move.id,
    move: move.move,
    by: move.by,
    at: move.at,
    contentHash: contentHash(release),
    file: historyFileName(hash),
    assets: content.assets,
  });
  return { release: { ...release, history: [...release.history, entry] }, hash, bytes };
}
