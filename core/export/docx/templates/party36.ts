/**
 * 4. Thông cáo of a Party body, Guideline 36-HD/VPTW (2018): margins and A4 as Decree 30.
 * Differences: `ĐẢNG CỘNG SẢN VIỆT NAM` 15 pt caps bold top right with a rule under it; left
 * column parent committee 14 pt caps, issuing board 14 pt caps bold, then a centred `*`; the number
 * `Số 15-TB/BTGTU` 14 pt (no colon, hyphen); place-date 14 pt italic; THÔNG CÁO 16 pt caps bold
 * (range 15–16); summary 14 pt bold (14–15); body 14 pt (14–15), justified, first-line indent
 * 1 cm, 6 pt after, line 1.2; the authorities are written T/M, K/T, T/L (the release's own value).
 */
import { noticeTemplate, type NoticeRules } from './official-notice';

export const party36Rules: NoticeRules = {
  rulebook: 'party',
  titleSize: 32,
  columns: [4111, 5244],
  // A `*` under the issuing board, no rule; the number is written `Số 15-TB/BTGTU`.
  left: { parentBody: 28, issuingBody: 28, under: 'star', number: 28 },
  // The Party's name stands alone, its rule under it.
  right: [{ text: 'ĐẢNG CỘNG SẢN VIỆT NAM', size: 30 }],
};

export const party36Template = noticeTemplate(party36Rules);
