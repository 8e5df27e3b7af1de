/**
 * The edge of the exporters: core builds a docx.Document or HTML strings, this file writes them
 * (a DOCX is built and packed in the bounded reader's worker: docx-export.ts). A .docx and the HTML page are written atomically; images of an HTML page go beside
 * it; a CMS export is a folder (created; a non-empty folder is only reused when it holds nothing
 * but a previous PressDesk CMS export).
 */
import * as fsp from 'node:fs/promises';
import { basename, dirname, extname, join, sep } from 'node:path';
import type { ApprovalRecord } from '../../core/document/release';
import type { DocxOptions } from '../../core/export/docx';
import { cmsFolderFiles, renderCmsExport } from '../../core/export/html/cms';
import { renderPrintHtml } from '../../core/export/html/print-page';
import { renderStandaloneHtml } from '../../core/export/html/standalone';
import { defaultDocxTemplate, type DocxTemplate, type ExportInput } from '../../core/export/types';
import type { ExportFormat } from '../api';
import { removeStaleTempFiles, writeFileAtomic } from './atomic-write';
import { AppFailure } from './errors';
import type { Printer } from './printer';
import { slugify } from './file-name';
import { docxExportBounded } from './readers';

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
  /** DOCX only: a review copy with Word comments and tracked changes (never final). HTML and CMS are always clean. */
  reviewCopy?: boolean;
}

/** The sign-off options an exporter takes, without undefined members. */
function signoff(request: Pick<ExportRequest, 'draft' | 'approval'>): { draft?: boolean; approval?: ApprovalRecord } {
  return {
    ...(request.draft === true ? { draft: true } : {}),
    ...(request.approval !== undefined ? { approval: request.approval } : {}),
  };
}

export const EXPORT_EXTENSION: Record<ExportFormat, string> = { docx: '.docx', html: '.html', cms: '', pdf: '.pdf' };

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

/** buildDocx's options for this request, in one object that reaches the worker as it is (default template from the release kind). */
export function docxOptions(input: ExportInput, request: Pick<ExportRequest, 'template' | 'draft' | 'approval' | 'reviewCopy'>): DocxOptions {
  return {
    template: request.template ?? defaultDocxTemplate(input.release.kind, input.organisation.rulebook),
    ...signoff(request),
    ...(request.reviewCopy === true ? { reviewCopy: true } : {}),
  };
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

/** Writes the export; returns the path written (the .docx, the .html, the .pdf or the CMS folder). A PDF needs a printer. */
export async function exportToPath(input: ExportInput, request: ExportRequest, path: string, printer?: Printer): Promise<string> {
  // Temp files of an earlier export killed half-way (in a CMS folder they would also block its reuse).
  await removeStaleTempFiles(request.format === 'cms' ? path : dirname(path));
  switch (request.format) {
    case 'docx': {
      const target = withExportExtension(path, 'docx');
      // WebP transcode, build and pack in the bounded reader's worker: the main process keeps answering.
      await writeFileAtomic(target, await docxExportBounded(input, docxOptions(input, request)));
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
    case 'pdf': {
      if (printer === undefined) throw new AppFailure('pdf-unavailable', { reason: 'no-chromium' });
      const target = withExportExtension(path, 'pdf');
      // The print page of the chosen layout (the DOCX template names), as Print… shows it.
      const layout = request.template ?? defaultDocxTemplate(input.release.kind, input.organisation.rulebook);
      const html = renderPrintHtml(input, { layout, ...signoff(request) });
      await writeFileAtomic(target, await printer.pdf(html));
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
