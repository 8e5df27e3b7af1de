/**
 * 3. Thông cáo of a state body, Decree 30/2020/NĐ-CP: A4; margins top 20, bottom 20, left 30,
 * right 15 mm; Times New Roman. Every number is the decree30 row of the layout table
 * (core/export/layout.ts): parent body 13 pt caps, issuing body 13 pt caps bold with a short rule,
 * `Số: 05/TC-UBND` 13 pt; national name 12 pt caps bold (fits its column on one line), motto 13 pt
 * bold with a rule as long as the motto, place-date 14 pt italic; THÔNG CÁO and summary 14 pt bold;
 * body 14 pt justified, first-line indent 1 cm, 6 pt after, line spacing 1.2; signature 14 pt bold;
 * Nơi nhận 12 pt bold italic, recipients 11 pt; page numbers 14 pt centred in the header from page 2.
 */
import { noticeRulesOf, noticeTemplate, type NoticeRules } from './official-notice';

export const decree30Rules: NoticeRules = noticeRulesOf('decree30');

export const decree30Template = noticeTemplate('decree30');
