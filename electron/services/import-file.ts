/**
 * Import existing material as a new, unsaved release: .txt / .md (first line the headline),
 * .html / .htm (sanitised to the schema by core/import) and .docx (through mammoth). A .docx is a
 * ZIP from outside, so the same guards as the .pressdesk reader run BEFORE mammoth sees it: entry
 * count, declared sizes, compression ratio, and every entry inflated within its declared size.
 * Images in a .docx go through the asset store's checks; a refused image is dropped with a warning.
 */
import * as fsp from 'node:fs/promises';
import { basename, extname } from 'node:path';
import mammoth from 'mammoth';
import { ZipReadError, extractEntry, locateEntries, readZipDirectory } from '../../core/document/zip-reader';
import { releaseSchema, type Asset, type Release, type ReleaseKind } from '../../core/document/release';
import { importHtmlWithReport } from '../../core/import/html';
import { DroppedCounter, type DroppedItem } from '../../core/import/clean';
import { findMainPart } from '../../core/import/docx-parts';
import { DOCX_CLEAN_STYLE_MAP, docxDropped, indentedAsQuote, isLinkedImageError, markListNumbers } from './docx-clean';
import { recogniseHtmlImport, recogniseTextImport, type RecognisedImport } from '../../core/import/article-import';
import { ImportTooComplexError } from '../../core/import/limits';
import { importMarkdown, importPlainText } from '../../core/import/text';
import { normalizeRelease } from '../../core/vi/nfc';
import { prepareDocxReview } from './docx-review-import';
import { AppFailure } from './errors';
import type { LegacyReport } from '../../core/vi/legacy/detect';
import { docxHtmlLegacy, docxLegacyTransform, readLegacyAware } from './legacy-import';

export const IMPORT_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.docx'] as const;
const MiB = 1024 * 1024;

/**
 * Limits for imported files: generous for real documents, and low enough that a reader stays
 * within 512 MB and a few seconds (the bounded reader's ceiling is the backstop, not the plan).
 */
export const IMPORT_LIMITS = Object.freeze({
  /**
   * A text, Markdown or HTML file on disk. A release is ~100 KB of text and a saved portal page
   * with its scripts 1-3 MB; the importers hold a few copies of the text (UTF-16, NFC, runs).
   */
  maxTextBytes: 8 * MiB,
  /** A .docx on disk (photos make them big: twenty phone photos are ~80 MB). */
  maxDocxBytes: 100 * MiB,
  maxDocxEntries: 2_000,
  /** All entries of a .docx together, unpacked. */
  maxDocxUnpacked: 160 * MiB,
  maxRatio: 200,
  ratioMinBytes: 1 * MiB,
  /**
   * The XML parts mammoth parses (document, styles, numbering, notes...), unpacked. Text is cheap
   * to convert; a 100-page report's document.xml is ~2 MB.
   */
  maxDocxXmlBytes: 16 * MiB,
  /**
   * Elements in those parts. mammoth holds ~2.5 KB per element and converts ~10,000 a second on
   * a loaded 2-core machine; a press release has a few thousand (Word writes ~15 per paragraph
   * and ~3,000 in its default styles), a 100-page report ~50,000.
   */
  maxDocxXmlElements: 60_000,
});

/** Where imported images go: the asset store (checks type by bytes, size, pixels). */
export interface ImageSink {
  addImage(bytes: Uint8Array, name: string): Promise<Asset> | Asset;
}

export interface ImportedFile {
  release: Release;
  /** The file's name: the new release is called after it until it is saved. */
  name: string;
  /** Things dropped on the way in (refused images, mammoth's messages), for the log or the CLI. */
  warnings: string[];
  /** Photos in the file that were left out (not a photo type we take, too large, damaged). */
  droppedImages: number;
  /** Word comments (replies included) and tracked changes that came in as threads and suggestions. */
  review: { comments: number; suggestions: number };
  /** What the cleaner and the .docx reader left out besides photos (equations, charts, linked pictures...), by kind. */
  dropped: DroppedItem[];
  /** Paragraphs converted to Unicode from a legacy encoding (TCVN3, VNI, VIQR), per encoding: the message says so. */
  legacy: LegacyReport;
  /** A portal article recognised in a .txt/.md/.html (its parts in their fields), with the release as imported for undo; else null. */
  article: RecognisedImport['article'];
}

