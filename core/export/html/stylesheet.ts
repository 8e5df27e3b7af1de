/**
 * The standalone page's embedded stylesheet: a readable article on screen, and in print the page
 * of its layout — size, margins and body type from the layout table (core/export/layout.ts), as
 * the DOCX and the print page have them. It belongs to the document we generate (not to the app,
 * whose CSP forbids inline styles). The sanitizer accepts a <style> element only when it holds
 * exactly this text.
 */
import { LAYOUTS, SINGLE_LINE_EM, type Layout } from '../layout';

const SCREEN = `
:root { color-scheme: light; }
html { background: #f4f4f1; }
body { margin: 0; color: #1b1b1b; font-family: "Times New Roman", "Liberation Serif", "Noto Serif", Georgia, serif; font-size: 1.125rem; line-height: 1.6; }
main { max-width: 46rem; margin: 2rem auto; padding: 2.5rem 3rem; background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.12); }
article::after { content: ""; display: block; clear: both; }
header { margin-bottom: 1.5rem; }
h1 { font-size: 2rem; line-height: 1.25; margin: 0.5rem 0 0.75rem; }
h2 { font-size: 1.4rem; line-height: 1.3; margin: 1.8rem 0 0.6rem; }
h3 { font-size: 1.2rem; line-height: 1.3; margin: 1.4rem 0 0.5rem; }
p { margin: 0 0 0.9rem; }
.subhead { font-size: 1.25rem; color: #333; margin-top: -0.25rem; }
.dateline { color: #444; font-size: 1rem; }
.sapo { font-weight: bold; font-size: 1.15rem; }
.draft-mark { border: 2px solid #c00000; color: #c00000; font-weight: bold; padding: 0.3em 0.6em; text-align: center; }
.release-status { font-weight: bold; letter-spacing: 0.04em; text-transform: uppercase; }
.contact { font-style: normal; font-size: 1rem; border-left: 3px solid #999; padding-left: 0.75rem; margin: 0 0 1rem; }
.label { font-weight: bold; }
a { color: #0b4f9c; }
blockquote { margin: 1rem 0; padding: 0.25rem 1.25rem; border-left: 4px solid #b9b9b9; color: #2b2b2b; font-style: italic; }
ul, ol { margin: 0 0 0.9rem; padding-left: 1.6rem; }
li { margin-bottom: 0.3rem; }
li > p { margin: 0 0 0.3rem; }
figure.image { margin: 1.25rem auto; }
figure.image img { display: block; width: 100%; max-width: 100%; height: auto; margin: 0 auto; }
figure.image figcaption { font-size: 0.95rem; line-height: 1.45; color: #333; margin-top: 0.4rem; font-style: italic; text-align: center; }
.credit { font-style: normal; color: #4a4a4a; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: 1rem; line-height: 1.4; }
th, td { border: 1px solid #555; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #e6e6e6; font-weight: bold; }
th > p:last-child, td > p:last-child { margin-bottom: 0; }
.image--full { width: 100%; }
.image--two-thirds { width: 66.6%; }
.image--half { width: 50%; }
.image--left { float: left; margin: 0.3rem 1.5rem 1rem 0; }
.image--right { float: right; margin: 0.3rem 0 1rem 1.5rem; }
.image--lead { width: 100%; float: none; margin: 0 0 1.5rem; }
.author { text-align: right; font-weight: bold; margin-top: 1.5rem; clear: both; }
.boilerplate { border-top: 1px solid #ccc; padding-top: 1rem; margin-top: 1.5rem; font-size: 1rem; clear: both; }
.end-mark { text-align: center; font-weight: bold; margin-top: 1.5rem; }
.notice-head { display: flex; justify-content: space-between; gap: 2rem; text-align: center; font-size: 1rem; }
.notice-head p { margin: 0 0 0.3rem; }
.notice-motto { font-weight: bold; }
.notice-head .dateline { font-style: italic; margin-top: 0.6rem; }
.notice-parent { text-transform: uppercase; }
.notice-issuer { text-transform: uppercase; font-weight: bold; }
.notice-title { text-align: center; text-transform: uppercase; }
.notice-summary { text-align: center; font-weight: bold; }
.signature { width: 50%; margin-left: auto; text-align: center; margin-top: 2rem; }
.signature-authority { text-transform: uppercase; font-weight: bold; }
.signature-name { font-weight: bold; margin-top: 4rem; }
.recipients { font-size: 0.9rem; }
.recipients ul { list-style: none; padding-left: 0; }
.recipients-label { font-weight: bold; font-style: italic; margin-bottom: 0.2rem; }
.footnotes { margin-top: 2rem; padding-top: 0.5rem; border-top: 1px solid #767676; font-size: 0.9rem; }
.footnotes h2 { font-size: 1rem; }
sup a { text-decoration: none; }
@media (max-width: 40rem) {
  main { margin: 0; padding: 1.25rem; box-shadow: none; }
  .image--two-thirds, .image--half { width: 100%; }
  .image--left, .image--right { float: none; margin: 1.25rem auto; }
}
`;

/** In print: the layout's page and body type (the rest of the print rules are the same for all). */
function printRules(layout: Layout): string {
  const l = LAYOUTS[layout];
  const m = l.marginMm;
  return `@media print {
  @page { size: ${l.page.widthMm}mm ${l.page.heightMm}mm; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }
  html, main { background: #fff; }
  body { font-size: ${l.sizesPt.body}pt; line-height: ${Math.round(l.body.lineMultiple * SINGLE_LINE_EM * 1000) / 1000}; color: #000; }
  main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  h1 { font-size: 20pt; }
  h2 { font-size: 15pt; }
  h3 { font-size: 13pt; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  p, li, blockquote { orphans: 3; widows: 3; }
  figure.image { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  a { color: #000; text-decoration: underline; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; word-break: break-all; }
}
`;
}

/** The standalone page's stylesheet for the layout its release prints in. */
export function standaloneStylesheet(layout: Layout): string {
  return SCREEN + printRules(layout);
}

/** The news layout's (kept for callers that name no layout). */
export const STANDALONE_STYLESHEET = standaloneStylesheet('news');
