import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FileFormatError, ZIP_LIMITS, unpackRelease } from './file-format';
import { createRelease, type Release } from './release';
import {
  buildZip,
  dataOffset,
  documentJson,
  handMadeFile,
  manifestJson,
  withCompressedSize,
  withDeclaredSize,
  type RawEntry,
} from './zip-fixtures';

const release = createRelease('news', { place: 'Điện Biên' });
const asset = (n: number, ext = 'png'): string => `assets/${n.toString(16).padStart(64, '0')}.${ext}`;
const MiB = 1024 * 1024;

/** The release with a figure per image, each listed in release.assets (n as in `asset(n)`, a png of `bytes`). */
function listing(images: [n: number, bytes: number][]): Release {
  const hash = (n: number): string => n.toString(16).padStart(64, '0');
  return {
    ...release,
    assets: images.map(([n, bytes]) => ({ hash: hash(n), ext: 'png', mime: 'image/png', width: 1, height: 1, bytes })),
    body: {
      type: 'doc',
      content: images.map(([n]) => ({
        type: 'figure',
        attrs: { asset: hash(n), alt: '', credit: '', width: 'full', align: 'center', lead: false },
      })),
    },
  };
}

function failure(fn: () => unknown): FileFormatError {
  try {
    fn();
  } catch (error) {
    if (error instanceof FileFormatError) return error;
    throw error;
  }
  throw new Error('expected a FileFormatError');
}

describe('ZIP_LIMITS', () => {
  it('are the documented values', () => {
    expect(ZIP_LIMITS).toEqual({ maxEntries: 5_000, maxJsonBytes: 16 * MiB, maxTotalBytes: 160 * MiB, maxRatio: 200, ratioMinBytes: MiB, maxHistoryBytes: 32 * MiB });
    expect(Object.isFrozen(ZIP_LIMITS)).toBe(true);
  });
});

describe('entry count', () => {
  it(`accepts ${ZIP_LIMITS.maxEntries} entries and refuses one more, before reading any`, () => {
    // Entries the release does not list are allowed (and not read) up to the limit.
    const most: RawEntry[] = Array.from({ length: ZIP_LIMITS.maxEntries - 2 }, (_, i) => ({ name: asset(i), data: 'x', level: 0 }));
    expect(unpackRelease(handMadeFile(release, '1.0', most)).assets.size).toBe(0);
    const tooMany: RawEntry[] = Array.from({ length: ZIP_LIMITS.maxEntries - 1 }, (_, i) => ({ name: asset(i), data: 'x', level: 0 }));
    const bytes = handMadeFile(release, '1.0', tooMany);
    expect(failure(() => unpackRelease(bytes))).toMatchObject({ code: 'too-large', params: { reason: 'too-many-entries' } });
  });
});

