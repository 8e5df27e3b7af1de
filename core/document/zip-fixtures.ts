/**
 * Builders for hand-made and hostile ZIPs, shared by the file-format tests. Not used by the app.
 */
import { Zip, ZipDeflate, ZipPassThrough, strToU8, zipSync } from 'fflate';
import { concatBytes } from './bytes';
import type { Release } from './release';

export type EntryData = Uint8Array | string;
export interface RawEntry {
  name: string;
  data: EntryData;
  /** 0 stores; 1-9 deflates. */
  level?: number;
}

const bytesOf = (data: EntryData): Uint8Array => (typeof data === 'string' ? strToU8(data) : data);

/** A ZIP with exactly these entries in this order, duplicates and odd names included. */
export function buildZip(entries: readonly RawEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    parts.push(chunk);
  });
  for (const entry of entries) {
    const level = entry.level ?? 6;
    const file = level === 0 ? new ZipPassThrough(entry.name) : new ZipDeflate(entry.name, { level: level as 6 });
    file.mtime = new Date(2020, 0, 1);
    zip.add(file);
    file.push(bytesOf(entry.data), true);
  }
  zip.end();
  return concatBytes(parts);
}

export const manifestJson = (version = '1.0', format = 'pressdesk'): string =>
  JSON.stringify({ format, version, generator: 'test' });
export const documentJson = (release: Release | Record<string, unknown>, version = '1.0'): string =>
  JSON.stringify({ format: 'pressdesk', version, release });

/** A PressDesk file assembled by hand, so tests control every entry. */
export function handMadeFile(release: Release, version = '1.0', extra: readonly RawEntry[] = []): Uint8Array {
  return buildZip([
    { name: 'manifest.json', data: manifestJson(version) },
    { name: 'document.json', data: documentJson(release, version) },
    ...extra,
  ]);
}

/** A plain zipSync archive (central directory sizes written honestly). */
export function simpleZip(files: Record<string, EntryData>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, bytesOf(data)])));
}

const CDFH = [0x50, 0x4b, 0x01, 0x02];
const LFH = [0x50, 0x4b, 0x03, 0x04];

function findHeader(zip: Uint8Array, signature: readonly number[], nameOffset: number, name: string): number {
  const nameBytes = strToU8(name);
  for (let i = 0; i + nameOffset + nameBytes.length <= zip.length; i++) {
    if (signature.every((b, k) => zip[i + k] === b) && nameBytes.every((b, k) => zip[i + nameOffset + k] === b)) {
      return i;
    }
  }
  throw new Error(`no header for ${name}`);
}

const writeU32 = (zip: Uint8Array, at: number, value: number): void => {
  for (let k = 0; k < 4; k++) zip[at + k] = (value >>> (8 * k)) & 0xff;
};

/** Makes the archive lie about an entry's unpacked size (central directory and local header). */
export function withDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  writeU32(out, findHeader(out, CDFH, 46, name) + 24, size);
  writeU32(out, findHeader(out, LFH, 30, name) + 22, size);
  return out;
}

/** Makes the central directory claim more packed bytes for an entry, so its data runs into the next one. */
export function withCompressedSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  writeU32(out, findHeader(out, CDFH, 46, name) + 20, size);
  return out;
}

/** Offset of an entry's data (right after its local header), for tests that damage it. */
export function dataOffset(zip: Uint8Array, name: string): number {
  const h = findHeader(zip, LFH, 30, name);
  return h + 30 + (zip[h + 26] | (zip[h + 27] << 8)) + (zip[h + 28] | (zip[h + 29] << 8));
}
