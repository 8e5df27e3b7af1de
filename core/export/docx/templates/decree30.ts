/**
 * 3. Thông cáo of a state body, Decree 30/2020/NĐ-CP: A4; margins top 20, bottom 20, left 30,
 * right 15 mm; Times New Roman. Sizes chosen inside the decree's ranges: parent body 13 pt caps,
 * issuing body 13 pt caps bold with a short rule, `Số: 05/TC-UBND` 13 pt; national name 12 pt caps
 * bold (fits its column on one line), motto 13 pt bold with a rule as long as the motto,
 * place-date 14 pt italic; THÔNG CÁO and summary 14 pt bold; body 14 pt justified, first-line
 * indent 1 cm (567), 6 pt after (120), line spacing 1.2 (288); signature 14 pt bold; Nơi nhận
 * 12 pt bold italic, recipients 11 pt; page numbers 14 pt centred in the header from page 2.
 */
import { A4, type DocxTemplateSpec } from '../spec';
import type { DocxTemplateDefinition } from '../template';
import { noticeSection, type NoticeRules } from './official-notice';

/** Margins shared by both rulebooks: 20 / 20 / 30 / 15 mm. */
export const NOTICE_MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 850, header: 567, footer: 567 } as const;

export const decree30Spec: DocxTemplateSpec = {
  page: { ...A4, margin: { ...NOTICE_MARGIN } },
  font: 'Times New Roman',
  sizes: { body: 28, title: 28, subtitle: 28, heading1: 28, heading2: 28, heading3: 28, caption: 24, quote: 28, pageNumber: 28 },
  body: { align: 'both', firstLine: 567, after: 120, line: 288 },
  captionLabel: 'Ảnh',
};

export const decree30Rules: NoticeRules = {
  rulebook: 'state',
  spec: decree30Spec,
  sizes: {
    parentBody: 26,
    issuingBody: 26,
    number: 26,
    nationalName: 24,
    motto: 26,
    placeDate: 28,
    summary: 28,
    signature: 28,
    signerName: 28,
    recipientsHeading: 24,
    recipients: 22,
  },
  columns: [3686, 5669],
  nationalName: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  star: false,
  title: 'THÔNG CÁO',
};

export const decree30Template: DocxTemplateDefinition = {
  spec: decree30Spec,
  section: (input, ctx) => noticeSection(input, ctx, decree30Rules),
  author: (input) => input.release.notice.signerName.trim() || input.release.author.penName.trim(),
  subject: (input) => input.release.notice.summary.trim() || input.release.headline.trim(),
};
