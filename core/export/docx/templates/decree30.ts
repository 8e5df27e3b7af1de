/**
 * 3. Thông cáo of a state body, Decree 30/2020/NĐ-CP: A4; margins top 20, bottom 20, left 30,
 * right 15 mm; Times New Roman. Sizes chosen inside the decree's ranges: parent body 13 pt caps,
 * issuing body 13 pt caps bold with a short rule, `Số: 05/TC-UBND` 13 pt; national name 12 pt caps
 * bold (fits its column on one line), motto 13 pt bold with a rule as long as the motto,
 * place-date 14 pt italic; THÔNG CÁO and summary 14 pt bold; body 14 pt justified, first-line
 * indent 1 cm (567), 6 pt after (120), line spacing 1.2 (288); signature 14 pt bold; Nơi nhận
 * 12 pt bold italic, recipients 11 pt; page numbers 14 pt centred in the header from page 2.
 */
import { noticeTemplate, type NoticeRules } from './official-notice';

export const decree30Rules: NoticeRules = {
  rulebook: 'state',
  titleSize: 28,
  columns: [3686, 5669],
  // The issuing body's short rule; the number is written `Số: 05/TC-UBND` (see noticeNumberLine).
  left: { parentBody: 26, issuingBody: 26, under: 'rule', number: 26 },
  // The national name fits its column on one line at 12 pt; the rule runs under the motto.
  right: [
    { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', size: 24 },
    { text: 'Độc lập - Tự do - Hạnh phúc', size: 26 },
  ],
};

export const decree30Template = noticeTemplate(decree30Rules);