type Format = 'text' | 'markdown' | 'html' | 'docx';

export function importFormatOf(path: string): Format | null {
  switch (extname(path).toLowerCase()) {
    case '.txt':
      return 'text';
    case '.md':
    case '.markdown':
      return 'markdown';
    case '.html':
    case '.htm':
      return 'html';
    case '.docx':
      return 'docx';
    default:
      return null;
  }
}

const failed = (reason: string, params: Record<string, string | number> = {}): AppFailure =>
  new AppFailure('import-failed', { reason, ...params });

/** UTF-8 (with or without a BOM) or UTF-16 with a BOM; anything else is refused, not guessed. */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    else text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw failed('encoding');
  }
  return text.normalize('NFC');
}

/** The ZIP guards of the file reader, applied to a .docx before any other code parses it. */
export function checkDocxZip(bytes: Uint8Array, limits = IMPORT_LIMITS): void {
  try {
    const directory = readZipDirectory(bytes, limits.maxDocxEntries);
    let declared = 0;
    let declaredXml = 0;
    for (const entry of directory.entries) {
      declared += entry.size;
      if (declared > limits.maxDocxUnpacked) throw new AppFailure('too-large', { reason: 'total-size' });
      // From the directory, before inflating: 100 MiB of XML would be refused only after unpacking it.
      if (XML_PART.test(entry.name)) declaredXml += entry.size;
      if (declaredXml > limits.maxDocxXmlBytes) throw new AppFailure('too-large', { reason: 'docx-xml-size' });
      if (entry.size > limits.ratioMinBytes && entry.size / Math.max(entry.compressedSize, 1) > limits.maxRatio) {
        throw new AppFailure('too-large', { reason: 'ratio' });
      }
    }
    // The main part is found through the package's relationships (checked below, once they are inflated).
    if (!directory.entries.some((e) => e.name === 'word/document.xml' || e.name === '_rels/.rels')) throw failed('not-docx');
    const packageParts = new Map<string, string>();
    // Inflate each entry into a buffer of its declared size: a lying size is caught here, not in mammoth.
    let xmlBytes = 0;
    let xmlElements = 0;
    for (const entry of locateEntries(bytes, directory)) {
      const data = extractEntry(bytes, entry);
      if (!XML_PART.test(entry.name)) continue;
      if (entry.name === '_rels/.rels' || entry.name === '[Content_Types].xml') packageParts.set(entry.name, new TextDecoder('utf-8').decode(data));
      xmlBytes += data.length;
      if (xmlBytes > limits.maxDocxXmlBytes) throw new AppFailure('too-large', { reason: 'docx-xml-size' });
      xmlElements += countXmlElements(data);
      if (xmlElements > limits.maxDocxXmlElements) throw new AppFailure('too-complex', { reason: 'docx-elements' });
      if (declaresDtd(data)) throw failed('dtd');
    }
    const names = new Set(directory.entries.map((e) => e.name));
    if (findMainPart((name) => packageParts.get(name), (name) => names.has(name)) === null) throw failed('not-docx');
  } catch (e) {
    if (!(e instanceof ZipReadError)) throw e;
    if (e.kind === 'too-many-entries') throw new AppFailure('too-large', { reason: 'entries' });
    throw failed(e.kind === 'not-zip' ? 'not-docx' : 'damaged');
  }
}

/** The parts of a .docx that are XML (mammoth parses every one it finds referenced). */
const XML_PART = /\.(?:xml|rels)$/i;

