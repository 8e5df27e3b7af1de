/**
 * The layout table (core/export/layout.ts) in Word units: the DOCX templates take their page,
 * font, sizes, paragraph layout, header columns and page-number place from here, never numbers of
 * their own. Twips for lengths, half-points for sizes, 240ths of a line for spacing.
 */
import { LAYOUTS, mmToTwips, type Layout, type LayoutSpec } from '../layout';
import type { DocxTemplateSpec } from './spec';

const halfPoints = (pt: number): number => Math.round(pt * 2);

/** The DOCX spec of a layout; `captionLabel` resolves 'release' with the release's word ("Photo", "Ảnh"). */
export function docxSpecOf(layout: LayoutSpec, releaseCaption: string | null = null): DocxTemplateSpec {
  const m = layout.marginMm;
  const s = layout.sizesPt;
  return {
    page: {
      width: mmToTwips(layout.page.widthMm),
      height: mmToTwips(layout.page.heightMm),
      margin: { top: mmToTwips(m.top), bottom: mmToTwips(m.bottom), left: mmToTwips(m.left), right: mmToTwips(m.right), header: mmToTwips(m.header), footer: mmToTwips(m.footer) },
    },
    font: layout.font,
    sizes: {
      body: halfPoints(s.body),
      title: halfPoints(s.title),
      subtitle: halfPoints(s.subtitle),
      heading1: halfPoints(s.heading1),
      heading2: halfPoints(s.heading2),
      heading3: halfPoints(s.heading3),
      caption: halfPoints(s.caption),
      quote: halfPoints(s.quote),
      pageNumber: halfPoints(s.pageNumber),
    },
    body: {
      align: layout.body.align === 'justify' ? 'both' : 'left',
      firstLine: mmToTwips(layout.body.firstLineCm * 10),
      after: Math.round(layout.body.afterPt * 20),
      line: Math.round(layout.body.lineMultiple * 240),
    },
    captionLabel: layout.captionLabel === 'release' ? releaseCaption : layout.captionLabel,
  };
}

/** The DOCX spec of a layout by name. */
export function docxSpecFor(name: Layout, releaseCaption: string | null = null): DocxTemplateSpec {
  return docxSpecOf(LAYOUTS[name], releaseCaption);
}

/** The two header columns of a notice in twips (they add up to the text width); null for other layouts. */
export function noticeColumnsTwips(layout: LayoutSpec): [number, number] | null {
  if (layout.notice === null) return null;
  const spec = docxSpecOf(layout);
  const width = spec.page.width - spec.page.margin.left - spec.page.margin.right;
  const left = mmToTwips(layout.notice.leftColumnMm);
  return [left, width - left];
}

export { halfPoints };
