import type * as Fflate from 'fflate';
import { deflateSync } from 'fflate';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  buildByteZip,
  buildByteZipLayout,
  deflated,
  referenceCrc32,
  stored,
  textBytes,
  type ByteEntry,
} from './test-zip-bytes';
import { ZipReadError, crc32, extractEntry, locateEntries, readZipDirectory, type ZipReadErrorKind } from './zip-reader';

// Every chunk the reader pushes into fflate's inflater, to pin the one-chunk bound.
const pushes = vi.hoisted(() => [] as number[]);
vi.mock('fflate', async (importOriginal) => {
  const fflate = await importOriginal<typeof Fflate>();
  class RecordingInflate extends fflate.Inflate {
    override push(chunk: Uint8Array, final?: boolean): void {
      pushes.push(chunk.length);
      super.push(chunk, final);
    }
  }
  return { ...fflate, Inflate: RecordingInflate };
});
beforeEach(() => {
  pushes.length = 0;
});

/** Reads every entry of the archive the way file-format.ts does. */
function readAll(bytes: Uint8Array, maxEntries = 100): Map<string, Uint8Array> {
  const directory = readZipDirectory(bytes, maxEntries);
  return new Map(locateEntries(bytes, directory).map((e) => [e.name, extractEntry(bytes, e)]));
}

function zipError(fn: () => unknown): ZipReadError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ZipReadError) return error;
    throw error;
  }
  throw new Error('expected a ZipReadError');
}

const refused = (fn: () => unknown, kind: ZipReadErrorKind, message: RegExp): void => {
  const error = zipError(fn);
  expect(error.kind).toBe(kind);
  expect(error.message).toMatch(message);
};

const text = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);
// toEqual walks typed arrays element by element: too slow for 100 KB.
const sameBytes = (a: Uint8Array | undefined, b: Uint8Array): boolean =>
  a !== undefined && a.length === b.length && a.every((v, i) => v === b[i]);
/** Incompressible bytes (deterministic), so deflate keeps them about as long as they are. */
function noise(length: number, seed = 7): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** Text of 16 letters: deflate packs it about 2:1 in Huffman blocks, which inflate as they arrive. */
const letters = (length: number): Uint8Array => noise(length).map((b) => 97 + (b & 15));

describe('ZipReadError', () => {
  it('names its kind in the message and keeps the cause', () => {
    const cause = new Error('inner');
    const error = new ZipReadError('damaged', 'bad thing', { cause });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ZipReadError');
    expect(error.message).toBe('damaged: bad thing');
    expect(error.kind).toBe('damaged');
    expect(error.cause).toBe(cause);
  });
});

