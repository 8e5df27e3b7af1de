/**
 * The `.pressdesk` file: a ZIP holding manifest.json, document.json and assets/<sha256>.<ext>.
 * Reading is all or nothing: a fully validated, NFC-normalised release, or a FileFormatError whose
 * code the UI turns into a sentence. Writing is deterministic (same release, same bytes).
 */
import { deflateSync, strToU8, zipSync, type Zippable } from 'fflate';
import { normalizeJson } from '../vi/nfc';
import { formatVersionString, migrateDocument, parseFormatVersion, type FormatVersion } from './migrations';
import {
  FORMAT_NAME,
  FORMAT_VERSION,
  documentFileSchema,
  manifestSchema,
  type Asset,
  type DocumentFile,
  type Manifest,
  type Release,
} from './release';
import { scanJson } from './json-scan';
import { storedAssets } from './asset-list';
import { HISTORY_DIR, historyFileHash } from './history-entry';
import { sha256Hex } from './sha256';
import { ZipReadError, extractEntry, locateEntries, readZipDirectory, type LocatedEntry } from './zip-reader';

/** 'too-complex': deeper or with more values than a release ever has (a cheap scan refused it before parsing). */
export type FileFormatErrorCode = 'not-pressdesk' | 'corrupt' | 'unsupported-version' | 'too-large' | 'too-complex';

export class FileFormatError extends Error {
  constructor(
    readonly code: FileFormatErrorCode,
    readonly params?: Record<string, string | number>,
    options?: { cause?: unknown },
  ) {
    super(params ? `${code} ${JSON.stringify(params)}` : code, options);
    this.name = 'FileFormatError';
  }
}

const MiB = 1024 * 1024;

export interface ZipLimits {
  /** Entries in the central directory. */
  maxEntries: number;
  /** Unpacked size of manifest.json and of document.json, each. */
  maxJsonBytes: number;
  /** Unpacked size of all entries together. */
  maxTotalBytes: number;
  /** Unpacked:packed ratio refused above this ... */
  maxRatio: number;
  /** ... for entries unpacking to more than this (small files legitimately compress very well). */
  ratioMinBytes: number;
  /** Unpacked size of all history/ snapshot files together. */
  maxHistoryBytes: number;
}

export const ZIP_LIMITS: Readonly<ZipLimits> = Object.freeze({
  maxEntries: 5_000,
  // The 20,000-word bench release is 130 KB of JSON: 16 MiB is over a hundred times that, and
  // parsing, NFC and validation of it stay within a reader's 512 MB.
  maxJsonBytes: 16 * MiB,
  // A reader holds the file and its unpacked entries at once, and inflates and checks every byte:
  // 160 MiB (twenty full-size phone photos; web photos are far smaller) keeps a file made to
  // unpack to just under it within 512 MB and about 5 s. 960 MB of photos is refused from the directory.
  maxTotalBytes: 160 * MiB,
  maxRatio: 200,
  ratioMinBytes: 1 * MiB,
  // A snapshot of the 20,000-word bench release is 155 KB: 32 MiB is two hundred versions of it, far
  // past a release's few dozen moves. Each listed one is hashed in pure TypeScript on opening
  // (about 16 MB/s on a busy 2-core machine), so this also bounds that work to a second or two.
  maxHistoryBytes: 32 * MiB,
});

const MANIFEST = 'manifest.json';
const DOCUMENT = 'document.json';
const ASSET_DIR = 'assets/';
const ASSET_NAME = /^[0-9a-f]{64}\.(?:png|jpg|jpeg|webp|gif)$/;
const CURRENT_VERSION = formatVersionString(FORMAT_VERSION);
/** Local-time components, so the DOS timestamp fflate writes is the same in every time zone. */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);
/** Invalid UTF-8 is damage, not text to patch up with replacement characters. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** An asset's file name: `<sha256 hex, lower case>.<png|jpg|jpeg|webp|gif>`. */
export function isAssetName(name: string): boolean {
  return ASSET_NAME.test(name);
}

