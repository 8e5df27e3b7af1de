/**
 * 2. Press release, in the release's language (core/export/labels.ts):
 * - English (international wire style): FOR IMMEDIATE RELEASE or EMBARGOED UNTIL <date time
 *   zone>, the media contact block, headline (Title), optional subhead (Subtitle), the dateline
 *   `CITY, Month D, YYYY —` leading the first paragraph (the sapo when there is one, otherwise the
 *   body's first paragraph), the body, the "About …" boilerplate and `###` centred; "Photo 1: …".
 * - Vietnamese (thông cáo báo chí): THÔNG CÁO BÁO CHÍ, the embargo in words when there is one,
 *   "Liên hệ báo chí:", headline, subhead, the place-date line `Điện Biên Phủ, ngày 15 tháng 01
 *   năm 2027` on its own line (italic, right), the sapo in bold, the body, "Về …", and `./.` after
 *   the last word; "Ảnh 1: …".
 * The end mark is added only when the officer has not typed it already; with no place and no date
 * there is no dateline at all (no stray dash).
 */
import { AlignmentType, Paragraph, TextRun, type FileChild } from 'docx';
import type { PmNode } from '../../../document/release';
import { bodyEndsWith, bodyWithEndMark } from '../../end-mark';
import { exportLabels } from '../../labels';
import { renderBlocks, textParagraph } from '../blocks';
import { inlineChildren, plainRuns } from '../inline';
import { LAYOUTS } from '../../layout';
import { docxSpecFor } from '../layout-spec';
import { pageNumberParts } from '../page-numbers';
import type { DocxTemplateSpec } from '../spec';
import { STYLE } from '../styles';
import { pageProperties, type DocxTemplateDefinition } from '../template';

/** The press row of the layout table (core/export/layout.ts) in Word units; captions "Photo 1" / "Ảnh 1" by the release's language. */
export const pressSpec: DocxTemplateSpec = docxSpecFor('press', 'Photo');

const paragraphNodes = (text: string): PmNode[] =>
  text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p }] }));

export const pressTemplate: DocxTemplateDefinition = {
  spec: pressSpec,
  specFor: (input) => docxSpecFor('press', exportLabels(input.release.language).photo),
  section: (input, ctx) => {
    const { release, organisation } = input;
    const vi = release.language === 'vi';
    const l = exportLabels(release.language);
    const embargo = l.pressEmbargo(release.embargo);
    const children: FileChild[] = vi
      ? [textParagraph(l.pressHeading, { bold: true }, { alignment: AlignmentType.CENTER }), ...(embargo ? [textParagraph(embargo, { bold: true, italics: true }, { alignment: AlignmentType.CENTER })] : [])]
      : [textParagraph(embargo ?? l.pressHeading, { bold: true })];
    const contact = [release.contact.name, release.contact.phone, release.contact.email].map((s) => s.trim()).filter((s) => s !== '');
    if (contact.length > 0) {
      children.push(textParagraph(`${l.contact}:`, { bold: true }, { style: STYLE.normal }));
      children.push(new Paragraph({ children: plainRuns(contact.join('\n')) }));
    }
    if (release.headline.trim()) children.push(textParagraph(release.headline, {}, { style: STYLE.title }));
    if (release.subhead.trim()) children.push(textParagraph(release.subhead, {}, { style: STYLE.subtitle }));

    const about = paragraphNodes(release.boilerplate);
    // The end mark follows the last words of the release: the boilerplate's when there is one.
    const mark = l.endMark;
    let body: readonly PmNode[] = release.body.content;
    const closing = about.length > 0 ? about : body;
    const markTyped = bodyEndsWith(closing, mark.text);
    const withMark = (nodes: readonly PmNode[]): readonly PmNode[] => (mark.inline && !markTyped ? bodyWithEndMark(nodes, mark.text) : nodes);
    if (about.length === 0) body = withMark(body);

    const dateline = l.pressDateline(release.dateline.place, release.dateline.date);
    const sapo = release.sapo.trim();
    if (vi) {
      if (dateline) children.push(textParagraph(dateline, { italics: true }, { alignment: AlignmentType.RIGHT }));
      if (sapo) children.push(new Paragraph({ children: plainRuns(sapo, { bold: true }) }));
    } else {
      const lead = dateline ? [new TextRun({ text: `${dateline} `, bold: true })] : [];
      if (sapo) {
        children.push(new Paragraph({ children: [...lead, ...plainRuns(sapo)] }));
      } else if (body[0]?.type === 'paragraph' && lead.length > 0) {
        children.push(new Paragraph({ children: [...lead, ...inlineChildren(body[0].content, {}, ctx.review)] }));
        body = body.slice(1);
      } else if (lead.length > 0) {
        children.push(new Paragraph({ children: lead }));
      }
    }
    children.push(...renderBlocks(body, ctx));

    if (about.length > 0) {
      children.push(new Paragraph({ spacing: { before: 240 }, keepNext: true, children: plainRuns(l.about(organisation.issuingBody), { bold: true }) }));
      children.push(...renderBlocks(withMark(about), ctx));
    }
    if (!mark.inline && !markTyped) children.push(textParagraph(mark.text, {}, { alignment: AlignmentType.CENTER }));
    const { titlePage, ...numbers } = pageNumberParts(LAYOUTS.press);
    return { properties: { page: pageProperties(pressSpec), titlePage }, ...numbers, children };
  },
  author: (input) => input.release.author.penName.trim() || input.release.contact.name.trim(),
  subject: (input) => input.release.subhead.trim() || input.release.headline.trim(),
};
