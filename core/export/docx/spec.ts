/**
 * What a DOCX template decides: page, font, sizes and paragraph layout. All numbers are Word
 * units — twips for lengths (1 mm = 56.7, 1 cm = 567), half-points for font sizes (14 pt = 28),
 * 240ths of a line for line spacing (single = 240, 1.5 = 360). The official-notice values come
 * from DOMAIN.md (Decree 30/2020/NĐ-CP and Guideline 36-HD/VPTW).
 */
export interface PageSpec {
  width: number;
  height: number;
  margin: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
}

export interface DocxTemplateSpec {
  page: PageSpec;
  font: string;
  /** Half-points. */
  sizes: { body: number; title: number; subtitle: number; heading1: number; heading2: number; heading3: number; caption: number; quote: number; pageNumber: number };
  /** Normal paragraphs. */
  body: { align: 'left' | 'both'; firstLine: number; after: number; line: number };
  /** "Ảnh" gives captions "Ảnh 1: …"; null leaves captions unnumbered (the portal style). */
  captionLabel: string | null;
}

/** A4 portrait. */
export const A4 = { width: 11906, height: 16838 } as const;

/** The width the text runs in, in twips. */
export function textWidth(page: PageSpec): number {
  return page.width - page.margin.left - page.margin.right;
}

/** The height the text runs in, in twips. */
export function textHeight(page: PageSpec): number {
  return page.height - page.margin.top - page.margin.bottom;
}
