/**
 * THE layout table: one row of numbers per layout (news article, press release, thông cáo by
 * Decree 30/2020/NĐ-CP, thông cáo by Guideline 36-HD/VPTW). Two renderers read it and nothing
 * else: the DOCX templates (core/export/docx/layout-spec.ts turns it into Word units) and the
 * print stylesheet (core/export/html/print-stylesheet.ts turns it into CSS paged media). A unit
 * test checks that both say the same for every layout.
 *
 * Units are the ones the rulebooks use: millimetres for the page, points for type, centimetres
 * for the first-line indent, and line spacing as a multiple of the font's single line (Word's
 * "Multiple 1.2"). The notice values come from DOMAIN.md; where a rule gives a range, the value
 * chosen is noted.
 */
import type { DocxTemplate } from './types';

export type Layout = DocxTemplate;

export const LAYOUT_NAMES = ['news', 'press', 'decree30', 'party36'] as const satisfies readonly Layout[];

/** A line of a notice header's right column (always bold): text and size in points. */
export interface NoticeHeaderLine {
  text: string;
  pt: number;
}

/** What only the two notice layouts have: header columns, their lines and the closing block. */
export interface NoticeLayout {
  rulebook: 'state' | 'party';
  /** Width of the header's left column; the right column takes the rest of the text width. */
  leftColumnMm: number;
  /** Left column: parent body (caps), issuing body (caps bold), what stands under it, the number line. */
  left: { parentBodyPt: number; issuingBodyPt: number; under: 'rule' | 'star'; numberPt: number };
  /** Right column, bold, a rule as long as its last line under it. */
  right: readonly [NoticeHeaderLine, ...NoticeHeaderLine[]];
  placeDatePt: number;
  summaryPt: number;
  signaturePt: number;
  signerNamePt: number;
  recipientsHeadingPt: number;
  recipientsPt: number;
  /** Share of the text width the `Nơi nhận:` column takes beside the signature block. */
  recipientsShare: number;
}

export interface LayoutSpec {
  page: { widthMm: number; heightMm: number };
  /** header / footer: from the page edge to the page-number line (Word's header and footer distance). */
  marginMm: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  /** The first family is what Word gets; the print stylesheet adds metric-compatible fallbacks. */
  font: 'Times New Roman' | 'Arial';
  sizesPt: { body: number; title: number; subtitle: number; heading1: number; heading2: number; heading3: number; caption: number; quote: number; pageNumber: number };
  body: { align: 'left' | 'justify'; firstLineCm: number; afterPt: number; lineMultiple: number };
  /** Page numbers are never on page 1 (the rulebooks' rule, kept for every layout). */
  pageNumber: { edge: 'top' | 'bottom'; align: 'center' | 'right'; fromPage: 2 };
  /** "Ảnh" numbers captions "Ảnh 1: …"; null leaves them unnumbered (portal style); 'release' follows the release's language. */
  captionLabel: string | null | 'release';
  notice: NoticeLayout | null;
}

const A4_MM = { widthMm: 210, heightMm: 297 } as const;

/** 20 / 20 / 30 / 15 mm, both rulebooks (Decree 30: top and bottom 20–25, left 30–35, right 15–20). */
const NOTICE_MARGIN_MM = { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 } as const;

/** Body 14 pt (13–14) justified, first-line indent 1 cm, 6 pt after, line 1.2 (single to 1.5). */
const NOTICE_BODY = { align: 'justify', firstLineCm: 1, afterPt: 6, lineMultiple: 1.2 } as const;

/** Place-date 14, summary 14, signature 14, Nơi nhận 12 bold italic, recipients 11; Nơi nhận beside the signature. */
const NOTICE_CLOSING = { placeDatePt: 14, summaryPt: 14, signaturePt: 14, signerNamePt: 14, recipientsHeadingPt: 12, recipientsPt: 11, recipientsShare: 0.45 } as const;

function noticeSizes(titlePt: number): LayoutSpec['sizesPt'] {
  return { body: 14, title: titlePt, subtitle: 14, heading1: 14, heading2: 14, heading3: 14, caption: 12, quote: 14, pageNumber: 14 };
}

