/**
 * Every fixed word and date an export prints around the release, one table per language. The
 * release's language (release.language) picks the table, never the UI's: the DOCX templates, the
 * standalone HTML page and the CMS fields all read from here. Vietnamese follows the press layout
 * conventions of DOMAIN.md (THÔNG CÁO BÁO CHÍ, Liên hệ báo chí, Ảnh 1:, the official place-date
 * line, ./.); English follows the wire conventions (FOR IMMEDIATE RELEASE, CITY, Month D, YYYY —, ###).
 */
import type { Embargo, ReleaseLanguage } from '../document/release';
import { EN_MONTHS, parseIsoDate, vietnameseOfficialDate } from '../vi/dates';

export interface ExportLabels {
  /** The press release's heading line when there is no embargo (HTML: sentence case). */
  immediate: string;
  /** `at` is already shown in this language (displayDateTime). */
  embargoed: (at: string) => string;
  /** The DOCX press release's top line: FOR IMMEDIATE RELEASE / THÔNG CÁO BÁO CHÍ. */
  pressHeading: string;
  /** The DOCX press release's embargo line, or null when there is none. */
  pressEmbargo: (embargo: Embargo) => string | null;
  contact: string;
  phone: string;
  email: string;
  recipients: string;
  noticeTitle: string;
  /** The numbered caption label: "Ảnh 1" / "Photo 1". */
  photo: string;
  /** The credit prefix when the credit has none: "Ảnh: …" / "Photo: …". */
  credit: string;
  /** The boilerplate's heading: "Về …" / "About …"; `name` may be empty. */
  about: (name: string) => string;
  /** What ends a press release: ./. after the last word, or ### on a line of its own. */
  endMark: { text: string; inline: boolean };
  /** The press release's dateline, '' when neither place nor date is set. */
  pressDateline: (place: string, isoDate: string) => string;
  /** A date as a reader sees it (journalism style for Vietnamese: no zero padding). */
  displayDate: (isoDate: string) => string;
}

const trimmed = (s: string): string => s.trim();

/** `January 9, 2019, 09:00 UTC+07:00` (the zone as written, never converted) or null when it is no date. */
function englishEmbargoTime(at: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(at.trim());
  const d = m ? parseIsoDate(m[1]!) : null;
  if (!m || !d) return null;
  const time = m[2] ? `, ${m[2]}:${m[3]}` : '';
  const zone = m[4] === undefined ? '' : m[4] === 'Z' ? ' UTC' : ` UTC${m[4].length === 5 ? `${m[4].slice(0, 3)}:${m[4].slice(3)}` : m[4]}`;
  return `${EN_MONTHS[d.month - 1]} ${d.day}, ${d.year}${time}${zone}`;
}

/** `9 giờ ngày 15/01/2027` / `9 giờ 30 ngày 15/01/2027` (GMT+07:00 is left unsaid, other zones named). */
function vietnameseEmbargoTime(at: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(at.trim());
  const d = m ? parseIsoDate(m[1]!) : null;
  if (!m || !d) return null;
  const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));
  const date = `ngày ${pad(d.day)}/${pad(d.month)}/${d.year}`;
  const time = m[2] ? `${Number(m[2])} giờ${m[3] === '00' ? '' : ` ${m[3]}`} ` : '';
  const zone = m[4] === undefined || m[4] === '+07:00' || m[4] === '+0700' ? '' : m[4] === 'Z' ? ' (giờ UTC)' : ` (GMT${m[4]})`;
  return `${time}${date}${zone}`;
}

export const EXPORT_LABELS: Readonly<Record<ReleaseLanguage, ExportLabels>> = {
  vi: {
    immediate: 'Phát hành ngay',
    embargoed: (at) => `Không đăng trước ${at}`,
    pressHeading: 'THÔNG CÁO BÁO CHÍ',
    pressEmbargo: (e) => (e.mode === 'immediate' ? null : `Tin cấm đăng trước ${vietnameseEmbargoTime(e.at) ?? e.at.trim()}`),
    contact: 'Liên hệ báo chí',
    phone: 'Điện thoại',
    email: 'Thư điện tử',
    recipients: 'Nơi nhận:',
    noticeTitle: 'Thông cáo',
    photo: 'Ảnh',
    credit: 'Ảnh',
    about: (name) => (trimmed(name) ? `Về ${trimmed(name)}` : 'Về chúng tôi'),
    endMark: { text: './.', inline: true },
    pressDateline: (place, iso) => {
      const d = parseIsoDate(iso);
      return [trimmed(place), d ? vietnameseOfficialDate(d) : ''].filter((s) => s !== '').join(', ');
    },
    displayDate: (iso) => {
      const p = parseIsoDate(iso);
      return p ? `${p.day}/${p.month}/${p.year}` : '';
    },
  },
  en: {
    immediate: 'For immediate release',
    embargoed: (at) => `Embargoed until ${at}`,
    pressHeading: 'FOR IMMEDIATE RELEASE',
    pressEmbargo: (e) => (e.mode === 'immediate' ? null : `EMBARGOED UNTIL ${englishEmbargoTime(e.at) ?? e.at.trim()}`),
    contact: 'Media contact',
    phone: 'Phone',
    email: 'Email',
    recipients: 'Recipients:',
    noticeTitle: 'Notice',
    photo: 'Photo',
    credit: 'Photo',
    about: (name) => (trimmed(name) ? `About ${trimmed(name)}` : 'About us'),
    endMark: { text: '###', inline: false },
    pressDateline: (place, iso) => {
      const d = parseIsoDate(iso);
      const line = [trimmed(place).toLocaleUpperCase('vi'), d ? `${EN_MONTHS[d.month - 1]} ${d.day}, ${d.year}` : ''].filter((s) => s !== '');
      // No place and no date: no dateline, and so no stray dash before the first paragraph.
      return line.length === 0 ? '' : `${line.join(', ')} —`;
    },
    displayDate: (iso) => {
      const p = parseIsoDate(iso);
      return p ? `${EN_MONTHS[p.month - 1]} ${p.day}, ${p.year}` : '';
    },
  },
};

/** The table for a release's language. */
export function exportLabels(language: ReleaseLanguage): ExportLabels {
  return EXPORT_LABELS[language];
}
