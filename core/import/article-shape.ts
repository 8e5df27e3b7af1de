/**
 * The shapes of the lines a web page's copy is made of, for article recognition (article.ts):
 * prose, an end mark, a caption, a pen name with its source, a date, a breadcrumb, and the site's
 * furniture (short labels without sentence punctuation). Shapes only, never one portal's words:
 * other portals use other labels. The few words that do appear ("Ảnh", "Photo", "Nguồn", "Theo",
 * "Bài, ảnh") are the press's own conventions for credits and sources, not a site's menu.
 */

/** Words as a reader counts them: tokens with a letter or digit. */
export function wordCount(s: string): number {
  let n = 0;
  for (const token of s.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) n++;
  return n;
}

/** The Vietnamese and Western end of an article body. */
export const END_MARK = /\.\/\.\s*$/;

/** Ends as a sentence does (closing quotes and brackets allowed after the stop). */
const SENTENCE_END = /[.!?…]["”’»)\]]*\s*$/u;

export function endsSentence(s: string): boolean {
  return SENTENCE_END.test(s.trim());
}

/** A paragraph of running text: a finished sentence of some length, or simply long. */
export function isProse(s: string): boolean {
  const words = wordCount(s);
  return (endsSentence(s) && words >= 8) || words >= 30;
}

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/u;
/** Seven or more digits in a row, with the separators phone numbers are written with. */
const PHONE = /(?:\+?\d[\d .()-]{6,}\d)/u;

export function hasContactDetails(s: string): boolean {
  return EMAIL.test(s) || PHONE.test(s);
}

const DATE = /\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?/u;
const TIME = /\b\d{1,2}\s*[:h]\s*\d{2}\b/u;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/u;

/** A line that is a date or time and little else ("Thứ Ba, 08/01/2019 - 10:30 (GMT+7)", "10:25 08/01/2019"). */
export function isDateLine(s: string): boolean {
  const t = s.trim();
  if (t.length > 60 || wordCount(t) > 9) return false;
  if (!(DATE.test(t) || TIME.test(t) || ISO_DATE.test(t))) return false;
  // Mostly digits and separators: a sentence that merely mentions a date has more letters.
  const letters = (t.match(/\p{L}/gu) ?? []).length;
  return letters <= 22;
}

/** "Trang chủ > Tin tức > Thời sự", "Home » News | Politics": short segments between separators. */
export function isBreadcrumb(s: string): boolean {
  const t = s.trim();
  if (t.length > 160 || endsSentence(t)) return false;
  const parts = t.split(/\s+(?:>|»|›|\||\/)\s+/u);
  return parts.length >= 2 && parts.every((p) => p !== '' && wordCount(p) <= 5);
}

/** A press-release end mark alone on its line: such a text is a release, not a portal copy. */
export function isReleaseEndMark(s: string): boolean {
  return /^(?:#{3}|-\s*30\s*-|-#{3}-)$/u.test(s.trim());
}

/**
 * Site furniture: a short line without sentence punctuation ("Có thể bạn quan tâm", "Phản hồi",
 * "Tin liên quan", "Chia sẻ", "Facebook", tag lists, related headlines), or a bare date. Never a
 * line with contact details: those belong to a release.
 */
export function isFurniture(s: string): boolean {
  const t = s.trim();
  if (t === '') return true;
  // Long lines are never furniture; checked first so that no pattern runs over a long line.
  if (t.length > 200) return false;
  if (hasContactDetails(t)) return false;
  // "- Các cơ quan báo chí;": an item of a list the text makes (a notice's Nơi nhận), not a label.
  if (/^[-–+•*]\s/u.test(t)) return false;
  if (isDateLine(t) || isBreadcrumb(t)) return true;
  return t.length <= 200 && wordCount(t) <= 30 && !endsSentence(t);
}

/** A credit for the photo as captions write it: "(Ảnh: Giao Tuyến)", "Ảnh: TTXVN", "Photo: Reuters". */
const CREDIT_IN_PARENS = /\s*\(\s*((?:Ảnh|Photo|Nguồn ảnh)\s*:[^()]*)\)\s*\.?\s*$/iu;
const CREDIT_AFTER = /(?:^|[.\s–—-])\s*((?:Ảnh|Photo|Nguồn ảnh)\s*:\s*[^.:()]{1,80})\s*$/iu;
/** "(Ảnh minh họa)", "(Ảnh tư liệu)": a photo note without a photographer. */
const PHOTO_NOTE = /\(\s*(?:Ảnh|Photo)\b[^()]{0,40}\)\s*\.?\s*$/iu;
/** A date in brackets or after a dash at the end: "(8/1/2019)", "- 8/1". */
const TRAILING_DATE = /(?:\(\s*\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{2,4})?\s*\)|[–—-]\s*\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{2,4})?)\s*\.?\s*$/u;

