/**
 * THE cleaner for foreign HTML — Word's clipboard, LibreOffice, mammoth's reading of a .docx, web
 * pages — shared by paste (renderer) and import (.html, .docx): HTML in, body blocks of the schema
 * out, with what it could not keep counted by kind for the message. No DOM, no zod: htmlparser2
 * and plain data, so the same code runs in the renderer, the main process and the CLI.
 *
 * The steps, in order:
 * 1. legacy encodings (issue 11) repaired on the raw HTML, while font names (.VnTime, VNI-Times)
 *    and soft hyphens (TCVN3's "ư" is U+00AD) are still there — nothing before it touches either;
 * 2. NFC, without BOM and control characters;
 * 3. the DOM, bounded (IMPORT_STRUCTURE_LIMITS);
 * 4. footnotes paired with their references (footnotes.ts);
 * 5. one walk into blocks (walker.ts: Word lists, headings, quotes, tables, marks, figures).
 */
import type { Asset, PmNode } from '../../document/release';
import { cleanImportedText } from '../inline';
import { collapse, findTitle, isText, parseBounded } from './dom';
import { findFootnotes } from './footnotes';
import type { DroppedItem } from './report';
import { Walker, type WalkOptions } from './walker';
import type { LegacyReport } from '../../vi/legacy/detect';
import { convertLegacyHtml } from '../../vi/legacy/html';

export { DROPPED_KINDS, DroppedCounter, type DroppedItem, type DroppedKind } from './report';

export interface CleanOptions extends WalkOptions {
  /**
   * The caller already ran step 1 on this HTML (the paste plugin legacy-paste.ts, which must also
   * see plain text; the import's legacy-import.ts, which also reads .docx run fonts): running it
   * again finds nothing and costs as much as the rest of the cleaning on a long paste.
   */
  legacyAlreadyRepaired?: boolean;
}

export interface CleanResult {
  blocks: PmNode[];
  /** Import only: the page's first <h1> or title paragraph, when nothing but a line or two came before it. */
  headline: string;
  /** Import only: the page's <title>. */
  title: string;
  sapo: string;
  penName: string;
  assets: Asset[];
  dropped: DroppedItem[];
  /** Paragraphs converted from a legacy encoding, per encoding (for the message). */
  legacy: LegacyReport;
}

/**
 * Step 1: legacy Vietnamese encodings (TCVN3, VNI, VIQR) to Unicode, on the raw HTML with its
 * font names (core/vi/legacy/html.ts: runs by their .Vn or VNI- font, the rest by their text).
 */
export function repairLegacyEncodings(html: string): { html: string; report: LegacyReport } {
  return convertLegacyHtml(html);
}

export function cleanForeignHtml(html: string, options: CleanOptions): CleanResult {
  const repaired = options.legacyAlreadyRepaired === true ? { html, report: {} } : repairLegacyEncodings(html);
  const doc = parseBounded(cleanImportedText(repaired.html));
  const walker = new Walker(options, findFootnotes(doc.children));
  const blocks = walker.blocks(doc.children);
  const titleEl = options.mode === 'import' ? findTitle(doc.children) : null;
  return {
    blocks,
    headline: walker.headline,
    title: titleEl ? collapse(titleEl.children.map((c) => (isText(c) ? c.data : '')).join('')).trim() : '',
    sapo: walker.sapo,
    penName: walker.penName,
    assets: walker.assets,
    dropped: walker.dropped.list(),
    legacy: repaired.report,
  };
}
