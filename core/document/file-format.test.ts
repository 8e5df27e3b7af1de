import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FileFormatError, isAssetName, packRelease, unpackRelease } from './file-format';
import { generateLongRelease } from './generate';
import { createRelease, type Asset, type PmNode, type Release } from './release';
import { buildZip, documentJson, handMadeFile, manifestJson, simpleZip } from './zip-fixtures';
import sample from '../../assets/sample-release.json';

const release = sample.release as Release;
const PNG_HASH = 'ab'.repeat(32);
const JPG_HASH = '0f'.repeat(32);
const PNG = `${PNG_HASH}.png`;
const JPG = `${JPG_HASH}.jpg`;
const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
const JPG_BYTES = new Uint8Array(5_000).map((_, i) => i % 251);

const asset = (hash: string, ext: Asset['ext'], bytes: number): Asset => ({
  hash,
  ext,
  mime: ext === 'png' ? 'image/png' : 'image/jpeg',
  width: 4,
  height: 3,
  bytes,
});

/** The sample release with one figure per asset, each asset listed. */
function withFigures(base: Release, assets: Asset[]): Release {
  const figures: PmNode[] = assets.map((a) => ({
    type: 'figure',
    attrs: { asset: a.hash, alt: 'Ảnh', credit: 'Ảnh: Minh', width: 'full', align: 'center', lead: false },
    content: [{ type: 'text', text: 'Chú thích.' }],
  }));
  return { ...base, assets, body: { type: 'doc', content: [...base.body.content, ...figures] } };
}

const twoImages = withFigures(release, [asset(PNG_HASH, 'png', PNG_BYTES.length), asset(JPG_HASH, 'jpg', JPG_BYTES.length)]);
const twoImageBytes = new Map([
  [PNG_HASH, PNG_BYTES],
  [JPG_HASH, JPG_BYTES],
]);

/** The FileFormatError thrown by `fn`, failing the test if it returns or throws something else. */
function failure(fn: () => unknown): FileFormatError {
  try {
    fn();
  } catch (error) {
    if (error instanceof FileFormatError) return error;
    throw error;
  }
  throw new Error('expected a FileFormatError');
}