/** The ZIP entry of an asset: `assets/<sha256>.<ext>`. */
export const assetEntryName = (asset: Asset): string => `${ASSET_DIR}${asset.hash}.${asset.ext}`;

/**
 * The file's bytes. `assets` holds image bytes by sha256; exactly the images release.assets
 * lists are written (others in the map are ignored), and a listed image without bytes is an error:
 * a file that names a photo it does not contain would be refused on opening. The same for the
 * snapshots release.history names (`history` by sha256) and the photos only they still show.
 */
export function packRelease(
  release: Release,
  /** withoutAssets: the photos are kept elsewhere (the recovery folder writes each once); not a file to hand out. */
  options: { assets?: ReadonlyMap<string, Uint8Array>; history?: ReadonlyMap<string, Uint8Array>; generator?: string; withoutAssets?: boolean } = {},
): Uint8Array {
  const document: DocumentFile = { format: FORMAT_NAME, version: CURRENT_VERSION, release };
  // Never write a file we would refuse to open.
  const parsed = documentFileSchema.safeParse(document);
  if (!parsed.success) {
    throw new FileFormatError('corrupt', { reason: 'invalid-release', detail: issueDetail(parsed.error.issues[0]) ?? '' });
  }
  const manifest: Manifest = { format: FORMAT_NAME, version: CURRENT_VERSION, generator: (options.generator ?? 'PressDesk').slice(0, 200) };
  const manifestBytes = strToU8(JSON.stringify(manifest));
  const documentBytes = strToU8(JSON.stringify(parsed.data));
  if (documentBytes.length > ZIP_LIMITS.maxJsonBytes) throw new FileFormatError('too-large', { entry: DOCUMENT });

  const files: Zippable = {
    [MANIFEST]: [manifestBytes, { level: 6 }],
    [DOCUMENT]: [documentBytes, { level: deflateLevelWithinRatio(documentBytes) }],
  };
  const bytesByHash = options.assets ?? new Map<string, Uint8Array>();
  let total = manifestBytes.length + documentBytes.length;
  const stored = storedAssets(parsed.data.release);
  for (const asset of [...stored].sort((a, b) => (a.hash < b.hash ? -1 : 1))) {
    if (options.withoutAssets === true) continue;
    const data = bytesByHash.get(asset.hash);
    if (data === undefined) throw new FileFormatError('corrupt', { reason: 'missing-asset', hash: asset.hash });
    if (data.length !== asset.bytes) throw new FileFormatError('corrupt', { reason: 'asset-size', hash: asset.hash });
    total += data.length;
    // Images are already compressed: store them.
    files[assetEntryName(asset)] = [data, { level: 0 }];
  }
  const historyHashes = [...new Set(parsed.data.release.history.map((entry) => historyFileHash(entry.file) as string))].sort();
  for (const hash of historyHashes) {
    const data = options.history?.get(hash);
    if (data === undefined || sha256Hex(data) !== hash) throw new FileFormatError('corrupt', { reason: 'missing-snapshot', hash });
    total += data.length;
    files[`${HISTORY_DIR}${hash}.json`] = [data, { level: deflateLevelWithinRatio(data) }];
  }
  const entries = stored.length + historyHashes.length + 2;
  if (entries > ZIP_LIMITS.maxEntries || total > ZIP_LIMITS.maxTotalBytes) {
    throw new FileFormatError('too-large', { entries, bytes: total });
  }
  return zipSync(files, { mtime: FIXED_MTIME, os: 0, attrs: 0 });
}

/** Deflate, unless that would trip our own ratio guard (a huge, extremely repetitive document). */
function deflateLevelWithinRatio(data: Uint8Array): 0 | 6 {
  if (data.length <= ZIP_LIMITS.ratioMinBytes) return 6;
  const packed = deflateSync(data, { level: 6 }).length;
  return data.length / Math.max(packed, 1) > ZIP_LIMITS.maxRatio ? 0 : 6;
}

