/**
 * Which legacy encoding a text is in, if any, and converting it. Evidence in order of strength:
 * the font a run was typed in (the caller's hint: `.Vn*` is TCVN3, `VNI-*` is VNI), then telltale
 * codes (a candidate must change something), then the share of words that are Vietnamese
 * syllables under each candidate decoding. The text is left as it is unless one candidate clearly
 * wins: most words syllables, clearly more than as it stands and than any other candidate.
 * Unicode Vietnamese (ă, đ, ơ, ư, ạ... are outside every legacy repertoire, and a text of only
 * Latin-1 letters like `Bà có nhà` is already all syllables) and English never change.
 */
import { isVietnameseSyllable } from '../syllable';
import { capitaliseShoutedWords, decodeTcvn3 } from './tcvn3';
import { decodeViqr, isViqrCandidate, viqrWordsConverted } from './viqr';
import { decodeVni, isVniCode } from './vni';
import { addToReport, LEGACY_ENCODINGS, reportIsEmpty, type LegacyEncoding, type LegacyReport } from './report';

export { addToReport, LEGACY_ENCODINGS, reportIsEmpty, type LegacyEncoding, type LegacyReport } from './report';

export interface DecodeOptions {
  /** TCVN3 in a capitals font (`.VnTimeH`). */
  capitals?: boolean;
  /** No font was known: a TCVN3 word typed all in capitals is upper-cased whole. */
  fontUnknown?: boolean;
  /** VIQR: convert words even when they make no syllable (the user chose VIQR). */
  lenient?: boolean;
}

/** Windows-1252's characters: all a one-byte legacy text can hold. */
// eslint-disable-next-line no-control-regex -- the whole repertoire, controls included
const ONE_BYTE = /^[\u0000-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]*$/u;

/** Whether a text could be in a one-byte legacy encoding at all (TCVN3, VNI). */
export function fitsOneByte(text: string): boolean {
  return ONE_BYTE.test(text);
}

export function decodeLegacy(text: string, encoding: LegacyEncoding, options: DecodeOptions = {}): string {
  switch (encoding) {
    case 'tcvn3': {
      const decoded = decodeTcvn3(text, { capitals: options.capitals === true });
      return options.fontUnknown ? capitaliseShoutedWords(decoded) : decoded;
    }
    case 'vni':
      return decodeVni(text);
    case 'viqr':
      return decodeViqr(text, { lenient: options.lenient === true });
  }
}

function hasVniCode(text: string): boolean {
  for (const char of text) if (isVniCode(char)) return true;
  return false;
}

/** Whether the encoding could be the text's: it fits the repertoire and a telltale code is there. */
export function couldBe(text: string, encoding: LegacyEncoding): boolean {
  switch (encoding) {
    case 'tcvn3':
      return fitsOneByte(text) && /[\u00a1-\u00ff]/u.test(text);
    case 'vni':
      return fitsOneByte(text) && hasVniCode(text);
    case 'viqr':
      return isViqrCandidate(text) && viqrWordsConverted(text) > 0;
  }
}

