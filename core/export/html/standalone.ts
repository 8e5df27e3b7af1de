/**
 * The standalone HTML page: one UTF-8 NFC document a reader opens in any browser or prints.
 * <article> with a <header> (status line and media contact for press releases; the headline as
 * <h1>, subhead, dateline, the sapo as <p class="sapo">), the lead photo first, the body, the pen
 * name last (right-aligned by the stylesheet), and for press releases the boilerplate and ###;
 * for official notices the header block, signature block and recipients. Images are embedded as
 * data: URIs or returned as files `<name>-anh-1.jpg`, ... referenced relatively.
 * The page is built as a string and then passed through the output sanitizer.
 */
import { figureAttrs } from '../../document/figure';
import type { ApprovalRecord, PmNode, Release } from '../../document/release';
import { isSafeHref } from '../../document/schema-names';
import { signatureLineText } from '../../document/signature-lines';
import { keepLastTwoWords } from '../keep-together';
import { defaultDocxTemplate, type ExportInput } from '../types';
import { creditLine, findLeadFigure, renderBlocks, renderInline, type BodyContext } from './body';
import { HtmlNotes } from './footnotes';
import { escapeAttr, escapeMultiline, escapeText, hrefForHtml } from './escape';
import { ImageFiles, slugify } from './images';
import { bodyEndsWith, bodyWithEndMark } from '../end-mark';
import { EXPORT_LABELS } from '../labels';
import { LABELS, displayDate, displayDateTime, officialDateLine, type PageLang } from './labels';
import { sanitizeHtml } from './sanitize';
import { parseIsoDate, vietnameseOfficialDate } from '../../vi/dates';
import { standaloneStylesheet } from './stylesheet';

export interface StandaloneOptions {
  images: 'embed' | 'files';
  /** The page language; the release's language when left out (every label follows it). */
  lang?: PageLang;
  /** File-name stem for image files (slugified); defaults to the headline's slug. */
  baseName?: string;
  /** Told about anything the output sanitizer removed (nothing, for a valid release). */
  onRemoved?: (what: string) => void;
  /** A draft export: a visible "DRAFT / BẢN NHÁP" banner and `<meta name="robots" content="noindex">`. */
  draft?: boolean;
  /** A final export: the approval it carries, named in pressdesk-* `<meta>` tags. */
  approval?: ApprovalRecord;
}

export const HTML_DRAFT_MARK = 'DRAFT / BẢN NHÁP';

/** The head's sign-off lines: noindex for a draft, the approval for a final export. */
function signoffMeta(options: StandaloneOptions): string {
  let out = options.draft === true ? '<meta name="robots" content="noindex">\n' : '';
  const a = options.approval;
  if (a !== undefined) {
    const approver = a.signerPosition ? `${a.signerName}, ${a.signerPosition}` : a.signerName;
    out +=
      `<meta name="pressdesk-content-hash" content="${escapeAttr(a.contentHash)}">\n` +
      `<meta name="pressdesk-approver" content="${escapeAttr(approver)}">\n` +
      `<meta name="pressdesk-approved-at" content="${escapeAttr(a.time)}">\n` +
      `<meta name="pressdesk-key-fingerprint" content="${escapeAttr(a.fingerprint)}">\n`;
  }
  return out;
}

export interface StandaloneResult {
  html: string;
  /** Image files to write beside the page (empty when images are embedded). */
  files: Map<string, Uint8Array>;
}

const p = (cls: string, html: string): string => (html === '' ? '' : `<p class="${cls}">${html}</p>\n`);

function figureHtml(images: ImageFiles, mode: 'embed' | 'files', lang: PageLang, lead: boolean) {
  return (node: PmNode, captionHtml: string): string => {
    const a = figureAttrs(node);
    const { asset } = images.asset(a.asset);
    const src = mode === 'embed' ? images.dataUri(a.asset) : images.nameFor(a.asset);
    const classes = lead ? 'image image--lead' : `image image--${a.width} image--${a.align}`;
    const credit = creditLine(a.credit, lang);
    const caption = [captionHtml, credit === '' ? '' : `<span class="credit">${escapeText(credit)}</span>`].filter((s) => s !== '').join(' ');
    // A data: URI is base64 with a fixed prefix, nothing to escape (and megabytes long).
    const img = `<img src="${mode === 'embed' ? src : escapeAttr(src)}" alt="${escapeAttr(a.alt)}" width="${asset.width}" height="${asset.height}">`;
    return `<figure class="${classes}">${img}${caption === '' ? '' : `<figcaption>${caption}</figcaption>`}</figure>\n`;
  };
}