describe('zip bombs', () => {
  const zeros = new Uint8Array(8 * MiB);
  // A real bomb: 8 MiB of zeros deflate to about 8 KiB.
  const bomb = handMadeFile(release, '1.0', [{ name: asset(1), data: zeros, level: 9 }]);

  it('refuses an archive whose unpacked total exceeds the limit', () => {
    expect(bomb.length).toBeLessThan(64 * 1024);
    const error = failure(() => unpackRelease(bomb, { limits: { maxTotalBytes: 4 * MiB, maxRatio: Infinity } }));
    expect(error).toMatchObject({ code: 'too-large', params: { reason: 'total-size' } });
  });

  it('refuses a compression ratio above 200:1 on an entry over 1 MiB, with the real limits', () => {
    expect(failure(() => unpackRelease(bomb))).toMatchObject({ code: 'too-large', params: { reason: 'ratio' } });
    // Under 1 MiB the same ratio is fine: small files legitimately compress very well.
    const small = handMadeFile(listing([[2, MiB]]), '1.1', [{ name: asset(2), data: new Uint8Array(MiB), level: 9 }]);
    expect(unpackRelease(small).assets.size).toBe(1);
  });

  it('checks sizes before inflating: a bomb with garbage data is refused as too large, not corrupt', () => {
    const damaged = bomb.slice();
    const at = dataOffset(damaged, asset(1));
    damaged.fill(0xff, at, at + 64);
    expect(failure(() => unpackRelease(damaged)).code).toBe('too-large');
  });

  it('refuses document.json over its own limit', () => {
    const big = handMadeFile({ ...release, sapo: 'a'.repeat(90_000) });
    expect(failure(() => unpackRelease(big, { limits: { maxJsonBytes: 64 * 1024 } }))).toMatchObject({
      code: 'too-large',
      params: { reason: 'entry-size', entry: 'document.json' },
    });
    expect(unpackRelease(big).release.sapo).toHaveLength(90_000);
  });

  it('enforces real bytes when the declared size lies', () => {
    // 4 MiB of zeros declared as 1 KiB: passes every size check, must stop while inflating.
    const listed = listing([[3, 4 * MiB]]);
    const liar = withDeclaredSize(handMadeFile(listed, '1.1', [{ name: asset(3), data: new Uint8Array(4 * MiB), level: 9 }]), asset(3), 1_024);
    const error = failure(() => unpackRelease(liar));
    expect(error).toMatchObject({ code: 'corrupt', params: { reason: 'damaged' } });
    expect(String((error.cause as Error).message)).toMatch(/beyond its declared size/);
  });

  it('refuses entries whose data overlap (the overlapping-files bomb)', () => {
    const file = handMadeFile(release, '1.0', [{ name: asset(7), data: 'aaaa', level: 0 }, { name: asset(8), data: 'b'.repeat(1_000), level: 0 }]);
    const error = failure(() => unpackRelease(withCompressedSize(file, asset(7), 200)));
    expect(error.code).toBe('corrupt');
    expect(String((error.cause as Error).message)).toMatch(/overlap/);
  });

  it('refuses an entry that inflates to less than declared', () => {
    const short = withDeclaredSize(handMadeFile(release), 'document.json', 100_000);
    expect(failure(() => unpackRelease(short)).code).toBe('corrupt');
  });
});

describe('entry names', () => {
  const withEntry = (name: string): Uint8Array => handMadeFile(release, '1.0', [{ name, data: 'x' }]);

  it.each([
    '../x',
    'assets/../../x.png',
    '/etc/passwd',
    'C:/Windows/x.png',
    'c:x',
    'assets\\evil.png',
    `assets/${'a'.repeat(64)}.png\u0000.exe`,
    `assets/${'a'.repeat(64)}.svg`,
    `assets/${'A'.repeat(64)}.png`,
    'assets/',
    'Manifest.json',
    'document.json/',
    'notes.txt',
  ])('refuses %j', (name) => {
    expect(failure(() => unpackRelease(withEntry(name)))).toMatchObject({ code: 'corrupt', params: { reason: 'bad-name' } });
  });

  it('refuses duplicate names, manifest and assets alike', () => {
    const twoDocs = buildZip([
      { name: 'manifest.json', data: manifestJson() },
      { name: 'document.json', data: documentJson(release) },
      { name: 'document.json', data: documentJson({ ...release, headline: 'the other one' }) },
    ]);
    expect(failure(() => unpackRelease(twoDocs))).toMatchObject({ code: 'corrupt', params: { reason: 'duplicate-name' } });
    const twoAssets = handMadeFile(release, '1.0', [{ name: asset(5), data: 'a' }, { name: asset(5), data: 'b' }]);
    expect(failure(() => unpackRelease(twoAssets)).params).toMatchObject({ reason: 'duplicate-name' });
  });

  it('reads archives with data descriptors (streamed ZIPs) and with honest sizes alike', () => {
    const streamed = handMadeFile(listing([[6, 3]]), '1.1', [{ name: asset(6), data: 'img', level: 0 }]);
    expect(unpackRelease(streamed).assets.get(asset(6).slice(7, -4))).toEqual(strToU8('img'));
    const plain = zipSync({ 'manifest.json': strToU8(manifestJson()), 'document.json': strToU8(documentJson(release)) });
    expect(unpackRelease(plain).release).toEqual(release);
  });
});