describe('packRelease / unpackRelease', () => {
  it('round-trips a release with assets', () => {
    const out = unpackRelease(packRelease(twoImages, { assets: twoImageBytes }));
    expect(out.release).toEqual(twoImages);
    expect(out.assets).toEqual(twoImageBytes);
    expect(out.version).toBe('1.6');
  });

  it('writes only the assets the release lists, and refuses to write one it lists without bytes', () => {
    const one = withFigures(release, [asset(PNG_HASH, 'png', PNG_BYTES.length)]);
    const files = unzipSync(packRelease(one, { assets: twoImageBytes }));
    expect(Object.keys(files).filter((n) => n.startsWith('assets/'))).toEqual([`assets/${PNG}`]);
    expect(failure(() => packRelease(twoImages, { assets: new Map([[PNG_HASH, PNG_BYTES]]) }))).toMatchObject({
      code: 'corrupt',
      params: { reason: 'missing-asset', hash: JPG_HASH },
    });
    const wrongSize = new Map([...twoImageBytes, [PNG_HASH, new Uint8Array(3)]]);
    expect(failure(() => packRelease(twoImages, { assets: wrongSize })).params).toMatchObject({ reason: 'asset-size' });
  });

  it('refuses to open a file that lists an image whose bytes are missing; ignores unlisted entries', () => {
    const missing = handMadeFile(twoImages, '1.1', [{ name: `assets/${PNG}`, data: PNG_BYTES, level: 0 }]);
    expect(failure(() => unpackRelease(missing))).toMatchObject({ code: 'corrupt', params: { reason: 'missing-asset', hash: JPG_HASH } });
    const stray = `${'cd'.repeat(32)}.gif`;
    const extra = handMadeFile(twoImages, '1.1', [
      { name: `assets/${PNG}`, data: PNG_BYTES, level: 0 },
      { name: `assets/${JPG_HASH}.jpeg`, data: JPG_BYTES },
      { name: `assets/${stray}`, data: new Uint8Array([1, 2, 3]) },
    ]);
    const out = unpackRelease(extra);
    expect([...out.assets.keys()].sort()).toEqual([JPG_HASH, PNG_HASH].sort());
    expect(out.assets.get(JPG_HASH)).toEqual(JPG_BYTES);
  });

  it('refuses a figure whose image is not listed in release.assets', () => {
    const unlisted = { ...twoImages, assets: twoImages.assets.slice(0, 1) };
    expect(failure(() => unpackRelease(handMadeFile(unlisted, '1.1'))).code).toBe('corrupt');
  });

  it('round-trips a 20,000-word release', () => {
    const long = generateLongRelease(20_000, 7);
    expect(unpackRelease(packRelease(long)).release).toEqual(long);
  });

  it('brings all text to NFC on load: metadata, body text and link attrs', () => {
    const d = 'Tuye\u0302n gia\u0301o';
    const decomposed: Release = {
      ...createRelease('news'),
      headline: d,
      dateline: { place: 'Đie\u0323\u0302n Bie\u0302n', date: '2019-01-08' },
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: d, marks: [{ type: 'link', attrs: { href: 'https://example.vn/tuye\u0302n' } }] }] }] },
    };
    const { release: loaded } = unpackRelease(packRelease(decomposed));
    expect(loaded.headline).toBe('Tuyên giáo');
    expect(loaded.dateline.place).toBe('Điện Biên');
    const text = loaded.body.content[0]!.content![0]!;
    expect(text.text).toBe('Tuyên giáo');
    expect(text.marks![0]!.attrs!['href']).toBe('https://example.vn/tuyên');
  });

  it('writes manifest.json, document.json and assets/, JSON deflated and images stored', () => {
    const one = withFigures(release, [asset(PNG_HASH, 'png', 100)]);
    const bytes = packRelease(one, { assets: new Map([[PNG_HASH, new Uint8Array(100)]]), generator: 'PressDesk 0.1.0' });
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(['manifest.json', 'document.json', `assets/${PNG}`]);
    expect(JSON.parse(strFromU8(files['manifest.json']!))).toEqual({ format: 'pressdesk', version: '1.6', generator: 'PressDesk 0.1.0' });
    expect(JSON.parse(strFromU8(files['document.json']!))).toEqual({ format: 'pressdesk', version: '1.6', release: one });
    const methods = centralMethods(bytes);
    expect(methods).toEqual({ 'manifest.json': 8, 'document.json': 8, [`assets/${PNG}`]: 0 });
  });

  it('stores, rather than deflates, a huge repetitive document that would trip the ratio guard', () => {
    const paragraph: PmNode = { type: 'paragraph', content: [{ type: 'text', text: 'a'.repeat(100_000) }] };
    const huge: Release = { ...createRelease('news'), body: { type: 'doc', content: Array.from({ length: 20 }, () => paragraph) } };
    const bytes = packRelease(huge);
    expect(centralMethods(bytes)['document.json']).toBe(0);
    expect(unpackRelease(bytes).release).toEqual(huge);
    // A normal document stays deflated.
    expect(centralMethods(packRelease(release))['document.json']).toBe(8);
  });

  it('is deterministic, with a fixed timestamp of 1980-01-01 00:00', () => {
    const a = packRelease(twoImages, { assets: twoImageBytes });
    // Same assets, other insertion order: same bytes.
    const b = packRelease(JSON.parse(JSON.stringify(twoImages)) as Release, { assets: new Map([...twoImageBytes].reverse()) });
    expect(b).toEqual(a);
    // Local header of the first entry: DOS time at 10, DOS date at 12 (1980-01-01 = 0x0021).
    expect([a[10], a[11], a[12], a[13]]).toEqual([0, 0, 0x21, 0]);
  });

  it('refuses to write an invalid release or a badly named asset', () => {
    const invalid = { ...release, kind: 'blog' } as unknown as Release;
    expect(failure(() => packRelease(invalid)).params).toMatchObject({ reason: 'invalid-release' });
    const badHash = withFigures(release, [asset('../evil', 'png', 1)]);
    expect(failure(() => packRelease(badHash, { assets: new Map([['../evil', new Uint8Array(1)]]) })).params).toMatchObject({
      reason: 'invalid-release',
    });
  });
});

describe('isAssetName', () => {
  it('accepts only <sha256>.<image ext>', () => {
    expect([PNG, JPG, `${'1'.repeat(64)}.jpeg`, `${'2'.repeat(64)}.webp`, `${'3'.repeat(64)}.gif`].every(isAssetName)).toBe(true);
    for (const name of [`${'A'.repeat(64)}.png`, `${'a'.repeat(63)}.png`, `${'a'.repeat(64)}.svg`, `${'a'.repeat(64)}.PNG`, 'x.png']) {
      expect(isAssetName(name)).toBe(false);
    }
  });
});

