/**
 * The print page's stylesheet, generated from the layout table (core/export/layout.ts) — the
 * same numbers the DOCX templates read — as CSS paged media: `@page` size and margins, page
 * numbers in a margin box (`@top-center` / `@bottom-center`, Chromium 131+) from page 2, fonts,
 * sizes, spacing, the notice header's two columns and the signature block beside `Nơi nhận:`.
 * On screen the same page is shown as a sheet of the layout's text width (the browser host's tab).
 */
import { LAYOUTS, SINGLE_LINE_EM, textWidthMm, type Layout, type LayoutSpec } from '../layout';

/** What the running draft mark says at the top of every page after the first (page 1 has the DRAFT line). */
export const PRINT_DRAFT_RUNNING = 'DRAFT / BẢN NHÁP';

/** Metric-compatible fallbacks where Times New Roman or Arial are not installed (Linux, the CLI's Chromium). */
const FAMILIES: Record<LayoutSpec['font'], string> = {
  'Times New Roman': '"Times New Roman", "Liberation Serif", "Tinos", "Noto Serif", serif',
  Arial: 'Arial, "Liberation Sans", "Arimo", "Noto Sans", sans-serif',
};

const num = (n: number): string => String(Math.round(n * 1000) / 1000);
const mm = (n: number): string => `${num(n)}mm`;
const pt = (n: number): string => `${num(n)}pt`;

/** CSS line-height for a multiple of the font's single line (Word's "Multiple"). */
export function lineHeightOf(multiple: number): string {
  return num(multiple * SINGLE_LINE_EM);
}

function pageRules(l: LayoutSpec, draft: boolean): string {
  const m = l.marginMm;
  const box = `${l.pageNumber.edge}-${l.pageNumber.align === 'right' ? 'right' : 'center'}`;
  // The number stands `header` (or `footer`) mm from the page edge, as Word's header distance puts it.
  const place = l.pageNumber.edge === 'top' ? `vertical-align: top; padding-top: ${mm(m.header)};` : `vertical-align: bottom; padding-bottom: ${mm(m.footer)};`;
  const running = draft
    ? `  @top-right { content: "${PRINT_DRAFT_RUNNING}"; color: #c00000; font-family: ${FAMILIES[l.font]}; font-size: 9pt; font-weight: bold; vertical-align: top; padding-top: ${mm(Math.min(m.header, m.top) / 2)}; }\n`
    : '';
  return (
    `@page {\n  size: ${mm(l.page.widthMm)} ${mm(l.page.heightMm)};\n  margin: ${mm(m.top)} ${mm(m.right)} ${mm(m.bottom)} ${mm(m.left)};\n` +
    `  @${box} { content: counter(page); font-family: ${FAMILIES[l.font]}; font-size: ${pt(l.sizesPt.pageNumber)}; ${place} }\n` +
    running +
    '}\n' +
    // Never a number on page 1 (both rulebooks; kept for every layout), nor the running draft
    // mark there: page 1 has the DRAFT line itself.
    `@page :first { @${box} { content: none; }${draft ? ' @top-right { content: none; }' : ''} }\n`
  );
}

function textRules(l: LayoutSpec): string {
  const s = l.sizesPt;
  const lh = lineHeightOf(l.body.lineMultiple);
  const single = lineHeightOf(1);
  return `
:root { color-scheme: light; }
html { background: #fff; }
body { margin: 0; color: #000; background: #fff; font-family: ${FAMILIES[l.font]}; font-size: ${pt(s.body)}; line-height: ${lh}; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
main { margin: 0; padding: 0; }
p { margin: 0 0 ${pt(l.body.afterPt)}; text-align: ${l.body.align}; text-indent: ${l.body.firstLineCm === 0 ? '0' : `${num(l.body.firstLineCm)}cm`}; orphans: 2; widows: 2; }
h1 { font-size: ${pt(s.title)}; font-weight: bold; text-align: center; line-height: ${single}; margin: 6pt 0 6pt; break-after: avoid; }
h2 { font-size: ${pt(s.heading1)}; font-weight: bold; line-height: ${single}; margin: 12pt 0 6pt; break-after: avoid; }
h3 { font-size: ${pt(s.heading2)}; font-weight: bold; line-height: ${single}; margin: 9pt 0 6pt; break-after: avoid; }
.subhead { font-size: ${pt(s.subtitle)}; font-style: italic; text-align: center; text-indent: 0; margin-bottom: 12pt; }
.dateline { font-style: italic; text-indent: 0; }
.dateline--right { text-align: right; }
.sapo { font-weight: bold; }
.author { text-align: right; font-weight: bold; text-indent: 0; }
.label { font-weight: bold; text-indent: 0; margin-top: 12pt; break-after: avoid; }
.contact p { text-indent: 0; }
.release-status { font-weight: bold; text-indent: 0; }
.release-status--centre, .embargo { text-align: center; }
.embargo { font-weight: bold; font-style: italic; text-indent: 0; }
.end-mark { text-align: center; text-indent: 0; }
.draft-mark { color: #c00000; font-weight: bold; font-size: 14pt; text-align: center; text-indent: 0; margin-bottom: 12pt; }
a { color: inherit; text-decoration: underline; }
blockquote { margin: 6pt 1cm; font-style: italic; font-size: ${pt(s.quote)}; }
ul, ol { margin: 0 0 ${pt(l.body.afterPt)}; padding-left: 1.27cm; }
li { margin: 0 0 3pt; text-align: ${l.body.align}; }
li > p { text-indent: 0; margin-bottom: 3pt; }
figure.image { margin: 6pt auto ${pt(l.body.afterPt)}; break-inside: avoid; text-indent: 0; }
figure.image img { display: block; width: 100%; height: auto; max-height: ${mm((l.page.heightMm - l.marginMm.top - l.marginMm.bottom) * 0.75)}; object-fit: contain; }
figure.image figcaption { font-size: ${pt(s.caption)}; font-style: italic; text-align: center; line-height: ${single}; margin-top: 3pt; }
.image--full { width: 100%; }
.image--two-thirds { width: 66.667%; }
.image--half { width: 50%; }
.image--left { margin-left: 0; }
.image--right { margin-right: 0; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0 ${pt(l.body.afterPt)}; break-inside: auto; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 0.75pt solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; }
th { font-weight: bold; }
th p, td p { text-indent: 0; margin: 0; text-align: left; }
sup, sub { line-height: 0; }
.footnotes { margin-top: 12pt; border-top: 0.75pt solid #000; padding-top: 4pt; font-size: ${pt(Math.max(s.body - 3, 9))}; }
.footnotes h2 { font-size: ${pt(Math.max(s.body - 3, 9))}; margin: 0 0 3pt; }
.footnotes ol { margin: 0; padding-left: 0.8cm; }
.footnotes p, .footnotes li { text-indent: 0; margin: 0 0 2pt; text-align: left; }
/* On paper a reference is a number, not a link; the notes' way back is for screens. */
sup a { text-decoration: none; }
.footnotes li a { display: none; }
@media screen {
  html { background: #e6e6e6; }
  main { box-sizing: content-box; width: ${mm(textWidthMm(l))}; margin: 8mm auto; padding: ${mm(l.marginMm.top)} ${mm(l.marginMm.right)} ${mm(l.marginMm.bottom)} ${mm(l.marginMm.left)}; background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.25); }
}
`;
}

