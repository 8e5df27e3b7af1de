/**
 * The edge of the exporters: core builds a docx.Document or HTML strings, this file packs and
 * writes them. A .docx and the HTML page are written atomically; images of an HTML page go beside
 * it; a CMS export is a folder (created; a non-empty folder is only reused when it holds nothing
 * but a previous PressDesk CMS export).
 */
import * as fsp from 'node:fs/promises';
import { basename, dirname, extname, join, sep } from 'node:path';
import { usedAssets } from '../../core/document/asset-list';
import { ImageRefusedError, sniffImage } from '../../core/document/image-info';
import type { ApprovalRecord, Asset } from '../../core/document/release';
import { buildDocx, packDocx } from '../../core/export/docx';
import { cmsFolderFiles, renderCmsExport } from '../../core/export/html/cms';
import { renderStandaloneHtml } from '../../core/export/html/standalone';
import { defaultDocxTemplate, type DocxTemplate, type ExportInput } from '../../core/export/types';
import type { ExportFormat } from '../api';
import { removeStaleTempFiles, writeFileAtomic } from './atomic-write';
import { AppFailure } from './errors';
import { slugify } from './file-name';
import { boundedWebpTranscoder } from './readers';
import { WebpDecodeError } from './webp-transcode';

export interface ExportRequest {
  format: ExportFormat;
  template?: DocxTemplate;
  htmlImages?: 'embed' | 'files';
  cmsPreset?: 'figure' | 'centered';
  /** A draft export: DRAFT / BẢN NHÁP marks (and noindex in HTML). */
  draft?: boolean;
  /** A final export: the approval the document names (custom properties, meta tags, notice signer). */
  approval?: ApprovalRecord;
  /** Replace files beside an HTML page (its photos) that hold something else; without it: AppFailure 'exists'. */
  overwrite?: boolean;
}

/** The sign-off options an exporter takes, without undefined members. */
function signoff(request: Pick<ExportRequest, 'draft' | 'approval'>): { draft?: boolean; approval?: ApprovalRecord } {
  return {
    ...(request.draft === true ? { draft: true } : {}),
    ...(request.approval !== undefined ? { approval: request.approval } : {}),
  };
}

export const EXPORT_EXTENSION: Record<ExportFormat, string> = { docx: '.docx', html: '.html', cms: '' };

/** "Hội nghị tổng kết" -> "hoi-nghi-tong-ket.docx" / ".html" / "hoi-nghi-tong-ket-cms" (a folder). */
export function suggestedExportName(headline: string, format: ExportFormat, fallback = 'thong-cao'): string {
  const stem = slugify(headline) || fallback;
  return format === 'cms' ? `${stem}-cms` : `${stem}${EXPORT_EXTENSION[format]}`;
}

/** "report" -> "report.docx"; a CMS folder keeps its name. */
export function withExportExtension(path: string, format: ExportFormat): string {
  const ext = EXPORT_EXTENSION[format];
  if (ext === '') return path;
  const current = extname(path).toLowerCase();
  if (current === ext || (format === 'html' && current === '.htm')) return path;
  return `${path}${ext}`;
}

/**
 * Word documents cannot carry WebP, so for this export only each WebP photo the release uses is
 * converted (opaque -> JPEG, transparent -> PNG) and its asset entry says so, under the same hash.
 * The release itself, its file and the HTML/CMS exports keep the WebP.
 */
async function withoutWebp(input: ExportInput): Promise<ExportInput> {
  const webps = usedAssets(input.release.body, input.release.assets).filter((asset) => asset.ext === 'webp');
  if (webps.length === 0) return input;
  const bytes = new Map(input.assets);
  const replaced = new Map<string, Asset>();
  // Each photo is decoded in the bounded reader's worker: a lying or hostile WebP costs the app nothing.
  const transcode = boundedWebpTranscoder();
  for (const asset of webps) {
    const original = input.assets.get(asset.hash);
    if (original === undefined) continue; // buildDocx names the missing image
    try {
      // The header again, before decoding: a file edited by hand may claim any size, and a decode allocates width x height x 4.
      const header = sniffImage(original);
      if (header.ext !== 'webp') throw new WebpDecodeError('not a WebP file');
      const converted = await transcode(original, header.width * header.height);
      bytes.set(asset.hash, converted.bytes);
      const { ext, mime, width, height } = converted;
      replaced.set(asset.hash, { ...asset, ext, mime, width, height, bytes: converted.bytes.length });
    } catch (e) {
      if (e instanceof ImageRefusedError && (e.reason === 'too-many-pixels' || e.reason === 'too-large-bytes')) {
        throw new AppFailure('image-refused', { reason: e.reason });
      }
      if (e instanceof ImageRefusedError || e instanceof WebpDecodeError) throw new AppFailure('image-refused', { reason: 'webp-unreadable' });
      throw e;
    }
  }
  const assets = input.release.assets.map((asset) => replaced.get(asset.hash) ?? asset);
  return { ...input, release: { ...input.release, assets }, assets: bytes };
}

