/**
 * The print page: the release laid out as its DOCX layout prints it — same parts in the same
 * order (core/export/docx/templates/*), same numbers (the layout table through
 * print-stylesheet.ts) — as one self-contained HTML page for Print… and PDF (Electron's
 * printToPDF, Chromium's page.pdf in the browser host and the CLI). Never the app's chrome.
 * The body goes through the HTML body renderer (body.ts); photos are embedded; the page passes
 * the output sanitizer and carries its own CSP: no script at all, only its one stylesheet (by
 * hash) and data: images.
 */
import { figureAttrs } from '../../document/figure';
import type { ApprovalRecord, PmNode, Release } from '../../document/release';
import { signatureLineText } from '../../document/signature-lines';
import { base64 } from './images';
import { sha256 } from '../../document/sha256';
import { noticeNumberLine, vietnamesePlaceDate } from '../docx/dates';
import { bodyEndsWith, bodyWithEndMark } from '../end-mark';
import { keepLastTwoWords } from '../keep-together';
import { exportLabels } from '../labels';
import { LAYOUTS, type Layout } from '../layout';
import { caps, recipientLines } from '../notice-text';
import type { ExportInput } from '../types';
import { creditLine, renderBlocks, renderInline, type BodyContext } from './body';
import { escapeAttr, escapeMultiline, escapeText } from './escape';
import { HtmlNotes } from './footnotes';
import { ImageFiles } from './images';
import { printStylesheet } from './print-stylesheet';
import { sanitizeHtml } from './sanitize';

export interface PrintPageOptions {
  layout: Layout;
  /** A draft: the DRAFT / BẢN NHÁP line on page 1 and the running mark on every page. */
  draft?: boolean;
  /** A final print: a notice is signed by the approver, as in the DOCX. */
  approval?: ApprovalRecord;
  /** Told about anything the output sanitizer removed (nothing, for a valid release). */
  onRemoved?: (what: string) => void;
}

export const PRINT_DRAFT_MARK = 'DRAFT / BẢN NHÁP';

const p = (cls: string, html: string): string => (html === '' ? '' : `<p${cls === '' ? '' : ` class="${cls}"`}>${html}</p>\n`);

