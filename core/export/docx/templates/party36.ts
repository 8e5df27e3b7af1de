/**
 * 4. Thông cáo of a Party body, Guideline 36-HD/VPTW (2018): margins and A4 as Decree 30. The
 * numbers are the party36 row of the layout table (core/export/layout.ts). Differences:
 * `ĐẢNG CỘNG SẢN VIỆT NAM` 15 pt caps bold top right with a rule under it; left column parent
 * committee 14 pt caps, issuing board 14 pt caps bold, then a centred `*`; the number
 * `Số 15-TB/BTGTU` 14 pt (no colon, hyphen); place-date 14 pt italic; THÔNG CÁO 16 pt caps bold
 * (range 15–16); summary 14 pt bold (14–15); body 14 pt (14–15), justified, first-line indent
 * 1 cm, 6 pt after, line 1.2; the authorities are written T/M, K/T, T/L (the release's own value).
 */
import { noticeRulesOf, noticeTemplate, type NoticeRules } from './official-notice';

export const party36Rules: NoticeRules = noticeRulesOf('party36');

export const party36Template = noticeTemplate('party36');
