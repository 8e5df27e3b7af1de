/**
 * A ZIP written byte by byte, every field settable, for tests of the ZIP reader that need archives
 * no honest writer makes (lying headers, zip64 markers, misplaced records). Not used by the app.
 * Its CRC-32 is a separate bitwise implementation, so a broken reader table cannot agree with it.
 */
import { deflateSync, strToU8 } from 'fflate';
import { concatBytes } from './bytes';

export interface ByteEntry {
  /** Central directory name; the local header uses the same unless `localName` is given. */
  name: string | Uint8Array;
  /** The bytes as stored in the archive (already deflated for method 8). */
  data: Uint8Array;
  method: number;
  /** CRC-32 of the unpacked bytes. */
  crc: number;
  /** Unpacked size. */
  size: number;
  flags?: number;
  /** Central directory compressed size, when it should lie (default: data.length). */
  compressedSize?: number;
  localName?: string | Uint8Array;
  localMethod?: number;
  localExtra?: Uint8Array;
  centralExtra?: Uint8Array;
  comment?: Uint8Array;
  /** Central directory header offset, when it should point elsewhere (default: the real one). */
  headerOffset?: number;
}

export interface ByteZipOptions {
  /** Bytes before the first local header. */
  prefix?: Uint8Array;
  /** Bytes between the last entry's data and the central directory. */
  gap?: Uint8Array;
  /** Directory records in this order of entry indexes (default: the order written). */
  directoryOrder?: number[];
  comment?: Uint8Array;
  /** End-record fields, when they should lie. */
  diskNumber?: number;
  directoryDisk?: number;
  entriesOnDisk?: number;
  total?: number;
  directorySize?: number;
  directoryOffset?: number;
  /** Bytes after the end record (then its comment does not end the file). */
  trailer?: Uint8Array;
}

const u16 = (v: number): number[] => [v & 0xff, (v >>> 8) & 0xff];
const u32 = (v: number): number[] => [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
const nameBytes = (name: string | Uint8Array): Uint8Array => (typeof name === 'string' ? strToU8(name) : name);
const NONE = new Uint8Array(0);

/** Bitwise CRC-32 (IEEE), deliberately not table-driven like the reader's. */
export function referenceCrc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return (c ^ 0xffffffff) >>> 0;
}

export const textBytes = (text: string): Uint8Array => strToU8(text);

/** An entry stored as is, with honest sizes and CRC. */
export function stored(name: string, content: Uint8Array | string, extra: Partial<ByteEntry> = {}): ByteEntry {
  const data = typeof content === 'string' ? strToU8(content) : content;
  return { name, data, method: 0, crc: referenceCrc32(data), size: data.length, ...extra };
}

/** An entry deflated with fflate, with honest sizes and CRC. */
export function deflated(name: string, content: Uint8Array | string, extra: Partial<ByteEntry> = {}): ByteEntry {
  const raw = typeof content === 'string' ? strToU8(content) : content;
  return { name, data: deflateSync(raw, { level: 6 }), method: 8, crc: referenceCrc32(raw), size: raw.length, ...extra };
}

/** Where each local header starts and where the directory starts, for tests that aim at them. */
export interface ByteZipLayout {
  bytes: Uint8Array;
  headerOffsets: number[];
  directoryOffset: number;
  eocdOffset: number;
}

export function buildByteZipLayout(entries: readonly ByteEntry[], options: ByteZipOptions = {}): ByteZipLayout {
  const parts: (Uint8Array | number[])[] = [];
  let at = 0;
  const push = (part: Uint8Array | number[]): void => {
    parts.push(part);
    at += part.length;
  };
  push(options.prefix ?? NONE);
  const headerOffsets: number[] = [];
  for (const e of entries) {
    headerOffsets.push(at);
    const local = nameBytes(e.localName ?? e.name);
    const extra = e.localExtra ?? NONE;
    push([
      ...u32(0x04034b50), ...u16(20), ...u16(e.flags ?? 0), ...u16(e.localMethod ?? e.method), ...u16(0), ...u16(0x5021),
      ...u32(e.crc), ...u32(e.data.length), ...u32(e.size), ...u16(local.length), ...u16(extra.length),
    ]);
    push(local);
    push(extra);
    push(e.data);
  }
  push(options.gap ?? NONE);
  const directoryOffset = at;
  for (const i of options.directoryOrder ?? entries.map((_, n) => n)) {
    const e = entries[i];
    const name = nameBytes(e.name);
    const extra = e.centralExtra ?? NONE;
    const comment = e.comment ?? NONE;
    push([
      ...u32(0x02014b50), ...u16(20), ...u16(20), ...u16(e.flags ?? 0), ...u16(e.method), ...u16(0), ...u16(0x5021),
      ...u32(e.crc), ...u32(e.compressedSize ?? e.data.length), ...u32(e.size), ...u16(name.length), ...u16(extra.length),
      ...u16(comment.length), ...u16(0), ...u16(0), ...u32(0), ...u32(e.headerOffset ?? headerOffsets[i]),
    ]);
    push(name);
    push(extra);
    push(comment);
  }
  const eocdOffset = at;
  const count = (options.directoryOrder ?? entries).length;
  const comment = options.comment ?? NONE;
  push([
    ...u32(0x06054b50), ...u16(options.diskNumber ?? 0), ...u16(options.directoryDisk ?? 0),
    ...u16(options.entriesOnDisk ?? options.total ?? count), ...u16(options.total ?? count),
    ...u32(options.directorySize ?? eocdOffset - directoryOffset), ...u32(options.directoryOffset ?? directoryOffset),
    ...u16(comment.length),
  ]);
  push(comment);
  push(options.trailer ?? NONE);
  return { bytes: concatBytes(parts), headerOffsets, directoryOffset, eocdOffset };
}

export const buildByteZip = (entries: readonly ByteEntry[], options: ByteZipOptions = {}): Uint8Array =>
  buildByteZipLayout(entries, options).bytes;