function contactBlock(release: Release, lang: PageLang): string {
  const { name, phone, email } = release.contact;
  if (!name.trim() && !phone.trim() && !email.trim()) return '';
  const l = LABELS[lang];
  const lines: string[] = [`<span class="label">${escapeText(l.contact)}:</span>`];
  if (name.trim()) lines.push(escapeText(name.trim()));
  if (phone.trim()) {
    const tel = `tel:${phone.replace(/[^\d+]/g, '')}`;
    const shown = escapeText(phone.trim());
    lines.push(`${escapeText(l.phone)}: ${isSafeHref(tel) ? `<a href="${escapeAttr(tel)}">${shown}</a>` : shown}`);
  }
  if (email.trim()) {
    const mail = `mailto:${email.trim()}`;
    const shown = escapeText(email.trim());
    lines.push(`${escapeText(l.email)}: ${isSafeHref(mail) ? `<a href="${escapeAttr(hrefForHtml(mail))}">${shown}</a>` : shown}`);
  }
  return `<address class="contact">${lines.join('<br>')}</address>\n`;
}

function datelineHtml(release: Release, lang: PageLang): string {
  const { place, date } = release.dateline;
  // A Vietnamese press release dates itself as the official formats do: "ngày 08 tháng 01 năm 2019".
  const official = release.kind === 'press' && lang === 'vi' ? parseIsoDate(date) : null;
  const shown = official ? vietnameseOfficialDate(official) : displayDate(date, lang);
  const time = shown === '' ? '' : `<time datetime="${escapeAttr(date)}">${escapeText(shown)}</time>`;
  const text = [escapeText(place.trim()), time].filter((s) => s !== '').join(', ');
  if (text === '') return '';
  return p('dateline', release.kind === 'press' && lang === 'en' ? `${text} —` : text);
}

function noticeHeader(input: ExportInput): string {
  const { release, organisation } = input;
  const n = release.notice;
  const party = organisation.rulebook === 'party';
  const num = /^\d$/.test(n.number.trim()) ? `0${n.number.trim()}` : n.number.trim();
  const numberLine = num || n.symbol ? (party ? `Số ${num}-${n.symbol}` : `Số: ${num}/${n.symbol}`) : '';
  const left = [p('notice-parent', escapeText(keepLastTwoWords(organisation.parentBody))), p('notice-issuer', escapeText(keepLastTwoWords(organisation.issuingBody))), p('notice-number', escapeText(numberLine))].join('');
  const date = officialDateLine(release.dateline.place || organisation.placeName, release.dateline.date);
  const right = party
    ? p('notice-issuer', 'ĐẢNG CỘNG SẢN VIỆT NAM')
    : p('notice-issuer', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM') + p('notice-motto', 'Độc lập - Tự do - Hạnh phúc');
  return `<div class="notice-head">\n<div class="notice-org">\n${left}</div>\n<div>\n${right}${p('dateline', escapeText(date))}</div>\n</div>\n`;
}

function noticeFooter(release: Release, lang: PageLang): string {
  const n = release.notice;
  let out = '';
  const levels = n.signatureLines.map(signatureLineText).filter((s) => s !== '');
  if (levels.length > 0 || n.signerName) {
    // One paragraph per level of the block, as in the DOCX: `KT. TRƯỞNG BAN` / `PHÓ TRƯỞNG BAN`.
    const lines = levels.map((l) => p('signature-authority', escapeText(l))).join('');
    out += `<div class="signature">\n${lines}${p('signature-name', escapeText(n.signerName))}</div>\n`;
  }
  if (n.recipients.length > 0) {
    const items = n.recipients.map((r, i) => `<li>- ${escapeText(r)}${i === n.recipients.length - 1 ? '.' : ';'}</li>\n`).join('');
    out += `<div class="recipients">\n${p('recipients-label', escapeText(LABELS[lang].recipients))}<ul>\n${items}</ul>\n</div>\n`;
  }
  return out;
}

function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => `<p>${escapeMultiline(s)}</p>\n`)
    .join('');
}

