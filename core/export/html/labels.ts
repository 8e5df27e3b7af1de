/**
 * Words the HTML exports write around the release (Vietnamese or English, by the page language),
 * the language guess, and date lines.
 */
import type { Release } from '../../document/release';
import { EN_MONTHS, parseIsoDate, vietnameseOfficialDate } from '../../vi/dates';

export type PageLang = 'vi' | 'en';

export interface Labels {
  immediate: string;
  embargoed: (at: string) => string;
  contact: string;
  phone: string;
  email: string;
  recipients: string;
  noticeTitle: string;
}

export const LABELS: Record<PageLang, Labels> = {
  vi: {
    immediate: 'Phát hành ngay',
    embargoed: (at) => `Không đăng trước ${at}`,
    contact: 'Liên hệ báo chí',
    phone: 'Điện thoại',
    email: 'Thư điện tử',
    recipients: 'Nơi nhận:',
    noticeTitle: 'Thông cáo',
  },
  en: {
    immediate: 'For immediate release',
    embargoed: (at) => `Embargoed until ${at}`,
    contact: 'Media contact',
    phone: 'Phone',
    email: 'Email',
    recipients: 'Recipients:',
    noticeTitle: 'Notice',
  },
};

/** Letters only Vietnamese uses among Latin scripts (precomposed, as the model is NFC). */
const VIETNAMESE_LETTER = /[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]|[àáãèéìíòóõùúýÀÁÃÈÉÌÍÒÓÕÙÚÝ]/;

/** 'vi' when at least one word in twelve carries a Vietnamese letter (any Vietnamese text does). */
export function guessLang(text: string): PageLang {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).slice(0, 2_000);
  if (words.length === 0) return 'vi';
  const vietnamese = words.filter((w) => VIETNAMESE_LETTER.test(w)).length;
  return vietnamese * 12 >= words.length ? 'vi' : 'en';
}

/** The date as a reader sees it: "8/1/2025" (journalism style, no zero padding) or "January 8, 2025". */
export function displayDate(iso: string, lang: PageLang): string {
  const p = parseIsoDate(iso);
  if (!p) return '';
  return lang === 'vi' ? `${p.day}/${p.month}/${p.year}` : `${EN_MONTHS[p.month - 1]} ${p.day}, ${p.year}`;
}

/** The official place-date line: "Điện Biên, ngày 08 tháng 01 năm 2019" (day < 10 and months 1-2 padded). */
export function officialDateLine(place: string, iso: string): string {
  const p = parseIsoDate(iso);
  if (!p) return place;
  return `${place ? `${place}, ` : ''}${vietnameseOfficialDate(p)}`;
}

/** The text used to guess the page language. */
export function releaseSampleText(release: Release): string {
  const parts: string[] = [release.headline, release.subhead, release.sapo];
  const walk = (nodes: Release['body']['content'] | undefined): void => {
    for (const node of nodes ?? []) {
      if (parts.length > 400) return;
      if (node.text) parts.push(node.text);
      walk(node.content);
    }
  };
  walk(release.body.content);
  return parts.join(' ');
}

/** An embargo time as a reader sees it: "9:00 ngày 1/12/2026 (GMT+07:00)" / "December 1, 2026, 09:00 GMT+07:00". */
export function displayDateTime(at: string, lang: PageLang): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(at.trim());
  if (!match) return at.trim();
  const date = displayDate(match[1]!, lang);
  const zone = match[4] === undefined ? '' : match[4] === 'Z' ? 'UTC' : `GMT${match[4]}`;
  if (lang === 'vi') return `${Number(match[2])}:${match[3]} ngày ${date}${zone ? ` (${zone})` : ''}`;
  return `${date}, ${match[2]}:${match[3]}${zone ? ` ${zone}` : ''}`;
}
