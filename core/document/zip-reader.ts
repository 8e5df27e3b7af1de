/**
 * A defensive ZIP reader for files we did not necessarily write. It trusts nothing: the central
 * directory is the one list of entries, every local header must agree with it, entries may not
 * overlap (the "overlapping files" bomb), and inflation writes into a buffer of the declared size
 * only, fed in small chunks, so a lying size is caught after at most one chunk's output.
 * Policy (which names, how big) lives in file-format.ts; this file only reads structure.
 */
import { Inflate, strFromU8 } from 'fflate';

export type ZipReadErrorKind = 'not-zip' | 'unsupported' | 'too-many-entries' | 'damaged';

export class ZipReadError extends Error {
  constructor(
    readonly kind: ZipReadErrorKind,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${kind}: ${detail}`, options);
    this.name = 'ZipReadError';
  }
}

export interface ZipEntry {
  /** The name as stored, bytes read as Latin-1 (names we accept are ASCII, so no ambiguity). */
  name: string;
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  size: number;
  headerOffset: number;
}

export interface LocatedEntry extends ZipEntry {
  dataStart: number;
}

export interface ZipDirectory {
  entries: ZipEntry[];
  directoryOffset: number;
}

const EOCD_SIG = 0x06054b50;
const CDFH_SIG = 0x02014b50;
const LFH_SIG = 0x04034b50;
/** Compressed bytes fed to the inflater at a time: deflate expands at most ~1032:1, so one push yields <= ~16 MiB. */
const INFLATE_CHUNK = 16 * 1024;

const u16 = (b: Uint8Array, i: number): number => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number): number => (u16(b, i) | (u16(b, i + 2) << 16)) >>> 0;

/** Reads the end record and the central directory; refuses more than `maxEntries` before parsing them. */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory {
  const eocd = findEndRecord(bytes);
  if (eocd < 0) throw new ZipReadError('not-zip', 'no end of central directory record');
  const diskNumber = u16(bytes, eocd + 4);
  const directoryDisk = u16(bytes, eocd + 6);
  const entriesOnDisk = u16(bytes, eocd + 8);
  const total = u16(bytes, eocd + 10);
  const directorySize = u32(bytes, eocd + 12);
  const directoryOffset = u32(bytes, eocd + 16);
  if (diskNumber !== 0 || directoryDisk !== 0 || entriesOnDisk !== total) {
    throw new ZipReadError('unsupported', 'multi-volume archive');
  }
  // ZIP64 markers: PressDesk never writes them, and all our limits fit in 32 bits.
  if (total === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    throw new ZipReadError('unsupported', 'zip64 archive');
  }
  if (total > maxEntries) throw new ZipReadError('too-many-entries', `${total} entries`);
  if (directoryOffset + directorySize > eocd) throw new ZipReadError('damaged', 'central directory out of range');

  const entries: ZipEntry[] = [];
  let p = directoryOffset;
  const end = directoryOffset + directorySize;
  for (let n = 0; n < total; n++) {
    if (p + 46 > end || u32(bytes, p) !== CDFH_SIG) throw new ZipReadError('damaged', 'bad central directory record');
    const nameLength = u16(bytes, p + 28);
    const next = p + 46 + nameLength + u16(bytes, p + 30) + u16(bytes, p + 32);
    if (next > end) throw new ZipReadError('damaged', 'central directory record overruns');
    entries.push({
      name: strFromU8(bytes.subarray(p + 46, p + 46 + nameLength), true),
      flags: u16(bytes, p + 8),
      method: u16(bytes, p + 10),
      crc32: u32(bytes, p + 16),
      compressedSize: u32(bytes, p + 20),
      size: u32(bytes, p + 24),
      headerOffset: u32(bytes, p + 42),
    });
    p = next;
  }
  return { entries, directoryOffset };
}

/** The last end record whose comment ends exactly at the end of the file. */
function findEndRecord(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (u32(bytes, i) === EOCD_SIG && i + 22 + u16(bytes, i + 20) === bytes.length) return i;
  }
  return -1;
}

/** Checks each entry's local header against the directory and that no two entries share bytes. */
export function locateEntries(bytes: Uint8Array, directory: ZipDirectory): LocatedEntry[] {
  const located = directory.entries.map((entry): LocatedEntry => {
    const h = entry.headerOffset;
    if (h + 30 > directory.directoryOffset || u32(bytes, h) !== LFH_SIG) {
      throw new ZipReadError('damaged', `bad local header for ${entry.name}`);
    }
    const nameLength = u16(bytes, h + 26);
    const localName = strFromU8(bytes.subarray(h + 30, h + 30 + nameLength), true);
    if (localName !== entry.name || u16(bytes, h + 8) !== entry.method) {
      throw new ZipReadError('damaged', `local header disagrees with directory for ${entry.name}`);
    }
    const dataStart = h + 30 + nameLength + u16(bytes, h + 28);
    if (dataStart + entry.compressedSize > directory.directoryOffset) {
      throw new ZipReadError('damaged', `data out of range for ${entry.name}`);
    }
    return { ...entry, dataStart };
  });
  const byOffset = [...located].sort((a, b) => a.headerOffset - b.headerOffset);
  for (let i = 1; i < byOffset.length; i++) {
    const prev = byOffset[i - 1];
    if (prev.dataStart + prev.compressedSize > byOffset[i].headerOffset) {
      throw new ZipReadError('damaged', `entries overlap: ${prev.name}`);
    }
  }
  return located;
}

/** The entry's bytes, never more than its declared size, CRC-checked. */
export function extractEntry(bytes: Uint8Array, entry: LocatedEntry): Uint8Array {
  if (entry.flags & 0x1) throw new ZipReadError('damaged', `encrypted entry ${entry.name}`);
  const input = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  let out: Uint8Array;
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw new ZipReadError('damaged', `stored size mismatch in ${entry.name}`);
    out = input.slice();
  } else if (entry.method === 8) {
    out = inflateBounded(input, entry);
  } else {
    throw new ZipReadError('damaged', `unsupported compression method ${entry.method} in ${entry.name}`);
  }
  if (crc32(out) !== entry.crc32) throw new ZipReadError('damaged', `checksum mismatch in ${entry.name}`);
  return out;
}

function inflateBounded(input: Uint8Array, entry: LocatedEntry): Uint8Array {
  const out = new Uint8Array(entry.size);
  let written = 0;
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > out.length) {
      throw new ZipReadError('damaged', `${entry.name} inflates beyond its declared size`);
    }
    out.set(chunk, written);
    written += chunk.length;
  });
  try {
    for (let i = 0; i < input.length || i === 0; i += INFLATE_CHUNK) {
      const end = Math.min(i + INFLATE_CHUNK, input.length);
      inflater.push(input.subarray(i, end), end >= input.length);
    }
  } catch (error) {
    if (error instanceof ZipReadError) throw error;
    throw new ZipReadError('damaged', `cannot inflate ${entry.name}`, { cause: error });
  }
  if (written !== out.length) throw new ZipReadError('damaged', `${entry.name} is shorter than declared`);
  return out;
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
