/**
 * 2. Press release (international wire style): FOR IMMEDIATE RELEASE or EMBARGOED UNTIL <date
 * time zone>, the media contact block (name, phone, email), headline (Title), optional subhead
 * (Subtitle), the dateline `CITY, Month D, YYYY —` leading the first paragraph (the sapo when
 * there is one, otherwise the body's first paragraph), the body, the "About …" boilerplate and
 * the end mark `###` centred. Captions are numbered "Photo 1: …".
 */
import { AlignmentType, Paragraph, TextRun, type FileChild } from 'docx';
import type { PmNode } from '../../../document/release';
import { renderBlocks, textParagraph } from '../blocks';
import { englishDateline, embargoLine } from '../dates';
import { inlineChildren, plainRuns } from '../inline';
import { A4, type DocxTemplateSpec } from '../spec';
import { STYLE } from '../styles';
import { pageProperties, type DocxTemplateDefinition } from '../template';

export const pressSpec: DocxTemplateSpec = {
  page: { ...A4, margin: { top: 1134, bottom: 1134, left: 1418, right: 1134, header: 567, footer: 567 } },
  font: 'Arial',
  sizes: { body: 22, title: 32, subtitle: 26, heading1: 26, heading2: 24, heading3: 22, caption: 20, quote: 22, pageNumber: 20 },
  body: { align: 'left', firstLine: 0, after: 160, line: 276 },
  captionLabel: 'Photo',
};

export const pressTemplate: DocxTemplateDefinition = {
  spec: pressSpec,
  section: (input, ctx) => {
    const { release, organisation } = input;
    const children: FileChild[] = [textParagraph(embargoLine(release.embargo), { bold: true })];
    const contact = [release.contact.name, release.contact.phone, release.contact.email].map((s) => s.trim()).filter((s) => s !== '');
    if (contact.length > 0) {
      children.push(textParagraph('Media contact:', { bold: true }, { style: STYLE.normal }));
      children.push(new Paragraph({ children: plainRuns(contact.join('\n')) }));
    }
    if (release.headline.trim()) children.push(textParagraph(release.headline, {}, { style: STYLE.title }));
    if (release.subhead.trim()) children.push(textParagraph(release.subhead, {}, { style: STYLE.subtitle }));

    const dateline = englishDateline(release.dateline.place, release.dateline.date);
    const datelineRun = new TextRun({ text: `${dateline} `, bold: true });
    const body: readonly PmNode[] = release.body.content;
    let rest = body;
    if (release.sapo.trim()) {
      children.push(new Paragraph({ children: [datelineRun, ...plainRuns(release.sapo.trim())] }));
    } else if (body[0]?.type === 'paragraph') {
      children.push(new Paragraph({ children: [datelineRun, ...inlineChildren(body[0].content)] }));
      rest = body.slice(1);
    } else {
      children.push(new Paragraph({ children: [datelineRun] }));
    }
    children.push(...renderBlocks(rest, ctx));

    const about = release.boilerplate.split(/\n+/).map((p) => p.trim()).filter((p) => p !== '');
    if (about.length > 0) {
      const name = organisation.issuingBody.trim();
      children.push(new Paragraph({ spacing: { before: 240 }, keepNext: true, children: plainRuns(name ? `About ${name}` : 'About us', { bold: true }) }));
      for (const paragraph of about) children.push(textParagraph(paragraph));
    }
    children.push(textParagraph('###', {}, { alignment: AlignmentType.CENTER }));
    return { properties: { page: pageProperties(pressSpec) }, children };
  },
  author: (input) => input.release.author.penName.trim() || input.release.contact.name.trim(),
  subject: (input) => input.release.subhead.trim() || input.release.headline.trim(),
};