export const LAYOUTS: Readonly<Record<Layout, LayoutSpec>> = {
  // The portal's article on paper: Times 13 pt, justified; page numbers at the foot from page 2.
  news: {
    page: A4_MM,
    marginMm: { top: 20, bottom: 20, left: 25, right: 20, header: 10, footer: 10 },
    font: 'Times New Roman',
    sizesPt: { body: 13, title: 16, subtitle: 14, heading1: 14, heading2: 13, heading3: 13, caption: 12, quote: 13, pageNumber: 12 },
    body: { align: 'justify', firstLineCm: 0, afterPt: 6, lineMultiple: 1.2 },
    pageNumber: { edge: 'bottom', align: 'center', fromPage: 2 },
    captionLabel: null,
    notice: null,
  },
  // The wire release: Arial 11 pt, ragged right, 8 pt after, line 1.15.
  press: {
    page: A4_MM,
    marginMm: { top: 20, bottom: 20, left: 25, right: 20, header: 10, footer: 10 },
    font: 'Arial',
    sizesPt: { body: 11, title: 16, subtitle: 13, heading1: 13, heading2: 12, heading3: 11, caption: 10, quote: 11, pageNumber: 10 },
    body: { align: 'left', firstLineCm: 0, afterPt: 8, lineMultiple: 1.15 },
    pageNumber: { edge: 'bottom', align: 'center', fromPage: 2 },
    captionLabel: 'release',
    notice: null,
  },
  // Decree 30: parent body 13 caps, issuing body 13 caps bold with a short rule, `Số: 05/TC-UBND`
  // 13; national name 12 caps bold (one line in its column), motto 13 bold with a rule as long as
  // it; THÔNG CÁO 14; page numbers 14 pt centred in the top margin from page 2.
  decree30: {
    page: A4_MM,
    marginMm: NOTICE_MARGIN_MM,
    font: 'Times New Roman',
    sizesPt: noticeSizes(14),
    body: NOTICE_BODY,
    pageNumber: { edge: 'top', align: 'center', fromPage: 2 },
    captionLabel: 'Ảnh',
    notice: {
      rulebook: 'state',
      leftColumnMm: 65,
      left: { parentBodyPt: 13, issuingBodyPt: 13, under: 'rule', numberPt: 13 },
      right: [
        { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', pt: 12 },
        { text: 'Độc lập - Tự do - Hạnh phúc', pt: 13 },
      ],
      ...NOTICE_CLOSING,
    },
  },
  // Guideline 36: ĐẢNG CỘNG SẢN VIỆT NAM 15 caps bold with a rule; parent committee 14 caps,
  // issuing board 14 caps bold, then a centred `*`; `Số 15-TB/BTGTU` 14; THÔNG CÁO 16 (15–16).
  party36: {
    page: A4_MM,
    marginMm: NOTICE_MARGIN_MM,
    font: 'Times New Roman',
    sizesPt: noticeSizes(16),
    body: NOTICE_BODY,
    pageNumber: { edge: 'top', align: 'center', fromPage: 2 },
    captionLabel: 'Ảnh',
    notice: {
      rulebook: 'party',
      leftColumnMm: 72.5,
      left: { parentBodyPt: 14, issuingBodyPt: 14, under: 'star', numberPt: 14 },
      right: [{ text: 'ĐẢNG CỘNG SẢN VIỆT NAM', pt: 15 }],
      ...NOTICE_CLOSING,
    },
  },
};

/** Word's single line is about 1.15 em for Times New Roman and Arial (ascent + descent + line gap). */
export const SINGLE_LINE_EM = 1.15;

/** The width the text runs in, in millimetres. */
export function textWidthMm(layout: LayoutSpec): number {
  return layout.page.widthMm - layout.marginMm.left - layout.marginMm.right;
}

/** Millimetres to twips (1/1440 inch), rounded: 20 mm = 1134, 25 mm = 1417, 30 mm = 1701, 15 mm = 850. */
export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}