export interface UnpackedRelease {
  release: Release;
  /** Image bytes by sha256: exactly the assets release.assets and its history list (other entries are not read). */
  assets: Map<string, Uint8Array>;
  /** Snapshot files by sha256 (checked), exactly those release.history names; parsed when shown (core/review/snapshot.ts). */
  history: Map<string, Uint8Array>;
  /** The format version the file was written in. */
  version: string;
}

/** withoutAssets: a file packed so (its photos elsewhere); `assets` comes back empty. */
export function unpackRelease(bytes: Uint8Array, options: { limits?: Partial<ZipLimits>; withoutAssets?: boolean } = {}): UnpackedRelease {
  const limits: ZipLimits = { ...ZIP_LIMITS, ...options.limits };
  try {
    return unpackChecked(bytes, limits, options.withoutAssets === true);
  } catch (error) {
    if (!(error instanceof ZipReadError)) throw error;
    const code = { 'not-zip': 'not-pressdesk', unsupported: 'not-pressdesk', 'too-many-entries': 'too-large', damaged: 'corrupt' } as const;
    throw new FileFormatError(code[error.kind], { reason: error.kind }, { cause: error });
  }
}

function unpackChecked(bytes: Uint8Array, limits: ZipLimits, withoutAssets: boolean): UnpackedRelease {
  const directory = readZipDirectory(bytes, limits.maxEntries);
  const entries = directory.entries;
  // Without our manifest it is someone else's ZIP (a .docx, an extension, a photo archive).
  if (!entries.some((e) => e.name === MANIFEST)) throw new FileFormatError('not-pressdesk', { reason: 'no-manifest' });

  // Names and sizes are checked on the directory, before a single byte is inflated.
  const seen = new Set<string>();
  let declaredTotal = 0;
  let historyTotal = 0;
  for (const entry of entries) {
    const { name } = entry;
    // A snapshot is JSON too: each held to the same size as document.json.
    const isJson = name === MANIFEST || name === DOCUMENT || historyFileHash(name) !== null;
    if (!isJson && !(name.startsWith(ASSET_DIR) && isAssetName(name.slice(ASSET_DIR.length)))) {
      throw new FileFormatError('corrupt', { reason: 'bad-name', entry: printable(name) });
    }
    if (seen.has(name)) throw new FileFormatError('corrupt', { reason: 'duplicate-name', entry: name });
    seen.add(name);
    if (isJson && entry.size > limits.maxJsonBytes) throw new FileFormatError('too-large', { reason: 'entry-size', entry: name });
    declaredTotal += entry.size;
    if (declaredTotal > limits.maxTotalBytes) throw new FileFormatError('too-large', { reason: 'total-size' });
    if (historyFileHash(name) !== null) historyTotal += entry.size;
    if (historyTotal > limits.maxHistoryBytes) throw new FileFormatError('too-large', { reason: 'history-size' });
    if (entry.size > limits.ratioMinBytes && entry.size / Math.max(entry.compressedSize, 1) > limits.maxRatio) {
      throw new FileFormatError('too-large', { reason: 'ratio', entry: name });
    }
  }
  const located = locateEntries(bytes, directory);
  const byName = new Map(located.map((e) => [e.name, e]));

  const manifestVersion = readManifest(bytes, byName.get(MANIFEST) as LocatedEntry);
  const documentEntry = byName.get(DOCUMENT);
  if (!documentEntry) throw new FileFormatError('corrupt', { reason: 'no-document' });
  const release = readDocument(bytes, documentEntry);

  const assets = new Map<string, Uint8Array>();
  for (const asset of withoutAssets ? [] : storedAssets(release)) {
    // "jpeg" is an accepted spelling of the extension in older or hand-made files.
    const entry = byName.get(assetEntryName(asset)) ?? (asset.ext === 'jpg' ? byName.get(`${ASSET_DIR}${asset.hash}.jpeg`) : undefined);
    if (entry === undefined) throw new FileFormatError('corrupt', { reason: 'missing-asset', hash: asset.hash });
    const data = extractEntry(bytes, entry);
    if (data.length !== asset.bytes) throw new FileFormatError('corrupt', { reason: 'asset-size', hash: asset.hash });
    assets.set(asset.hash, data);
  }
  const history = new Map<string, Uint8Array>();
  for (const { file } of release.history) {
    const hash = historyFileHash(file) as string;
    if (history.has(hash)) continue;
    const entry = byName.get(file);
    if (entry === undefined) throw new FileFormatError('corrupt', { reason: 'missing-snapshot', hash });
    // Content-addressed: a snapshot that is not what its name says was changed by hand.
    const data = extractEntry(bytes, entry);
    if (sha256Hex(data) !== hash) throw new FileFormatError('corrupt', { reason: 'snapshot-hash', hash });
    history.set(hash, data);
  }
  return { release, assets, history, version: formatVersionString(manifestVersion) };
}