function noticeRules(l: LayoutSpec): string {
  const n = l.notice;
  if (n === null) return '';
  const single = lineHeightOf(1);
  const right = n.right.map((line, i) => `.notice-state p:nth-child(${i + 1}) { font-size: ${pt(line.pt)}; }`).join('\n');
  // Under the issuing body: a short rule (state) or a centred star (Party), as the DOCX draws it.
  const under =
    n.left.under === 'rule'
      ? '.notice-issuer::after { content: ""; display: block; width: 40%; margin: 1pt auto 0; border-bottom: 0.5pt solid #000; }'
      : '.notice-issuer::after { content: "*"; display: block; font-weight: normal; }';
  return `
.notice-head { display: grid; grid-template-columns: ${mm(n.leftColumnMm)} ${mm(textWidthMm(l) - n.leftColumnMm)}; text-align: center; line-height: ${single}; margin-bottom: 18pt; }
.notice-head p { margin: 0; text-indent: 0; text-align: center; }
.notice-parent { font-size: ${pt(n.left.parentBodyPt)}; text-transform: uppercase; }
.notice-issuer { font-size: ${pt(n.left.issuingBodyPt)}; font-weight: bold; text-transform: uppercase; }
${under}
.notice-state p { font-weight: bold; }
${right}
.notice-ruled { display: inline-block; border-bottom: 0.5pt solid #000; padding-bottom: 1pt; }
.notice-number { font-size: ${pt(n.left.numberPt)}; padding-top: 6pt; }
.notice-head .dateline { font-size: ${pt(n.placeDatePt)}; font-weight: normal; font-style: italic; padding-top: 6pt; }
h1.notice-title { text-transform: uppercase; margin-top: 6pt; margin-bottom: 0; }
.notice-summary { font-size: ${pt(n.summaryPt)}; font-weight: bold; text-align: center; text-indent: 0; line-height: ${single}; margin: 0 0 18pt; }
.notice-summary::after { content: ""; display: block; width: 33%; margin: 4pt auto 0; border-bottom: 0.5pt solid #000; }
.notice-foot { display: grid; grid-template-columns: ${num(n.recipientsShare * 100)}% ${num((1 - n.recipientsShare) * 100)}%; margin-top: 6pt; line-height: ${single}; break-inside: avoid; }
.notice-foot p { margin: 0; text-indent: 0; }
.recipients-label { font-size: ${pt(n.recipientsHeadingPt)}; font-weight: bold; font-style: italic; text-align: left; }
.recipients p { font-size: ${pt(n.recipientsPt)}; text-align: left; }
.signature { text-align: center; }
.signature p { text-align: center; }
.signature-authority { font-size: ${pt(n.signaturePt)}; font-weight: bold; text-transform: uppercase; }
.signature-name { font-size: ${pt(n.signerNamePt)}; font-weight: bold; margin-top: ${num(4 * n.signaturePt * SINGLE_LINE_EM)}pt !important; }
`;
}

/** The print stylesheet of a layout; a draft adds the running mark at the top right of every page. */
export function printStylesheet(layout: Layout, options: { draft?: boolean } = {}): string {
  const l = LAYOUTS[layout];
  return `\n${pageRules(l, options.draft === true)}${textRules(l)}${noticeRules(l)}`;
}