const paragraphs = (text: string): string[] =>
  text
    .split(/\n+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

const textNodes = (text: string): PmNode[] => paragraphs(text).map((t) => ({ type: 'paragraph', content: [{ type: 'text', text: t }] }));

/** Figures numbered in body order, as the DOCX captions them: "Ảnh 1: caption (credit)". */
function figureWriter(images: ImageFiles, label: string | null, lang: string): BodyContext['figure'] {
  let count = 0;
  return (node, captionHtml) => {
    const a = figureAttrs(node);
    const { asset } = images.asset(a.asset);
    const n = ++count;
    const tag = label ? `${label} ${n}` : '';
    const credit = a.credit.trim();
    let caption = captionHtml;
    if (label) {
      // Numbered captions (official and press layouts) put the credit in brackets, as Word does.
      caption = [tag + (captionHtml !== '' || credit !== '' ? ':' : ''), captionHtml, credit === '' ? '' : captionHtml !== '' ? `(${escapeText(credit)})` : escapeText(credit)].filter((s) => s !== '').join(' ');
    } else if (credit !== '') {
      caption = [captionHtml, `<span class="credit">${escapeText(creditLine(credit, lang))}</span>`].filter((s) => s !== '').join(' ');
    }
    const img = `<img src="${images.dataUri(a.asset)}" alt="${escapeAttr(a.alt)}" width="${asset.width}" height="${asset.height}">`;
    return `<figure class="image image--${a.width} image--${a.align}">${img}${caption === '' ? '' : `<figcaption>${caption}</figcaption>`}</figure>\n`;
  };
}

/** The body's footnotes, numbered in reading order, listed after it (Word puts them at the foot of their page). */
const notesHtml = (release: Release, ctx: BodyContext): string => ctx.notes?.html(release.language, true) ?? '';

function contactHtml(release: Release): string {
  const l = exportLabels(release.language);
  const { name, phone, email } = release.contact;
  const lines = [name.trim(), phone.trim() ? `${l.phone}: ${phone.trim()}` : '', email.trim() ? `${l.email}: ${email.trim()}` : ''].filter((s) => s !== '');
  if (lines.length === 0) return '';
  return `<div class="contact">\n${p('label', escapeText(`${l.contact}:`))}${p('', lines.map(escapeText).join('<br>'))}</div>\n`;
}

function newsPage(release: Release, ctx: BodyContext): string {
  const l = exportLabels(release.language);
  const dateline = [release.dateline.place.trim(), l.displayDate(release.dateline.date)].filter((s) => s !== '').join(', ');
  return (
    (release.headline.trim() ? `<h1>${escapeText(release.headline.trim())}</h1>\n` : '') +
    p('subhead', escapeMultiline(release.subhead.trim())) +
    p('dateline', escapeText(dateline)) +
    paragraphs(release.sapo).map((s) => p('sapo', escapeText(s))).join('') +
    renderBlocks(release.body.content, ctx) +
    notesHtml(release, ctx) +
    p('author', escapeText(release.author.penName.trim())) +
    contactHtml(release)
  );
}

function pressPage(input: ExportInput, ctx: BodyContext): string {
  const { release, organisation } = input;
  const vi = release.language === 'vi';
  const l = exportLabels(release.language);
  const embargo = l.pressEmbargo(release.embargo);
  let out = vi
    ? p('release-status release-status--centre', escapeText(l.pressHeading)) + (embargo ? p('embargo', escapeText(embargo)) : '')
    : p('release-status', escapeText(embargo ?? l.pressHeading));
  out += contactHtml(release);
  if (release.headline.trim()) out += `<h1>${escapeText(release.headline.trim())}</h1>\n`;
  out += p('subhead', escapeMultiline(release.subhead.trim()));
  // The end mark follows the last words of the release: the boilerplate's when there is one.
  const about = textNodes(release.boilerplate);
  const mark = l.endMark;
  let body: readonly PmNode[] = release.body.content;
  const markTyped = bodyEndsWith(about.length > 0 ? about : body, mark.text);
  const withMark = (nodes: readonly PmNode[]): readonly PmNode[] => (mark.inline && !markTyped ? bodyWithEndMark(nodes, mark.text) : nodes);
  if (about.length === 0) body = withMark(body);
  const dateline = l.pressDateline(release.dateline.place, release.dateline.date);
  const sapo = release.sapo.trim();
  if (vi) {
    out += p('dateline dateline--right', escapeText(dateline));
    if (sapo) out += p('sapo', escapeMultiline(sapo));
  } else {
    const lead = dateline ? `<strong>${escapeText(dateline)}</strong> ` : '';
    if (sapo) out += p('', lead + escapeMultiline(sapo));
    else if (body[0]?.type === 'paragraph' && lead) {
      out += p('', lead + renderInline(body[0].content, ctx));
      body = body.slice(1);
    } else if (lead) out += p('', lead);
  }
  out += renderBlocks(body, ctx) + notesHtml(release, ctx);
  if (about.length > 0) out += p('label', escapeText(l.about(organisation.issuingBody))) + renderBlocks(withMark(about), ctx);
  if (!mark.inline && !markTyped) out += p('end-mark', escapeText(mark.text));
  return out;
}

function noticePage(input: ExportInput, layout: 'decree30' | 'party36', ctx: BodyContext): string {
  const { release, organisation } = input;
  const n = LAYOUTS[layout].notice!;
  const issuing = caps(organisation.issuingBody);
  const left =
    (organisation.parentBody.trim() ? p('notice-parent', escapeText(keepLastTwoWords(caps(organisation.parentBody)))) : '') +
    (issuing ? p('notice-issuer', escapeText(keepLastTwoWords(issuing))) : '');
  const right = n.right.map((line, i) => p('', i === n.right.length - 1 ? `<span class="notice-ruled">${escapeText(line.text)}</span>` : escapeText(line.text))).join('');
  const place = release.dateline.place.trim() || organisation.placeName.trim();
  const head =
    `<div class="notice-head">\n<div class="notice-org">\n${left}</div>\n<div class="notice-state">\n${right}</div>\n` +
    `<div>\n${p('notice-number', escapeText(noticeNumberLine(n.rulebook, release.notice.number, release.notice.symbol)))}</div>\n` +
    `<div>\n${p('dateline', escapeText(vietnamesePlaceDate(place, release.dateline.date)))}</div>\n</div>\n`;
  const summary = (release.notice.summary.trim() || release.headline.trim()).normalize('NFC');
  const levels = release.notice.signatureLines.map((line) => caps(signatureLineText(line))).filter((h) => h !== '');
  const signature = levels.map((h) => p('signature-authority', escapeText(h))).join('') + p('signature-name', escapeText(release.notice.signerName.trim()));
  const recipients = p('recipients-label', 'Nơi nhận:') + recipientLines(release, organisation).map((r) => p('', escapeText(r))).join('');
  return (
    head +
    '<h1 class="notice-title">THÔNG CÁO</h1>\n' +
    p('notice-summary', escapeText(keepLastTwoWords(summary))) +
    renderBlocks(bodyWithEndMark([...textNodes(release.sapo), ...release.body.content]), ctx) +
    notesHtml(release, ctx) +
    `<div class="notice-foot">\n<div class="recipients">\n${recipients}</div>\n<div class="signature">\n${signature}</div>\n</div>\n`
  );
}

/** The CSP the page carries: nothing may load or run but its own stylesheet and embedded photos. */
export function printPageCsp(stylesheet: string): string {
  return `default-src 'none'; style-src 'sha256-${base64(sha256(stylesheet))}'; img-src data:; base-uri 'none'; form-action 'none'`;
}

/** The release as the print page of a layout (see the module comment). */
export function renderPrintHtml(input: ExportInput, options: PrintPageOptions): string {
  const { layout } = options;
  // The approver signs a notice: their name replaces the signature block's, as in the DOCX.
  const signed = options.approval !== undefined && LAYOUTS[layout].notice !== null ? { ...input.release.notice, signerName: options.approval.signerName } : input.release.notice;
  const release: Release = { ...input.release, notice: signed };
  const l = exportLabels(release.language);
  const caption = LAYOUTS[layout].captionLabel === 'release' ? l.photo : LAYOUTS[layout].captionLabel;
  const images = new ImageFiles(release, input.assets, 'in-');
  const ctx: BodyContext = { figure: figureWriter(images, caption, release.language), notes: new HtmlNotes() };
  const full = { ...input, release };
  const content = layout === 'news' ? newsPage(release, ctx) : layout === 'press' ? pressPage(full, ctx) : noticePage(full, layout, ctx);
  const stylesheet = printStylesheet(layout, { draft: options.draft === true });
  const title = (layout === 'decree30' || layout === 'party36' ? release.notice.summary.trim() || release.headline.trim() : release.headline.trim()) || 'PressDesk';
  const page =
    '<!DOCTYPE html>\n' +
    `<html lang="${release.language}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="generator" content="${escapeAttr(input.generator)}">\n` +
    `<title>${escapeText(title)}</title>\n<style>${stylesheet}</style>\n</head>\n<body>\n<main>\n` +
    `<article class="release release--${release.kind}">\n` +
    (options.draft === true ? p('draft-mark', escapeText(PRINT_DRAFT_MARK)) : '') +
    content +
    '</article>\n</main>\n</body>\n</html>\n';
  const clean = sanitizeHtml(page, { profile: 'standalone', images: 'embed', stylesheet, ...(options.onRemoved ? { onRemoved: options.onRemoved } : {}) });
  // Our own constant policy, added after the sanitizer (which keeps no http-equiv meta from input).
  return clean.replace('<head>', `<head>\n<meta http-equiv="Content-Security-Policy" content="${escapeAttr(printPageCsp(stylesheet))}">`);
}
