/**
 * The portal (CMS) export: the separate fields a portal such as NukeViet asks for — title, sapo,
 * body HTML, author, lead image and its caption — and the images as files `anh-1.jpg`,
 * `anh-2.png`, ... in order of appearance (the lead photo first). The body is a fragment that
 * pastes cleanly: <p>, <strong>, <em>, <u>, <a>, <h2>/<h3>, lists, <blockquote> and
 * figures; no fonts, no classes but "image"/"credit", no mso-*, no &shy;, UTF-8 NFC.
 *
 * Presets:
 * - 'figure': <figure class="image"><img src="anh-1.jpg" alt="..."><figcaption>caption
 *   <span class="credit">Ảnh: ...</span></figcaption></figure>
 * - 'centered' (old editors without <figure>): <p style="text-align:center"><img ...></p> then
 *   <p style="text-align:center"><em>caption Ảnh: ...</em></p>. An inline text-align style is
 *   used rather than a class because the portal's theme has no class for it and CKEditor 4 (the
 *   editor NukeViet ships) keeps text-align through its justify plugin; it is the only style
 *   attribute the CMS profile of the sanitizer lets through.
 *
 * The lead photo is not repeated in the body: the portal shows it from its own field.
 *
 * Sign-off, as for DOCX and the standalone page: a draft's body starts with a bold
 * "DRAFT / BẢN NHÁP" paragraph and its title with "[DRAFT / BẢN NHÁP] ", so a draft pasted into a
 * portal field by field is still unmistakable; a final export carries its approval as the plain
 * text file approval.txt (the fields of the DOCX custom properties and the HTML pressdesk-* meta).
 */
import { strToU8 } from 'fflate';
import { figureAttrs, figureCaptionText } from '../../document/figure';
import type { ApprovalRecord, PmNode } from '../../document/release';
import type { ExportInput } from '../types';
import { creditLine, findLeadFigure, renderBlocks, type BodyContext } from './body';
import { HtmlNotes } from './footnotes';
import { cleanText, escapeAttr, escapeText } from './escape';
import { ImageFiles } from './images';
import type { PageLang } from './labels';
import { sanitizeHtml } from './sanitize';
import { HTML_DRAFT_MARK } from './standalone';

export type CmsPreset = 'figure' | 'centered';

export interface CmsFields {
  title: string;
  sapo: string;
  bodyHtml: string;
  author: string;
  /** File name of the lead photo (the portal's "ảnh đại diện"), or null when none is marked. */
  leadImage: string | null;
  /** The lead photo's caption and credit as plain text ('' without a lead photo). */
  leadCaption: string;
}

export interface CmsResult {
  fields: CmsFields;
  /** The images by file name: anh-1.jpg, anh-2.png, ... */
  files: Map<string, Uint8Array>;
  /** A final export's approval.txt (see approvalText), or null for a draft or an unsigned export. */
  approvalText: string | null;
}

export interface CmsOptions {
  preset: CmsPreset;
  /** Language of the credit prefix ("Ảnh:" / "Photo:"); the release's language when left out. */
  lang?: PageLang;
  /** Told about anything the output sanitizer removed (nothing, for a valid release). */
  onRemoved?: (what: string) => void;
  /** A draft export: the draft paragraph heads the body and the title carries CMS_DRAFT_TITLE_PREFIX. */
  draft?: boolean;
  /** A final export: the approval it carries, written as approval.txt. Never together with draft. */
  approval?: ApprovalRecord;
}

/** Plain text of a field: cleaned (no soft hyphens or control characters), NFC, trimmed. */
const plain = (s: string): string => cleanText(s).trim();

/** Heads a draft's title: the portal shows the title field everywhere, the body only when opened. */
export const CMS_DRAFT_TITLE_PREFIX = `[${HTML_DRAFT_MARK}] `;

/** The title field: plain text, with the draft prefix on a draft. */
export function cmsTitle(headline: string, draft: boolean): string {
  const title = plain(headline);
  return draft ? `${CMS_DRAFT_TITLE_PREFIX}${title}`.trimEnd() : title;
}

// Only <p> and <strong>: the CMS profiles keep no class but "image"/"credit", and a portal's
// editor keeps these whatever its configuration.
const DRAFT_PARAGRAPH = `<p><strong>${escapeText(HTML_DRAFT_MARK)}</strong></p>\n`;

/** One line of approval.txt: no line breaks or control characters inside a value. */
const oneLine = (s: string): string => plain(s).replace(/\s+/g, ' ');

