/**
 * Release -> docx.Document, pure: no fs, no Node. The Document is packed to bytes at the edge
 * (`docxBytes` in ./pack, or Packer in the main process). Templates: news, press, decree30, party36.
 */
import { Document } from 'docx';
import type { DocxTemplate, ExportInput } from '../types';
import { createBlockContext, numberingFor } from './blocks';
import { documentProperties } from './properties';
import { stylesFor } from './styles';
import type { DocxTemplateDefinition } from './template';
import { decree30Template } from './templates/decree30';
import { newsTemplate } from './templates/news';
import { party36Template } from './templates/party36';
import { pressTemplate } from './templates/press';

export const DOCX_TEMPLATES: Record<DocxTemplate, DocxTemplateDefinition> = {
  news: newsTemplate,
  press: pressTemplate,
  decree30: decree30Template,
  party36: party36Template,
};

export interface DocxOptions {
  template: DocxTemplate;
}

/** The release as a docx.Document in the chosen template. Throws on an unknown node, mark or template. */
export function buildDocx(input: ExportInput, options: DocxOptions): Document {
  if (!Object.hasOwn(DOCX_TEMPLATES, options.template)) throw new Error(`DOCX export: unknown template "${String(options.template)}"`);
  const template = DOCX_TEMPLATES[options.template];
  const ctx = createBlockContext(input.release, input.assets, template.spec);
  const section = template.section(input, ctx);
  return new Document({
    ...documentProperties(input, options.template, template.author(input), template.subject(input)),
    styles: stylesFor(template.spec),
    numbering: numberingFor(ctx),
    // Word 2013+ layout; lines ending in a manual line break are not stretched in justified text.
    compatibility: { version: 15, doNotExpandShiftReturn: true },
    sections: [section],
  });
}