function readJson(bytes: Uint8Array, entry: LocatedEntry): unknown {
  const data = extractEntry(bytes, entry);
  // Depth and counts from a linear scan first: JSON.parse of 18 million empty arrays takes gigabytes.
  const scan = scanJson(data);
  if (!scan.ok && scan.reason !== 'unbalanced') throw new FileFormatError('too-complex', { reason: `json-${scan.reason}`, entry: entry.name });
  try {
    return JSON.parse(UTF8.decode(data));
  } catch (error) {
    throw new FileFormatError('corrupt', { reason: 'bad-json', entry: entry.name }, { cause: error });
  }
}

/** A failure to validate: a newer minor may simply have fields we do not know yet. */
function invalid(version: FormatVersion, reason: string, detail?: string): FileFormatError {
  return version.major === FORMAT_VERSION.major && version.minor > FORMAT_VERSION.minor
    ? new FileFormatError('unsupported-version', { version: formatVersionString(version) })
    : new FileFormatError('corrupt', detail === undefined ? { reason } : { reason, detail });
}

/** Where and what the first validation problem is, e.g. "body.content[3]: figure attribute alt must be text". */
export function issueDetail(issue: { path: readonly PropertyKey[]; message: string } | undefined): string | undefined {
  if (issue === undefined) return undefined;
  const path = issue.path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`))
    .join('')
    .replace(/^release\./, '');
  // A very deep place keeps its start and its end: the problem after it must still show.
  const place = path.length > 180 ? `${path.slice(0, 60)}…${path.slice(-110)}` : path;
  // Keys come from the file: no control characters reach a terminal or a log.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return `${place === '' ? '' : `${place}: `}${issue.message}`.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?').slice(0, 300);
}

function readManifest(bytes: Uint8Array, entry: LocatedEntry): FormatVersion {
  const raw = readJson(bytes, entry);
  const format = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)['format'] : undefined;
  // Another program's manifest.json (browser extensions have one): not ours, not damaged.
  if (format !== FORMAT_NAME) throw new FileFormatError('not-pressdesk', { reason: 'foreign-manifest' });
  const version = parseFormatVersion((raw as Record<string, unknown>)['version']);
  if (version === null) throw new FileFormatError('corrupt', { reason: 'bad-version' });
  if (version.major !== FORMAT_VERSION.major) {
    throw new FileFormatError('unsupported-version', { version: formatVersionString(version) });
  }
  if (!manifestSchema.safeParse(raw).success) throw invalid(version, 'bad-manifest');
  return version;
}

function readDocument(bytes: Uint8Array, entry: LocatedEntry): Release {
  const migrated = migrateDocument(readJson(bytes, entry));
  if (!migrated.ok) {
    throw migrated.reason === 'unsupported-version'
      ? new FileFormatError('unsupported-version', { version: migrated.version })
      : new FileFormatError('corrupt', { reason: 'bad-document' });
  }
  // NFC before validation, so the length limits apply to the text as it will be stored.
  const parsed = documentFileSchema.safeParse(normalizeJson(migrated.document));
  if (!parsed.success) throw invalid(migrated.from, 'invalid-document', issueDetail(parsed.error.issues[0]));
  return parsed.data.release;
}

/** An entry name safe to put in a message: no control characters, bounded length. */
function printable(name: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return name.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?').slice(0, 120);
}