/** Start tags in XML bytes: every `<` not opening an end tag, a declaration, a comment or CDATA. Linear, no parse. */
export function countXmlElements(data: Uint8Array): number {
  let count = 0;
  for (let i = data.indexOf(0x3c); i >= 0 && i < data.length - 1; i = data.indexOf(0x3c, i + 1)) {
    const next = data[i + 1]!;
    if (next !== 0x2f && next !== 0x3f && next !== 0x21) count++; // '/', '?', '!'
  }
  return count;
}

const DECLARATIONS = ['DOCTYPE', 'ENTITY'].map((w) => new TextEncoder().encode(w));

/**
 * Whether XML bytes declare a DTD or an entity (`<!DOCTYPE`, `<!ENTITY`): no Office part does, and
 * that is where entity expansion and external entities live, so such a file is refused before
 * any XML reader (ours or mammoth's) sees it. Linear.
 */
export function declaresDtd(data: Uint8Array): boolean {
  for (let i = data.indexOf(0x3c); i >= 0 && i < data.length - 1; i = data.indexOf(0x3c, i + 1)) {
    if (data[i + 1] !== 0x21) continue; // '!'
    if (DECLARATIONS.some((word) => word.every((b, k) => data[i + 2 + k] === b))) return true;
  }
  return false;
}

async function readLimited(path: string, limit: number): Promise<Uint8Array> {
  const info = await fsp.stat(path);
  if (!info.isFile()) throw failed('not-a-file');
  if (info.size > limit) throw new AppFailure('too-large', { size: info.size, limit });
  const bytes = await fsp.readFile(path);
  if (bytes.length > limit) throw new AppFailure('too-large', { size: bytes.length, limit });
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

/** Word's built-in styles mammoth does not map by itself (ours among them: Title, Quote, Caption). */
const DOCX_STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='caption'] => p:fresh",
  "p[style-name='Caption'] => p:fresh",
];

/** .docx -> HTML (mammoth) -> release; images through the sink, referred to as `asset:<hash>`. */
async function importDocx(bytes: Uint8Array, kind: ReleaseKind, images: ImageSink, warnings: string[], dropped: { count: number }, review: ImportedFile['review'], legacy: LegacyReport, left: DroppedCounter): Promise<Release> {
  checkDocxZip(bytes);
  // Equations, charts, SmartArt, objects and linked pictures mammoth reads past: counted for the message.
  left.addAll(docxDropped(bytes, IMPORT_LIMITS.maxDocxEntries));
  // Comments and tracked changes: mammoth drops them, so document.xml is marked up first.
  const prepared = prepareDocxReview(bytes, IMPORT_LIMITS.maxDocxEntries);
  const added = new Map<string, Asset>();
  let count = 0;
  const convertImage = mammoth.images.imgElement(async (image) => {
    count++;
    try {
      const data = new Uint8Array(await image.readAsBuffer());
      const ext = (image.contentType.split('/')[1] ?? 'bin').replace(/[^a-z0-9]/gi, '');
      const asset = await images.addImage(data, `image-${count}.${ext}`);
      added.set(asset.hash, asset);
      return { src: `asset:${asset.hash}` };
    } catch (e) {
      // A linked picture is not in the file (the scan above counted it): not "unreadable".
      if (isLinkedImageError(e)) {
        warnings.push(`image ${count}: linked, not embedded`);
        return { src: '' };
      }
      const code = e instanceof AppFailure ? e.code : 'unreadable';
      warnings.push(`image ${count} (${image.contentType}) dropped: ${code}`);
      dropped.count++;
      return { src: '' };
    }
  });
  const source = prepared?.bytes ?? bytes;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(source.buffer, source.byteOffset, source.length) },
      // Runs typed in TCVN3/VNI fonts become Unicode while mammoth still knows their fonts.
      {
        convertImage,
        externalFileAccess: false,
        styleMap: [...DOCX_STYLE_MAP, ...DOCX_CLEAN_STYLE_MAP],
        // Then plain paragraphs indented from the left become quotes (docx-clean.ts), as in a paste, and
        transformDocument: ((decode, numbers) => (document: unknown) => numbers(indentedAsQuote(decode(document))))(
          docxLegacyTransform(source, IMPORT_LIMITS.maxDocxEntries, legacy),
          // Word's list numbers, which mammoth's <ol> loses (a list starting at 3).
          markListNumbers(source, IMPORT_LIMITS.maxDocxEntries),
        ),
      },
    );
    html = docxHtmlLegacy(result.value, legacy);
    for (const m of result.messages) warnings.push(`docx: ${m.message}`);
  } catch {
    throw failed('damaged');
  }
  const { release, dropped: cleaned } = withinStructureLimits(() => importHtmlWithReport(html, {
    kind,
    // Word files often have no heading styles: the first short block is then the headline.
    firstBlockAsHeadline: true,
    // docxLegacyTransform and docxHtmlLegacy above repaired legacy encodings, run fonts and all.
    legacyAlreadyRepaired: true,
    resolveImage: (src: string) => (src.startsWith('asset:') ? (added.get(src.slice(6)) ?? null) : null),
  }));
  left.addAll(cleaned);
  if (prepared === null) return release;
  const result = prepared.finish(release, new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'));
  const checked = releaseSchema.safeParse(result.release);
  if (!checked.success) throw failed('damaged');
  review.comments = result.comments;
  review.suggestions = result.suggestions;
  for (const note of result.dropped) warnings.push(`docx review: ${note}`);
  return checked.data;
}

