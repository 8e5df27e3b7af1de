/**
 * 1. News article (tin bài) for the portal: headline (Title), sapo in bold, the body with its
 * figures (caption sentence and credit, unnumbered as portals print them), and the author's pen
 * name last, right-aligned, bold.
 */
import { AlignmentType } from 'docx';
import { renderBlocks, textParagraph } from '../blocks';
import { A4, type DocxTemplateSpec } from '../spec';
import { STYLE } from '../styles';
import { pageProperties, type DocxTemplateDefinition } from '../template';

export const newsSpec: DocxTemplateSpec = {
  page: { ...A4, margin: { top: 1134, bottom: 1134, left: 1418, right: 1134, header: 567, footer: 567 } },
  font: 'Times New Roman',
  sizes: { body: 26, title: 32, subtitle: 28, heading1: 28, heading2: 26, heading3: 26, caption: 24, quote: 26, pageNumber: 24 },
  body: { align: 'both', firstLine: 0, after: 120, line: 288 },
  captionLabel: null,
};

export const newsTemplate: DocxTemplateDefinition = {
  spec: newsSpec,
  section: (input, ctx) => {
    const { release } = input;
    const children = [
      ...(release.headline.trim() ? [textParagraph(release.headline, {}, { style: STYLE.title })] : []),
      ...(release.sapo.trim() ? release.sapo.split(/\n+/).filter((p) => p.trim()).map((p) => textParagraph(p, { bold: true })) : []),
      ...renderBlocks(release.body.content, ctx),
      ...(release.author.penName.trim() ? [textParagraph(release.author.penName.trim(), { bold: true }, { alignment: AlignmentType.RIGHT })] : []),
    ];
    return { properties: { page: pageProperties(newsSpec) }, children };
  },
  author: (input) => input.release.author.penName.trim(),
  subject: (input) => input.release.sapo,
};
