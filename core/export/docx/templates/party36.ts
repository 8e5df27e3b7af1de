/**
 * 4. Thông cáo of a Party body, Guideline 36-HD/VPTW (2018): margins and A4 as Decree 30.
 * Differences: `ĐẢNG CỘNG SẢN VIỆT NAM` 15 pt caps bold top right with a rule under it; left
 * column parent committee 14 pt caps, issuing board 14 pt caps bold, then a centred `*`; the number
 * `Số 15-TB/BTGTU` 14 pt (no colon, hyphen); place-date 14 pt italic; THÔNG CÁO 16 pt caps bold
 * (range 15–16); summary 14 pt bold (14–15); body 14 pt (14–15), justified, first-line indent
 * 1 cm, 6 pt after, line 1.2; the authorities are written T/M, K/T, T/L (the release's own value).
 */
import { A4, type DocxTemplateSpec } from '../spec';
import type { DocxTemplateDefinition } from '../template';
import { NOTICE_MARGIN } from './decree30';
import { noticeSection, type NoticeRules } from './official-notice';

export const party36Spec: DocxTemplateSpec = {
  page: { ...A4, margin: { ...NOTICE_MARGIN } },
  font: 'Times New Roman',
  sizes: { body: 28, title: 32, subtitle: 28, heading1: 28, heading2: 28, heading3: 28, caption: 24, quote: 28, pageNumber: 28 },
  body: { align: 'both', firstLine: 567, after: 120, line: 288 },
  captionLabel: 'Ảnh',
};

export const party36Rules: NoticeRules = {
  rulebook: 'party',
  spec: party36Spec,
  sizes: {
    parentBody: 28,
    issuingBody: 28,
    number: 28,
    nationalName: 30,
    motto: 28,
    placeDate: 28,
    summary: 28,
    signature: 28,
    signerName: 28,
    recipientsHeading: 24,
    recipients: 22,
  },
  columns: [4111, 5244],
  nationalName: 'ĐẢNG CỘNG SẢN VIỆT NAM',
  motto: null,
  star: true,
  title: 'THÔNG CÁO',
};

export const party36Template: DocxTemplateDefinition = {
  spec: party36Spec,
  section: (input, ctx) => noticeSection(input, ctx, party36Rules),
  author: (input) => input.release.notice.signerName.trim() || input.release.author.penName.trim(),
  subject: (input) => input.release.notice.summary.trim() || input.release.headline.trim(),
};