/** An importer's structure limit as the plain "too large or too complex" the UI and CLI say. */
function withinStructureLimits<T>(convert: () => T): T {
  try {
    return convert();
  } catch (e) {
    if (e instanceof ImportTooComplexError) throw new AppFailure('too-complex', { reason: e.reason });
    throw e;
  }
}

/** Reads and converts one file; the caller decides whether the path may be read. */
export async function importFromPath(path: string, kind: ReleaseKind, images: ImageSink): Promise<ImportedFile> {
  const format = importFormatOf(path);
  if (format === null) throw failed('unsupported-type', { ext: extname(path).slice(0, 20) });
  const name = basename(path);
  const warnings: string[] = [];
  const dropped = { count: 0 };
  const review = { comments: 0, suggestions: 0 };
  const legacy: LegacyReport = {};
  const left = new DroppedCounter();
  let release: Release;
  let article: RecognisedImport['article'] = null;
  if (format === 'docx') {
    release = await importDocx(await readLimited(path, IMPORT_LIMITS.maxDocxBytes), kind, images, warnings, dropped, review, legacy, left);
  } else {
    // Legacy encodings first (TCVN3's ư is a soft hyphen that later cleaning would drop).
    const read = readLegacyAware(await readLimited(path, IMPORT_LIMITS.maxTextBytes), format === 'html', decodeText);
    const text = read.text;
    Object.assign(legacy, read.legacy);
    // A copied portal article comes apart into headline, caption, sapo, body and pen name (core/import/article.ts).
    ({ release, article } = withinStructureLimits(() =>
      format === 'html'
        ? recogniseHtmlImport(text, (html) => {
            // readLegacyAware repaired legacy encodings on the whole file, by font and by text.
            const imported = importHtmlWithReport(html, { kind, legacyAlreadyRepaired: true });
            left.addAll(imported.dropped);
            return imported.release;
          })
        : recogniseTextImport(format === 'text' ? importPlainText(text, kind) : importMarkdown(text, kind)),
    ));
  }
  if (article !== null) article = { ...article, original: normalizeRelease(article.original) };
  return { release: normalizeRelease(release), name, warnings, droppedImages: dropped.count, review, article, legacy, dropped: left.list() };
}
