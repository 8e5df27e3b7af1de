/**
 * Page numbers as the layout table places them (core/export/layout.ts): in the header or the
 * footer, centred or right, never on page 1 (titlePage with an empty first-page header/footer).
 */
import { AlignmentType, Footer, Header, LineRuleType, PageNumber, Paragraph, TextRun, type ISectionOptions } from 'docx';
import type { LayoutSpec } from '../layout';
import { halfPoints } from './layout-spec';

type PageNumberParts = Pick<ISectionOptions, 'headers' | 'footers'> & { titlePage: true };

function numberParagraph(layout: LayoutSpec): Paragraph {
  return new Paragraph({
    alignment: layout.pageNumber.align === 'right' ? AlignmentType.RIGHT : AlignmentType.CENTER,
    indent: { firstLine: 0 },
    spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(layout.sizesPt.pageNumber) })],
  });
}

/** The section's headers or footers and titlePage, so the number shows from page 2. */
export function pageNumberParts(layout: LayoutSpec): PageNumberParts {
  const empty = (): Paragraph[] => [new Paragraph({ children: [] })];
  if (layout.pageNumber.edge === 'top') {
    return { titlePage: true, headers: { default: new Header({ children: [numberParagraph(layout)] }), first: new Header({ children: empty() }) } };
  }
  return { titlePage: true, footers: { default: new Footer({ children: [numberParagraph(layout)] }), first: new Footer({ children: empty() }) } };
}