const EDGE = /^[\s!-/:-@[-`{-~\u2013\u2014\u2018-\u201f\u2026]+|[\s!-/:-@[-`{-~\u2013\u2014\u2018-\u201f\u2026]+$/gu;

export interface SyllableScore {
  /** Words with a letter and no digit. */
  words: number;
  /** Of those, Vietnamese syllables. */
  syllables: number;
}

/** How many whitespace-separated words (edge punctuation off) are Vietnamese syllables. */
export function syllableScore(text: string): SyllableScore {
  let words = 0;
  let syllables = 0;
  for (const chunk of text.split(/\s+/u)) {
    const word = chunk.replace(EDGE, '');
    if (word === '' || /\d/u.test(word) || !/\p{L}/u.test(word)) continue;
    words++;
    if (isVietnameseSyllable(word)) syllables++;
  }
  return { words, syllables };
}

const share = (s: SyllableScore): number => (s.words === 0 ? 0 : s.syllables / s.words);

/** Share of syllables a winner needs, and its lead over the text as it is and over the runner-up. */
const MIN_SHARE = 0.6;
const MIN_GAIN = 0.2;
const MIN_LEAD = 0.1;

export interface Detection {
  encoding: LegacyEncoding;
  decoded: string;
}

/**
 * A text longer than this is judged on windows spread through it: the decision is a share of
 * words, and judging megabytes whole took seconds (3 million "a_" in a Markdown file: 3.5 s).
 */
export const JUDGED_CHARS = 60_000;
const JUDGED_WINDOWS = 30;

/** The text, or windows of it spread from start to end, each cut at whitespace where it has any. */
export function judgedPart(text: string): string {
  if (text.length <= JUDGED_CHARS) return text;
  const size = JUDGED_CHARS / JUDGED_WINDOWS;
  const step = text.length / JUDGED_WINDOWS;
  const windows: string[] = [];
  for (let i = 0; i < JUDGED_WINDOWS; i++) {
    const window = text.slice(Math.floor(i * step), Math.floor(i * step) + size);
    const first = i === 0 ? 0 : window.search(/\s/u) + 1;
    const last = window.search(/\s\S*$/u);
    windows.push(first > 0 && last > first ? window.slice(first, last) : window);
  }
  return windows.join('\n');
}

/** The encoding that clearly wins for a text with no font information, with the decoded text; or null. */
export function detectLegacyEncoding(text: string, candidates: readonly LegacyEncoding[] = LEGACY_ENCODINGS): Detection | null {
  const judged = judgedPart(text);
  const original = syllableScore(judged);
  const scored = candidates
    .filter((encoding) => couldBe(judged, encoding))
    .map((encoding) => {
      const decoded = decodeLegacy(judged, encoding, { fontUnknown: true });
      const score = syllableScore(decoded);
      return { encoding, decoded, score, share: share(score) };
    })
    .filter((c) => c.decoded !== judged)
    .sort((a, b) => b.share - a.share);
  const best = scored[0];
  if (!best) return null;
  const runnerUp = scored[1]?.share ?? 0;
  const wins = best.share >= MIN_SHARE && best.share - share(original) >= MIN_GAIN && best.share - runnerUp >= MIN_LEAD && best.score.syllables > original.syllables;
  if (!wins) return null;
  if (judged === text) return { encoding: best.encoding, decoded: best.decoded };
  // Judged on windows: the whole text must fit the winner's repertoire too.
  return couldBe(text, best.encoding) ? { encoding: best.encoding, decoded: decodeLegacy(text, best.encoding, { fontUnknown: true }) } : null;
}

/** Paragraphs converted, per encoding: what the paste or import message tells. */
/**
 * Detection over several paragraphs of one source: each is judged alone, and a paragraph too short
 * to win alone still follows the source's clear winner when that reading leaves it no worse.
 * Each paragraph comes back with the encoding it was decoded from (null: unchanged).
 */
export function decodeParagraphs(paragraphs: readonly string[], report: LegacyReport): { text: string; encoding: LegacyEncoding | null }[] {
  const whole = paragraphs.length > 1 ? detectLegacyEncoding(paragraphs.join('\n')) : null;
  return paragraphs.map((p) => {
    const own = detectLegacyEncoding(p);
    if (own) {
      addToReport(report, own.encoding);
      return { text: own.decoded, encoding: own.encoding };
    }
    if (!whole || !couldBe(p, whole.encoding)) return { text: p, encoding: null };
    const decoded = decodeLegacy(p, whole.encoding, { fontUnknown: true });
    const before = syllableScore(p);
    const after = syllableScore(decoded);
    if (decoded === p || after.syllables < before.syllables || share(after) < share(before)) return { text: p, encoding: null };
    addToReport(report, whole.encoding);
    return { text: decoded, encoding: whole.encoding };
  });
}

/** Plain text (a paste without HTML, a .txt file): converted line by line where a legacy encoding wins. */
export function convertLegacyText(text: string): { text: string; report: LegacyReport } {
  const report: LegacyReport = {};
  const lines = text.split(/(\r\n|\r|\n)/u);
  const content = lines.filter((_, i) => i % 2 === 0);
  const decoded = decodeParagraphs(content, report);
  if (reportIsEmpty(report)) return { text, report };
  return { text: lines.map((part, i) => (i % 2 === 0 ? decoded[i / 2]!.text : part)).join(''), report };
}
