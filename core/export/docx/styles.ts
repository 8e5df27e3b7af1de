/**
 * Real Word styles — Normal, Title, Subtitle, Heading 1–3, Caption, Quote, List Paragraph and the
 * Hyperlink character style — so a secretary can restyle the whole document from Word's Styles
 * pane. Paragraphs refer to these by id and carry as little direct formatting as possible.
 */
import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx';
import type { DocxTemplateSpec } from './spec';

/** Style ids as Word names them (the id is the English name without spaces). */
export const STYLE = {
  normal: 'Normal',
  title: 'Title',
  subtitle: 'Subtitle',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  caption: 'Caption',
  quote: 'Quote',
  listParagraph: 'ListParagraph',
  hyperlink: 'Hyperlink',
} as const;

export function stylesFor(spec: DocxTemplateSpec): IStylesOptions {
  const black = '000000';
  const heading = (size: number, before: number) => ({
    run: { font: spec.font, size, bold: true, italics: false, color: black },
    paragraph: { spacing: { before, after: 120, line: 240, lineRule: LineRuleType.AUTO }, keepNext: true, keepLines: true, indent: { firstLine: 0 } },
  });
  return {
    default: {
      document: {
        run: { font: spec.font, size: spec.sizes.body, color: black, language: { value: 'vi-VN' } },
        paragraph: { spacing: { after: spec.body.after, line: spec.body.line, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font: spec.font, size: spec.sizes.title, bold: true, color: black },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 120, after: 120, line: 240, lineRule: LineRuleType.AUTO }, keepNext: true, indent: { firstLine: 0 } },
      },
      heading1: heading(spec.sizes.heading1, 240),
      heading2: heading(spec.sizes.heading2, 180),
      heading3: heading(spec.sizes.heading3, 120),
      listParagraph: { paragraph: { spacing: { after: 60 }, contextualSpacing: false } },
      caption: {
        run: { font: spec.font, size: spec.sizes.caption, italics: true, bold: false, color: black },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 60, after: 240, line: 240, lineRule: LineRuleType.AUTO }, indent: { firstLine: 0 } },
      },
      hyperlink: { run: { color: '0563C1', underline: {} } },
    },
    paragraphStyles: [
      {
        id: STYLE.normal,
        name: 'Normal',
        quickFormat: true,
        run: { font: spec.font, size: spec.sizes.body },
        paragraph: {
          alignment: spec.body.align === 'both' ? AlignmentType.JUSTIFIED : AlignmentType.LEFT,
          indent: spec.body.firstLine > 0 ? { firstLine: spec.body.firstLine } : undefined,
          spacing: { after: spec.body.after, line: spec.body.line, lineRule: LineRuleType.AUTO },
        },
      },
      {
        id: STYLE.subtitle,
        name: 'Subtitle',
        basedOn: STYLE.normal,
        next: STYLE.normal,
        quickFormat: true,
        run: { font: spec.font, size: spec.sizes.subtitle, italics: true },
        paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { after: 240 } },
      },
      {
        id: STYLE.quote,
        name: 'Quote',
        basedOn: STYLE.normal,
        next: STYLE.normal,
        quickFormat: true,
        run: { font: spec.font, size: spec.sizes.quote, italics: true },
        paragraph: { indent: { left: 567, right: 567, firstLine: 0 }, spacing: { before: 120, after: 120 } },
      },
    ],
  };
}