/** The DOCX bytes of a release (photos stored, not recompressed: see core/export/docx/pack.ts; WebP converted first). */
export async function docxBytes(
  input: ExportInput,
  template?: DocxTemplate,
  marks: Pick<ExportRequest, 'draft' | 'approval'> = {},
): Promise<Uint8Array> {
  const chosen = template ?? defaultDocxTemplate(input.release.kind, input.organisation.rulebook);
  const document = buildDocx(await withoutWebp(input), { template: chosen, ...signoff(marks) });
  // Building and packing each hold the main process: between them, a whole turn of the event loop
  // (timers, then I/O such as IPC messages, then immediates) lets waiting calls through.
  await new Promise((resolve) => setTimeout(() => setImmediate(resolve), 0));
  return packDocx(document);
}

/** A file name (or a relative path of plain segments) that stays inside the folder it is written to. */
function safeRelative(name: string): string {
  const parts = name.split(/[\\/]/);
  if (name === '' || parts.some((p) => p === '' || p === '.' || p === '..' || p.includes('\0') || p.includes(':'))) {
    throw new AppFailure('internal', { detail: `unsafe export file name ${name.slice(0, 80)}` });
  }
  return parts.join(sep);
}

/** The most names an 'exists' question lists (a long release may have dozens of photos). */
const MAX_NAMES_LISTED = 5;

/**
 * Refuses (AppFailure 'exists', naming `page` for the retry) when any of `files` exists in
 * `folder` with other bytes; writing the same bytes again replaces nothing and is not asked about.
 */
export async function refuseReplacing(folder: string, files: ReadonlyMap<string, Uint8Array>, page: string): Promise<void> {
  const replaced: string[] = [];
  for (const [name, data] of files) {
    const target = join(folder, safeRelative(name));
    try {
      const info = await fsp.lstat(target);
      if (!info.isFile() || info.size !== data.length || !Buffer.from(await fsp.readFile(target)).equals(data)) replaced.push(name);
    } catch (e) {
      if ((e as { code?: unknown }).code !== 'ENOENT') replaced.push(name); // there, but unreadable: ask anyway
    }
  }
  if (replaced.length === 0) return;
  const names = replaced.slice(0, MAX_NAMES_LISTED).join(', ') + (replaced.length > MAX_NAMES_LISTED ? ', …' : '');
  throw new AppFailure('exists', { path: page, names, count: replaced.length });
}

async function writeFiles(folder: string, files: ReadonlyMap<string, Uint8Array>): Promise<void> {
  for (const [name, data] of files) {
    const target = join(folder, safeRelative(name));
    await fsp.mkdir(dirname(target), { recursive: true });
    await writeFileAtomic(target, data);
  }
}

/** What a PressDesk CMS folder may contain: the text fields, the body, the approval and the numbered photos. */
const CMS_FILE = /^(?:body\.html|title\.txt|sapo\.txt|author\.txt|lead-caption\.txt|lead-image\.txt|approval\.txt|anh-\d+\.(?:jpg|jpeg|png|webp|gif))$/i;

/** Files of an earlier export the new one may not write: removed first, written again if needed. */
const CMS_STALE = /^(?:approval\.txt|lead-caption\.txt|lead-image\.txt|anh-\d+\..*)$/i;

async function prepareCmsFolder(folder: string): Promise<void> {
  let names: string[];
  try {
    const info = await fsp.stat(folder);
    if (!info.isDirectory()) throw new AppFailure('forbidden', { reason: 'not-a-folder', name: basename(folder) });
    names = await fsp.readdir(folder);
  } catch (e) {
    if ((e as { code?: unknown }).code !== 'ENOENT') throw e;
    await fsp.mkdir(folder, { recursive: true });
    return;
  }
  // Only our own earlier export may be replaced; anything else in the folder is the user's.
  if (names.some((name) => !CMS_FILE.test(name))) {
    throw new AppFailure('forbidden', { reason: 'folder-not-empty', name: basename(folder) });
  }
  // Photos and lead caption of the earlier export that the new one may not have, and its approval: a draft written
  // over a final export must not keep the final's approval.txt beside a body marked draft.
  for (const name of names) if (CMS_STALE.test(name)) await fsp.rm(join(folder, name), { force: true });
}

/** Writes the export; returns the path written (the .docx, the .html, or the CMS folder). */
export async function exportToPath(input: ExportInput, request: ExportRequest, path: string): Promise<string> {
  // Temp files of an earlier export killed half-way (in a CMS folder they would also block its reuse).
  await removeStaleTempFiles(request.format === 'cms' ? path : dirname(path));
  switch (request.format) {
    case 'docx': {
      const target = withExportExtension(path, 'docx');
      await writeFileAtomic(target, await docxBytes(input, request.template, request));
      return target;
    }
    case 'html': {
      const target = withExportExtension(path, 'html');
      // Image files are named after the page ("bao-cao-anh-1.jpg" beside "bao-cao.html").
      const baseName = basename(target, extname(target));
      const { html, files } = renderStandaloneHtml(input, { images: request.htmlImages ?? 'files', baseName, ...signoff(request) });
      // The save dialog asked about the page only: photo files of the same names are somebody's too.
      if (request.overwrite !== true) await refuseReplacing(dirname(target), files, target);
      await writeFiles(dirname(target), files);
      await writeFileAtomic(target, new TextEncoder().encode(html));
      return target;
    }
    case 'cms': {
      const result = renderCmsExport(input, { preset: request.cmsPreset ?? 'figure', ...signoff(request) });
      await prepareCmsFolder(path);
      await writeFiles(path, cmsFolderFiles(result));
      return path;
    }
  }
}