describe('unpackRelease refusals', () => {
  it('random bytes, an empty file and an empty ZIP are not PressDesk files', () => {
    let seed = 42;
    const random = new Uint8Array(4_096).map(() => ((seed = (seed * 1_103_515_245 + 12_345) >>> 0) >>> 24) & 0xff);
    expect(failure(() => unpackRelease(random)).code).toBe('not-pressdesk');
    expect(failure(() => unpackRelease(new Uint8Array(0))).code).toBe('not-pressdesk');
    expect(failure(() => unpackRelease(simpleZip({}))).code).toBe('not-pressdesk');
  });

  it('a foreign ZIP with random entries is not a PressDesk file', () => {
    const docx = simpleZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>', '../x': 'y' });
    expect(failure(() => unpackRelease(docx)).code).toBe('not-pressdesk');
  });

  it("another program's manifest.json is not ours", () => {
    const extension = simpleZip({ 'manifest.json': '{"manifest_version":3,"name":"x"}', 'document.json': '{}' });
    expect(failure(() => unpackRelease(extension))).toMatchObject({ code: 'not-pressdesk', params: { reason: 'foreign-manifest' } });
  });

  it('a truncated file is refused, never half-loaded', () => {
    const bytes = packRelease(release);
    for (const length of [bytes.length - 1, bytes.length - 30, Math.floor(bytes.length / 2), 10]) {
      expect(['not-pressdesk', 'corrupt']).toContain(failure(() => unpackRelease(bytes.subarray(0, length))).code);
    }
  });

  it('a future major version is refused, naming it', () => {
    const future = buildZip([
      { name: 'manifest.json', data: manifestJson('2.0') },
      { name: 'document.json', data: JSON.stringify({ format: 'pressdesk', version: '2.0', body: 'new shape' }) },
    ]);
    expect(failure(() => unpackRelease(future))).toMatchObject({ code: 'unsupported-version', params: { version: '2.0' } });
    const docOnly = buildZip([{ name: 'manifest.json', data: manifestJson('1.0') }, { name: 'document.json', data: documentJson(release, '3.1') }]);
    expect(failure(() => unpackRelease(docOnly))).toMatchObject({ code: 'unsupported-version', params: { version: '3.1' } });
  });

  it('a newer minor loads when it still fits, and is named when it does not', () => {
    expect(unpackRelease(handMadeFile(release, '1.7')).version).toBe('1.7');
    const withNewField = buildZip([
      { name: 'manifest.json', data: manifestJson('1.7') },
      { name: 'document.json', data: documentJson({ ...release, wordTarget: 800 }, '1.7') },
    ]);
    expect(failure(() => unpackRelease(withNewField))).toMatchObject({ code: 'unsupported-version', params: { version: '1.7' } });
  });

  it('our manifest with bad JSON, a missing document or an invalid release is corrupt', () => {
    const cases = {
      'bad-json': buildZip([{ name: 'manifest.json', data: manifestJson() }, { name: 'document.json', data: '{"format":' }]),
      'no-document': buildZip([{ name: 'manifest.json', data: manifestJson() }]),
      'invalid-document': handMadeFile({ ...release, kind: 'blog' } as unknown as Release),
      'bad-document': buildZip([{ name: 'manifest.json', data: manifestJson() }, { name: 'document.json', data: '[1,2]' }]),
      'bad-version': buildZip([{ name: 'manifest.json', data: manifestJson('one') }, { name: 'document.json', data: documentJson(release) }]),
    };
    for (const [reason, bytes] of Object.entries(cases)) {
      expect(failure(() => unpackRelease(bytes)), reason).toMatchObject({ code: 'corrupt', params: { reason } });
    }
  });

  it('an unsafe link inside an otherwise good file is corrupt', () => {
    const evil: Release = {
      ...createRelease('press'),
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] },
    };
    expect(failure(() => unpackRelease(handMadeFile(evil))).code).toBe('corrupt');
  });

  it('a damaged byte in a stored asset fails its checksum', () => {
    const honest = strToU8('an image, honestly');
    const bytes = packRelease(withFigures(release, [asset(PNG_HASH, 'png', honest.length)]), { assets: new Map([[PNG_HASH, honest]]) });
    const at = indexOf(bytes, strToU8('an image'));
    bytes[at] ^= 0xff;
    expect(failure(() => unpackRelease(bytes))).toMatchObject({ code: 'corrupt', params: { reason: 'damaged' } });
  });
});

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let k = 0; k < needle.length; k++) if (haystack[i + k] !== needle[k]) continue outer;
    return i;
  }
  throw new Error('not found');
}

/** Compression method per entry name, read from the central directory. */
function centralMethods(zip: Uint8Array): Record<string, number> {
  const out: Record<string, number> = {};
  for (let i = 0; i + 46 < zip.length; i++) {
    if (zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 1 && zip[i + 3] === 2) {
      const nameLength = zip[i + 28]! | (zip[i + 29]! << 8);
      out[strFromU8(zip.subarray(i + 46, i + 46 + nameLength))] = zip[i + 10]!;
    }
  }
  return out;
}