export interface CaptionShape {
  /** The caption's text, the credit taken out. */
  text: string;
  /** "Ảnh: ..." when the line carries one, else ''. */
  credit: string;
  /** A credit, a photo note or a trailing date: a line no sapo ends with. */
  strong: boolean;
}

/** Reads a line as a photo caption: its text, its credit, and how sure its shape is. */
export function captionShape(s: string): CaptionShape {
  const t = s.trim();
  const paren = CREDIT_IN_PARENS.exec(t);
  if (paren) return { text: t.slice(0, paren.index).trim(), credit: paren[1]!.trim(), strong: true };
  const after = CREDIT_AFTER.exec(t);
  if (after) {
    // A full stop before the credit ends the caption's sentence: it stays.
    const text = t.slice(0, after.index + (after[0].startsWith('.') ? 1 : 0)).replace(/[\s–—-]+$/u, '').trim();
    return { text, credit: after[1]!.trim(), strong: true };
  }
  return { text: t, credit: '', strong: PHOTO_NOTE.test(t) || TRAILING_DATE.test(t) };
}

/** How bylines name their writer before the name: "Bài, ảnh:", "Bài và ảnh:", "Tin, ảnh:", "Bài:". */
const BYLINE_PREFIX = /^(?:(?:Bài|Tin|Text)(?:\s*(?:,|và|&|and)\s*(?:ảnh|photos?))?|Ảnh|Photos?|By)\s*:?\s+/iu;
/** The source after a name: " - Nguồn: X", " (Nguồn: X)", " - Theo X". */
const SOURCE_AFTER = /\s*(?:[–—-]\s*|\(\s*)((?:Nguồn|Source)\s*:?\s*[^()]+?|Theo\s+[^()]+?)\s*\)?\s*$/iu;
/** A source on its own line: "Nguồn: Báo Điện Biên Phủ", "Theo TTXVN", "Source: Reuters". */
const SOURCE_LINE = /^(?:(?:Nguồn|Source)\s*:|Theo\s+\p{Lu})/u;

export function isSourceLine(s: string): boolean {
  const t = s.trim();
  return SOURCE_LINE.test(t) && t.length <= 120 && !endsSentence(t.replace(/\.(?:vn|com|net|org)\b/giu, ''));
}

/** Name-shaped: one to six words, each capitalised (or an all-caps abbreviation such as PV, TTXVN), no digits. */
export function isNameShaped(s: string): boolean {
  const name = s.trim().replace(/[.,]$/u, '');
  if (name === '' || name.length > 80 || /\d/u.test(name)) return false;
  const words = name.split(/\s+|\s*[–—-]\s*|\s*,\s*/u).filter((w) => w !== '');
  if (words.length < 1 || words.length > 8) return false;
  return words.every((w) => /^\p{Lu}[\p{L}.'’]*$/u.test(w) || /^\(?\p{Lu}{2,8}\)?$/u.test(w));
}

export interface Byline {
  /** The pen name as the byline writes it ("Giao Tuyến", "Bài, ảnh: Quang Hưng"). */
  name: string;
  /** "Nguồn: ..." or "Theo ..." when the same line carries it, else ''. */
  source: string;
}

/** Reads a line as a byline (a pen name, with or without its source), or null. */
export function bylineShape(s: string): Byline | null {
  const t = s.trim();
  if (t === '' || t.length > 120 || hasContactDetails(t)) return null;
  const source = SOURCE_AFTER.exec(t);
  const nameText = source ? t.slice(0, source.index).trim() : t;
  const bare = nameText.replace(BYLINE_PREFIX, '');
  if (!isNameShaped(bare)) return null;
  return { name: nameText, source: source ? source[1]!.trim() : '' };
}