describe('crc32', () => {
  it('matches the standard check values', () => {
    expect(crc32(new Uint8Array(0))).toBe(0);
    expect(crc32(textBytes('123456789'))).toBe(0xcbf43926);
    expect(crc32(textBytes('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
    const data = noise(4096);
    expect(crc32(data)).toBe(referenceCrc32(data));
    expect(referenceCrc32(textBytes('123456789'))).toBe(0xcbf43926);
  });
});

describe('readZipDirectory', () => {
  it('reads every field of every record, skipping extra fields and comments', () => {
    const entries: ByteEntry[] = [
      stored('a.txt', 'alpha', { flags: 0x0800, centralExtra: noise(7), comment: textBytes('first'), localExtra: noise(3) }),
      deflated('dir/b.txt', 'beta '.repeat(50), { centralExtra: noise(300), comment: noise(260) }),
      stored('c', '', { comment: textBytes('x') }),
    ];
    const layout = buildByteZipLayout(entries, { comment: textBytes('archive comment') });
    const directory = readZipDirectory(layout.bytes, 3);
    expect(directory.directoryOffset).toBe(layout.directoryOffset);
    expect(directory.entries).toEqual(
      entries.map((e, i) => ({
        name: e.name,
        flags: e.flags ?? 0,
        method: e.method,
        crc32: e.crc,
        compressedSize: e.data.length,
        size: e.size,
        headerOffset: layout.headerOffsets[i],
      })),
    );
  });

  it('reads 32-bit fields above 2^31 and offsets above 64 KiB', () => {
    const big = stored('big.bin', noise(70_000));
    const entries = [big, stored('after.txt', 'after')];
    const layout = buildByteZipLayout(entries, { prefix: noise(300, 3) });
    const [first, second] = readZipDirectory(layout.bytes, 2).entries;
    expect(first.size).toBe(70_000);
    expect(first.crc32).toBe(big.crc);
    expect(second.headerOffset).toBe(layout.headerOffsets[1]);
    expect(second.headerOffset).toBeGreaterThan(0x10000);
    // Lying values with the high bit set still come back unsigned.
    const high = buildByteZip([stored('h', 'h', { crc: 0xfedcba98, size: 0x87654321, compressedSize: 0x80000001 })]);
    expect(readZipDirectory(high, 1).entries[0]).toMatchObject({ crc32: 0xfedcba98, size: 0x87654321, compressedSize: 0x80000001 });
  });

  it('reads names as Latin-1 bytes', () => {
    const name = Uint8Array.from([0x63, 0x61, 0x66, 0xe9]);
    const bytes = buildByteZip([{ ...stored('x', 'x'), name }]);
    expect(readZipDirectory(bytes, 1).entries[0].name).toBe('caf\u00e9');
    // The local header's copy is read the same way, so the two agree.
    expect(text(readAll(bytes).get('caf\u00e9'))).toBe('x');
  });

  it('reads an empty archive (the end record alone) and a record with no name', () => {
    const empty = buildByteZip([]);
    expect(empty.length).toBe(22);
    expect(readZipDirectory(empty, 0)).toEqual({ entries: [], directoryOffset: 0 });
    // A 46-byte record exactly filling the directory.
    expect(readZipDirectory(buildByteZip([stored('', '')]), 1).entries[0].name).toBe('');
  });

  it('finds the end record behind the longest comment, and not a fake one inside it', () => {
    const longest = buildByteZip([stored('a', 'a')], { comment: noise(0xffff) });
    expect(readZipDirectory(longest, 1).entries).toHaveLength(1);
    // The comment holds an end-record signature whose own comment length does not reach the end.
    const fake = Uint8Array.from([0x50, 0x4b, 0x05, 0x06, ...new Array(16).fill(0), 0x09, 0x00, 1, 2, 3]);
    expect(readZipDirectory(buildByteZip([stored('a', 'a')], { comment: fake }), 1).entries[0].name).toBe('a');
  });

  it.each([
    ['nothing', new Uint8Array(0)],
    ['21 bytes', new Uint8Array(21)],
    ['random bytes', noise(5000)],
    ['a local header alone', buildByteZip([stored('a', 'a')]).subarray(0, 40)],
    ['a truncated end record', buildByteZip([stored('a', 'a')]).subarray(0, -1)],
    ['bytes after the end record', buildByteZip([stored('a', 'a')], { trailer: textBytes('junk') })],
    ['a comment longer than the file', buildByteZip([stored('a', 'a')], { comment: textBytes('abc') }).subarray(0, -1)],
  ])('refuses %s as not a ZIP', (_, bytes) => {
    refused(() => readZipDirectory(bytes, 10), 'not-zip', /no end of central directory record/);
  });

  it.each([
    ['a disk number', { diskNumber: 1 }],
    ['a directory on another disk', { directoryDisk: 2 }],
    ['fewer entries on this disk than in total', { entriesOnDisk: 0 }],
  ])('refuses multi-volume archives (%s)', (_, options) => {
    refused(() => readZipDirectory(buildByteZip([stored('a', 'a')], options), 10), 'unsupported', /multi-volume/);
  });

  it.each([
    ['65535 entries', { total: 0xffff }],
    ['a 0xffffffff directory size', { directorySize: 0xffffffff }],
    ['a 0xffffffff directory offset', { directoryOffset: 0xffffffff }],
  ])('refuses zip64 markers (%s) before any other check', (_, options) => {
    refused(() => readZipDirectory(buildByteZip([stored('a', 'a')], options), 100_000), 'unsupported', /zip64/);
  });

  it('refuses more entries than allowed before reading them, and accepts exactly the limit', () => {
    const three = buildByteZip([stored('a', 'a'), stored('b', 'b'), stored('c', 'c')]);
    expect(readZipDirectory(three, 3).entries).toHaveLength(3);
    refused(() => readZipDirectory(three, 2), 'too-many-entries', /^too-many-entries: 3 entries$/);
    // The count is refused even when the records behind it are garbage.
    refused(() => readZipDirectory(buildByteZip([stored('a', 'a')], { total: 9000 }), 5000), 'too-many-entries', /9000 entries/);
  });

  it('refuses a directory that runs past the end record', () => {
    refused(() => readZipDirectory(buildByteZip([stored('a', 'a')], { directorySize: 48 }), 10), 'damaged', /central directory out of range/);
    refused(() => readZipDirectory(buildByteZip([stored('a', 'a')], { directoryOffset: 40 }), 10), 'damaged', /central directory out of range/);
  });

  it('refuses a directory record without its signature or cut short', () => {
    // Pointing the directory at the local header: right place in range, wrong signature.
    const layout = buildByteZipLayout([stored('a', 'a')]);
    refused(() => readZipDirectory(buildByteZip([stored('a', 'a')], { directoryOffset: 0, directorySize: layout.eocdOffset }), 10), 'damaged', /bad central directory record/);
    // The end record promises two entries but the directory holds one.
    refused(() => readZipDirectory(buildByteZip([stored('a', 'a')], { total: 2 }), 10), 'damaged', /bad central directory record/);
    // A directory size that ends inside the fixed part of the record.
    const short = buildByteZip([stored('', '')], { directorySize: 45 });
    refused(() => readZipDirectory(short, 10), 'damaged', /bad central directory record/);
  });

  it('refuses a record whose name, extra field or comment overruns the directory', () => {
    for (const extra of [{ comment: textBytes('abc') }, { centralExtra: textBytes('abc') }, {}]) {
      const entry = stored('name', 'data', extra);
      const honest = buildByteZipLayout([entry]);
      const size = honest.eocdOffset - honest.directoryOffset - 1;
      refused(() => readZipDirectory(buildByteZip([entry], { directorySize: size }), 10), 'damaged', /central directory record overruns/);
    }
  });
});

describe('locateEntries', () => {
  it('finds each entry\'s data behind a local extra field that differs from the directory\'s', () => {
    const entries = [
      stored('a.txt', 'alpha', { localExtra: noise(300), centralExtra: noise(5) }),
      deflated('b.txt', 'beta beta beta', { localExtra: noise(2) }),
    ];
    const layout = buildByteZipLayout(entries, { prefix: textBytes('self-extracting stub') });
    const located = locateEntries(layout.bytes, readZipDirectory(layout.bytes, 2));
    expect(located.map((e) => e.dataStart)).toEqual([layout.headerOffsets[0] + 30 + 5 + 300, layout.headerOffsets[1] + 30 + 5 + 2]);
    expect(text(extractEntry(layout.bytes, located[0]))).toBe('alpha');
    expect(text(extractEntry(layout.bytes, located[1]))).toBe('beta beta beta');
  });

  it('keeps the directory\'s order and accepts a directory listed out of disk order', () => {
    const bytes = buildByteZip([stored('one', '1111'), stored('two', '22'), stored('three', '3')], { directoryOrder: [2, 0, 1] });
    expect(locateEntries(bytes, readZipDirectory(bytes, 3)).map((e) => e.name)).toEqual(['three', 'one', 'two']);
    expect([...readAll(bytes)].map(([name, data]) => `${name}=${text(data)}`)).toEqual(['three=3', 'one=1111', 'two=22']);
  });

  it('accepts a 30-byte local header ending exactly at the directory, and data ending exactly there', () => {
    const bytes = buildByteZip([stored('a', 'abc'), stored('', '')]);
    expect(readAll(bytes).get('')).toEqual(new Uint8Array(0));
  });

  it('refuses a local header that is missing, misplaced or inside the directory', () => {
    const entry = stored('a.txt', 'alpha');
    refused(() => readAll(buildByteZip([{ ...entry, headerOffset: 1 }])), 'damaged', /bad local header for a\.txt/);
    const layout = buildByteZipLayout([entry]);
    // A header offset pointing at the directory record itself (its signature is not a local header's).
    refused(() => readAll(buildByteZip([{ ...entry, headerOffset: layout.directoryOffset }])), 'damaged', /bad local header for a\.txt/);
    // A real local header signature too close to the directory to hold a header.
    const cramped = buildByteZip([stored('b', 'b')], { gap: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Array(25).fill(0)]) });
    const directory = readZipDirectory(cramped, 1);
    directory.entries[0].headerOffset = directory.directoryOffset - 29;
    refused(() => locateEntries(cramped, directory), 'damaged', /bad local header for b/);
    refused(() => readAll(buildByteZip([{ ...entry, headerOffset: 0x7fffffff }])), 'damaged', /bad local header/);
  });

  it('refuses a local header that disagrees with the directory on the name or the method', () => {
    refused(() => readAll(buildByteZip([stored('a.txt', 'alpha', { localName: 'b.txt' })])), 'damaged', /local header disagrees with directory for a\.txt/);
    refused(() => readAll(buildByteZip([stored('a.txt', 'alpha', { localName: 'a.tx' })])), 'damaged', /disagrees/);
    refused(() => readAll(buildByteZip([stored('a.txt', 'alpha', { localMethod: 8 })])), 'damaged', /disagrees/);
    refused(() => readAll(buildByteZip([deflated('a.txt', 'alpha', { localMethod: 0 })])), 'damaged', /disagrees/);
  });

  it('refuses data that runs into the central directory', () => {
    const entries = [stored('a', 'aaaa'), stored('b', 'bbbb', { compressedSize: 5 })];
    refused(() => readAll(buildByteZip(entries)), 'damaged', /data out of range for b/);
    // A local extra field that pushes the data into the directory.
    const pushed = buildByteZip([stored('a', 'aaaa')], { gap: new Uint8Array(10) });
    const directory = readZipDirectory(pushed, 1);
    pushed[28] = 11; // local extra length: 11 bytes, the gap holds 10
    refused(() => locateEntries(pushed, directory), 'damaged', /data out of range for a/);
  });

  it('refuses entries that share bytes, whatever the directory order', () => {
    const first = stored('a', 'aaaa', { compressedSize: 40 });
    const second = stored('b', 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb');
    refused(() => readAll(buildByteZip([first, second])), 'damaged', /entries overlap: a/);
    refused(() => readAll(buildByteZip([first, second], { directoryOrder: [1, 0] })), 'damaged', /entries overlap: a/);
    // One byte of overlap is enough.
    refused(() => readAll(buildByteZip([stored('a', 'aaaa', { compressedSize: 5 }), second])), 'damaged', /entries overlap: a/);
  });

  it('refuses two directory records pointing at one local header', () => {
    const layout = buildByteZipLayout([stored('a', 'same'), stored('a', 'same')]);
    const bytes = buildByteZip([stored('a', 'same'), stored('a', 'same', { headerOffset: layout.headerOffsets[0] })]);
    refused(() => readAll(bytes), 'damaged', /entries overlap: a/);
  });
});

describe('extractEntry', () => {
  it('returns a copy of stored bytes, not a view into the archive', () => {
    const bytes = buildByteZip([stored('a', 'alpha')]);
    const [entry] = locateEntries(bytes, readZipDirectory(bytes, 1));
    const out = extractEntry(bytes, entry);
    expect(text(out)).toBe('alpha');
    out.fill(0);
    expect(text(extractEntry(bytes, entry))).toBe('alpha');
    expect(out.buffer).not.toBe(bytes.buffer);
  });

  it('inflates deflated entries of many chunks', () => {
    const data = letters(60_000);
    const out = readAll(buildByteZip([deflated('n.bin', data), deflated('empty', ''), stored('s', data)]));
    expect(sameBytes(out.get('n.bin'), data)).toBe(true);
    expect(out.get('empty')).toEqual(new Uint8Array(0));
    expect(sameBytes(out.get('s'), data)).toBe(true);
  });

  it('feeds the inflater 16 KiB at a time, and stops a lying size after the first chunk', () => {
    const entry = deflated('n.bin', letters(120_000));
    const packed = entry.data.length;
    expect(packed).toBeGreaterThan(3 * 16_384);
    readAll(buildByteZip([entry]));
    expect(pushes).toEqual([...new Array(Math.floor(packed / 16_384)).fill(16_384), packed % 16_384]);
    pushes.length = 0;
    refused(() => readAll(buildByteZip([{ ...entry, size: 1024 }])), 'damaged', /^damaged: n\.bin inflates beyond its declared size$/);
    expect(pushes).toEqual([16_384]);
  });

  it('takes data that fills its last chunk exactly, and refuses one byte more than declared', () => {
    for (const length of [16_379, 32_763]) {
      const data = noise(length, length);
      const packed = deflateSync(data, { level: 0 }); // one stored block: 5 bytes of header
      expect(packed.length % 16_384).toBe(0);
      const entry = { ...deflated('x', data), data: packed };
      expect(sameBytes(readAll(buildByteZip([entry])).get('x'), data)).toBe(true);
      expect(pushes.at(-1)).toBe(16_384);
      refused(() => readAll(buildByteZip([{ ...entry, size: length - 1 }])), 'damaged', /x inflates beyond its declared size/);
    }
  });

  it('refuses an entry that inflates to less than declared', () => {
    const entry = deflated('a', 'alpha');
    refused(() => readAll(buildByteZip([{ ...entry, size: 6 }])), 'damaged', /^damaged: a is shorter than declared$/);
  });

  it('refuses corrupt or truncated deflate data, keeping the inflater\'s error as the cause', () => {
    const entry = deflated('a.txt', 'alpha beta gamma '.repeat(20));
    const bad = { ...entry, data: Uint8Array.from([0xff, ...entry.data.subarray(1)]) };
    const error = zipError(() => readAll(buildByteZip([bad])));
    expect(error.message).toBe('damaged: cannot inflate a.txt');
    expect(error.cause).toBeInstanceOf(Error);
    expect(error.cause).not.toBeInstanceOf(ZipReadError);
    // Cut before the end of the stream: the last push says so.
    const cut = { ...entry, data: entry.data.subarray(0, entry.data.length - 3) };
    refused(() => readAll(buildByteZip([cut])), 'damaged', /cannot inflate a\.txt/);
  });

  it('refuses a stored entry whose sizes differ', () => {
    refused(() => readAll(buildByteZip([stored('a', 'alpha', { size: 4 })])), 'damaged', /^damaged: stored size mismatch in a$/);
    refused(() => readAll(buildByteZip([stored('a', 'alpha', { size: 6 })])), 'damaged', /stored size mismatch in a/);
  });

  it.each([
    ['stored', stored('a', 'alpha')],
    ['deflated', deflated('a', 'alpha')],
  ])('refuses a %s entry whose checksum is wrong', (_, entry) => {
    refused(() => readAll(buildByteZip([{ ...entry, crc: entry.crc ^ 1 }])), 'damaged', /^damaged: checksum mismatch in a$/);
    refused(() => readAll(buildByteZip([{ ...entry, crc: entry.crc ^ 0x80000000 }])), 'damaged', /checksum mismatch/);
  });

  it('refuses encrypted entries whatever else their flags say, and reads other flags', () => {
    for (const flags of [0x1, 0x41, 0x0809]) {
      refused(() => readAll(buildByteZip([stored('a', 'alpha', { flags })])), 'damaged', /^damaged: encrypted entry a$/);
    }
    for (const flags of [0x2, 0x8, 0x0800]) expect(text(readAll(buildByteZip([stored('a', 'alpha', { flags })])).get('a'))).toBe('alpha');
  });

  it.each([1, 9, 12, 14, 93, 99])('refuses compression method %i', (method) => {
    const entry = { ...stored('a', 'alpha'), method };
    refused(() => readAll(buildByteZip([entry])), 'damaged', new RegExp(`^damaged: unsupported compression method ${method} in a$`));
  });
});
