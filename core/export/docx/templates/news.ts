/**
 * 1. News article (tin bài) for the portal: headline (Title), subhead, the dateline as the HTML
 * page shows it (`Điện Biên Phủ, 15/1/2027` / `Dien Bien Phu, January 15, 2027`, italic), sapo in
 * bold, the body with its figures (caption sentence and credit, unnumbered as portals print them),
 * the author's pen name right-aligned, bold, and the press contact last when there is one.
 */
import { AlignmentType, Paragraph } from 'docx';
import type { Release } from '../../../document/release';
import { exportLabels, type ExportLabels } from '../../labels';
import { renderBlocks, textParagraph } from '../blocks';
import { plainRuns } from '../inline';
import { LAYOUTS } from '../../layout';
import { docxSpecFor } from '../layout-spec';
import { pageNumberParts } from '../page-numbers';
import type { DocxTemplateSpec } from '../spec';
import { STYLE } from '../styles';
import { pageProperties, type DocxTemplateDefinition } from '../template';

/** The news row of the layout table (core/export/layout.ts) in Word units. */
export const newsSpec: DocxTemplateSpec = docxSpecFor('news');

/** `Điện Biên Phủ, 15/1/2027`, or '' when neither place nor date is set. */
function datelineText(release: Release, l: ExportLabels): string {
  return [release.dateline.place.trim(), l.displayDate(release.dateline.date)].filter((s) => s !== '').join(', ');
}

/** "Liên hệ báo chí:" then name, phone and email, one a line (nothing when all are empty). */
function contactParagraphs(release: Release, l: ExportLabels): Paragraph[] {
  const { name, phone, email } = release.contact;
  const lines = [name.trim(), phone.trim() ? `${l.phone}: ${phone.trim()}` : '', email.trim() ? `${l.email}: ${email.trim()}` : ''].filter((s) => s !== '');
  if (lines.length === 0) return [];
  return [new Paragraph({ spacing: { before: 240 }, keepNext: true, children: plainRuns(`${l.contact}:`, { bold: true }) }), new Paragraph({ children: plainRuns(lines.join('\n')) })];
}

export const newsTemplate: DocxTemplateDefinition = {
  spec: newsSpec,
  section: (input, ctx) => {
    const { release } = input;
    const l = exportLabels(release.language);
    const dateline = datelineText(release, l);
    const children = [
      ...(release.headline.trim() ? [textParagraph(release.headline, {}, { style: STYLE.title })] : []),
      ...(release.subhead.trim() ? [textParagraph(release.subhead, {}, { style: STYLE.subtitle })] : []),
      ...(dateline ? [textParagraph(dateline, { italics: true })] : []),
      ...(release.sapo.trim() ? release.sapo.split(/\n+/).filter((p) => p.trim()).map((p) => textParagraph(p, { bold: true })) : []),
      ...renderBlocks(release.body.content, ctx),
      ...(release.author.penName.trim() ? [textParagraph(release.author.penName.trim(), { bold: true }, { alignment: AlignmentType.RIGHT })] : []),
      ...contactParagraphs(release, l),
    ];
    const { titlePage, ...numbers } = pageNumberParts(LAYOUTS.news);
    return { properties: { page: pageProperties(newsSpec), titlePage }, ...numbers, children };
  },
  author: (input) => input.release.author.penName.trim(),
  subject: (input) => input.release.sapo,
};