/** Text with `./.` after its last word, once. */
function withInlineMark(text: string, mark: string): string {
  const t = text.trimEnd();
  if (t.endsWith(mark)) return t;
  return `${t}${mark === './.' && t.endsWith('.') ? '/.' : mark}`;
}

/** The release as one standalone HTML page (see the module comment). */
export function renderStandaloneHtml(input: ExportInput, options: StandaloneOptions): StandaloneResult {
  const { release } = input;
  const lang = options.lang ?? release.language;
  const l = LABELS[lang];
  const mark = EXPORT_LABELS[lang].endMark;
  // A press release ends with its mark (./. after the last words, or ###), unless typed already.
  const closesBody = release.kind === 'press' && release.boilerplate.trim() === '';
  const bodyContent = closesBody && mark.inline ? bodyWithEndMark(release.body.content, mark.text) : release.body.content;
  const prefix = `${slugify(options.baseName ?? release.headline) || 'ban-tin'}-`;
  const images = new ImageFiles(release, input.assets, prefix);
  const lead = findLeadFigure(release.body.content);
  // One numbering for the lead photo's caption and the body: the lead is written first.
  const notes = new HtmlNotes();
  const ctx: BodyContext = { figure: figureHtml(images, options.images, lang, false), skip: lead ? new Set([lead]) : new Set(), notes };
  const leadCtx: BodyContext = { figure: figureHtml(images, options.images, lang, true), notes };

  let header = options.draft === true ? p('draft-mark', escapeText(HTML_DRAFT_MARK)) : '';
  if (release.kind === 'press') {
    const status = release.embargo.mode === 'until' ? l.embargoed(displayDateTime(release.embargo.at, lang)) : l.immediate;
    header += p('release-status', escapeText(status)) + contactBlock(release, lang);
  }
  if (release.kind === 'notice') header += noticeHeader(input);
  const title = release.headline.trim() || (release.kind === 'notice' ? l.noticeTitle : '');
  header += `<h1${release.kind === 'notice' ? ' class="notice-title"' : ''}>${escapeText(title)}</h1>\n`;
  if (release.kind === 'notice') header += p('notice-summary', escapeText(keepLastTwoWords(release.notice.summary.trim())));
  header += p('subhead', escapeMultiline(release.subhead.trim()));
  if (release.kind !== 'notice') header += datelineHtml(release, lang);
  header += p('sapo', escapeMultiline(release.sapo.trim()));

  let main = lead ? leadCtx.figure(lead, renderInline(lead.content, leadCtx)) : '';
  main += renderBlocks(bodyContent, ctx);
  main += p('author', escapeText(release.author.penName.trim()));
  main += notes.html(lang, true);

  let footer = '';
  if (release.kind === 'press') {
    const boilerplate = paragraphs(closesBody || !mark.inline ? release.boilerplate : withInlineMark(release.boilerplate, mark.text));
    if (boilerplate !== '') footer += `<div class="boilerplate">\n${boilerplate}</div>\n`;
    const typed = closesBody ? bodyEndsWith(release.body.content, mark.text) : release.boilerplate.trimEnd().endsWith(mark.text);
    if (!mark.inline && !typed) footer += p('end-mark', escapeText(mark.text));
  }
  if (release.kind === 'notice') footer += noticeFooter(release, lang);

  // Printed from a browser, the page takes its layout's paper, margins and body type (as the DOCX).
  const stylesheet = standaloneStylesheet(defaultDocxTemplate(release.kind, input.organisation.rulebook));
  const page =
    '<!DOCTYPE html>\n' +
    `<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<meta name="generator" content="${escapeAttr(input.generator)}">\n` +
    signoffMeta(options) +
    `<title>${escapeText(title || 'PressDesk')}</title>\n` +
    `<style>${stylesheet}</style>\n</head>\n<body>\n<main>\n` +
    `<article class="release release--${release.kind}">\n<header>\n${header}</header>\n${main}` +
    (footer === '' ? '' : `<footer>\n${footer}</footer>\n`) +
    '</article>\n</main>\n</body>\n</html>\n';

  const html = sanitizeHtml(page, { profile: 'standalone', images: options.images, stylesheet, ...(options.onRemoved ? { onRemoved: options.onRemoved } : {}) });
  return { html, files: options.images === 'files' ? images.files : new Map() };
}