/**
 * approval.txt: one "Label: value" line per field, the same fields as the DOCX custom properties
 * and the HTML pressdesk-* meta tags (raw hex hash and fingerprint, as they do). The labels are
 * fixed English words so a script can read the file; Position is left out when there is none.
 */
export function approvalText(a: ApprovalRecord): string {
  const position = oneLine(a.signerPosition);
  return [
    `Content hash: ${a.contentHash}`,
    `Approved by: ${oneLine(a.signerName)}`,
    ...(position === '' ? [] : [`Position: ${position}`]),
    `Approved at: ${a.time}`,
    `Key fingerprint: ${a.fingerprint}`,
  ]
    .map((line) => `${line}\n`)
    .join('');
}

const CENTER = ' style="text-align:center"';

function figureWriter(images: ImageFiles, preset: CmsPreset, lang: PageLang) {
  return (node: PmNode, captionHtml: string): string => {
    const a = figureAttrs(node);
    const img = `<img src="${escapeAttr(images.nameFor(a.asset))}" alt="${escapeAttr(a.alt)}">`;
    const credit = creditLine(a.credit, lang);
    if (preset === 'centered') {
      const caption = [captionHtml, escapeText(credit)].filter((s) => s !== '').join(' ');
      return `<p${CENTER}>${img}</p>\n${caption === '' ? '' : `<p${CENTER}><em>${caption}</em></p>\n`}`;
    }
    const caption = [captionHtml, credit === '' ? '' : `<span class="credit">${escapeText(credit)}</span>`].filter((s) => s !== '').join(' ');
    return `<figure class="image">${img}${caption === '' ? '' : `<figcaption>${caption}</figcaption>`}</figure>\n`;
  };
}

/** The portal fields and image files for a release (see the module comment). */
export function renderCmsExport(input: ExportInput, options: CmsOptions): CmsResult {
  const draft = options.draft === true;
  // A draft with an approval would be a final export marked as a draft: the caller mixed them up.
  if (draft && options.approval !== undefined) throw new Error('renderCmsExport: a draft export cannot carry an approval');
  const { release } = input;
  const lang = options.lang ?? release.language;
  const images = new ImageFiles(release, input.assets, '');
  const lead = findLeadFigure(release.body.content);

  let leadImage: string | null = null;
  let leadCaption = '';
  if (lead) {
    const a = figureAttrs(lead);
    leadImage = images.nameFor(a.asset);
    leadCaption = plain([figureCaptionText(lead).replace(/\n/g, ' ').trim(), creditLine(a.credit, lang)].filter((s) => s !== '').join(' '));
  }

  const notes = new HtmlNotes();
  const ctx: BodyContext = { figure: figureWriter(images, options.preset, lang), skip: lead ? new Set([lead]) : new Set(), notes };
  // Through the sanitizer with the rest, so the mark is held to the same profile.
  const raw = (draft ? DRAFT_PARAGRAPH : '') + renderBlocks(release.body.content, ctx) + notes.html(lang, false);
  const bodyHtml = sanitizeHtml(raw, {
    profile: options.preset === 'centered' ? 'cms-centered' : 'cms-figure',
    images: 'files',
    ...(options.onRemoved ? { onRemoved: options.onRemoved } : {}),
  });

  return {
    fields: {
      title: cmsTitle(release.headline, draft),
      sapo: plain(release.sapo),
      bodyHtml,
      author: plain(release.author.penName),
      leadImage,
      leadCaption,
    },
    files: images.files,
    approvalText: options.approval === undefined ? null : approvalText(options.approval),
  };
}

/**
 * The folder a CMS export is written as: body.html (the fragment), title.txt, sapo.txt,
 * author.txt, lead-caption.txt (when there is a lead photo), approval.txt (a final export) and
 * the images.
 */
export function cmsFolderFiles(result: CmsResult): Map<string, Uint8Array> {
  const text = (s: string): Uint8Array => strToU8(s.endsWith('\n') || s === '' ? s : `${s}\n`);
  const folder = new Map<string, Uint8Array>([
    ['body.html', text(result.fields.bodyHtml)],
    ['title.txt', text(result.fields.title)],
    ['sapo.txt', text(result.fields.sapo)],
    ['author.txt', text(result.fields.author)],
  ]);
  if (result.fields.leadImage !== null) folder.set('lead-caption.txt', text(result.fields.leadCaption));
  if (result.approvalText !== null) folder.set('approval.txt', text(result.approvalText));
  for (const [name, bytes] of result.files) folder.set(name, bytes);
  return folder;
}
