/**
 * Suggestions for a Vietnamese syllable. nspell's generic edits rank Vietnamese badly: for `ngưòi`
 * it offers `ngòi`, for `nghiã` `nghi`, never `người` or `nghĩa`, since one wrong tone or vowel
 * mark is two edits of precomposed letters. Here a syllable is compared as its letters without
 * the tone (ư, ơ, ê kept) plus its tone: a wrong or misplaced tone, or u/ư, o/ô/ơ, a/ă/â, e/ê,
 * d/đ confused, costs less than a letter typed wrong. The whole syllable list (~6,800 in both
 * styles) is scanned: a few milliseconds, against nspell's hundreds on a miss.
 */

/** Toned letter -> [the letter without its tone, tone 1..5]. */
const TONES = new Map<string, readonly [string, number]>();
const ROWS: Record<string, string> = {
  a: 'àảãáạ', ă: 'ằẳẵắặ', â: 'ầẩẫấậ', e: 'èẻẽéẹ', ê: 'ềểễếệ', i: 'ìỉĩíị',
  o: 'òỏõóọ', ô: 'ồổỗốộ', ơ: 'ờởỡớợ', u: 'ùủũúụ', ư: 'ừửữứự', y: 'ỳỷỹýỵ',
};
for (const [base, row] of Object.entries(ROWS)) [...row].forEach((l, i) => TONES.set(l, [base, i + 1]));

/** Letters a typist confuses by one mark. */
const FAMILY: Record<string, string> = { ă: 'a', â: 'a', ê: 'e', ô: 'o', ơ: 'o', ư: 'u', đ: 'd' };
const family = (c: string): string => FAMILY[c] ?? c;

interface Shape {
  word: string;
  /** Letters without the tone, lower case. */
  base: string;
  tone: number;
  /** Where the tone sits (-1: none). */
  at: number;
}

function shape(word: string): Shape {
  let base = '';
  let tone = 0;
  let at = -1;
  const lower = [...word.toLowerCase()];
  lower.forEach((c, i) => {
    const t = TONES.get(c);
    if (t) {
      base += t[0];
      tone = t[1];
      at = i;
    } else base += c;
  });
  return { word, base, tone, at };
}

/** Edit distance over code points with cheaper same-family substitutions and transpositions. */
function distance(a: string, b: string, limit: number): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > limit) return Infinity;
  let prev2: number[] = [];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      const xi = x[i - 1]!;
      const yj = y[j - 1]!;
      const sub = xi === yj ? 0 : family(xi) === family(yj) ? 0.25 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + sub);
      if (i > 1 && j > 1 && xi === y[j - 2] && x[i - 2] === yj) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
    }
    prev2 = prev;
    prev = row;
  }
  return prev[y.length]!;
}

/** As the word was written: Title case and capitals carry over to the suggestion. */
function inCaseOf(word: string, suggestion: string): string {
  if (word.length > 1 && word === word.toUpperCase()) return suggestion.toUpperCase();
  const first = word.charAt(0);
  if (first !== first.toLowerCase()) return suggestion.charAt(0).toUpperCase() + suggestion.slice(1);
  return suggestion;
}

export interface ViSuggester {
  /** Up to `max` syllables nearest `word`, best first; `extra` (the user's words) compete too. */
  suggest(word: string, max: number, extra?: readonly string[]): { word: string; score: number }[];
}

/** How far a suggestion may be: two letters, or one letter and the tone. */
export const MAX_SCORE = 4;

export function createViSuggester(syllables: readonly string[]): ViSuggester {
  const shapes = [...new Set(syllables)].map(shape);
  return {
    suggest(word, max, extra = []) {
      const w = shape(word.normalize('NFC'));
      const scored: { word: string; score: number }[] = [];
      for (const c of [...shapes, ...extra.map(shape)]) {
        if (c.word === word) continue;
        const d = distance(w.base, c.base, 2);
        if (d > 2) continue;
        // A tone left out (typed without marks) is nearer than a wrong one.
        const toneCost = w.tone === c.tone ? (w.at === c.at ? 0 : 0.25) : w.tone === 0 || c.tone === 0 ? 0.5 : 1;
        const score = 2 * d + toneCost;
        if (score <= MAX_SCORE) scored.push({ word: c.word, score });
      }
      scored.sort((p, q) => p.score - q.score);
      const out: { word: string; score: number }[] = [];
      for (const s of scored) {
        const cased = inCaseOf(word, s.word);
        if (cased !== word && !out.some((o) => o.word === cased)) out.push({ word: cased, score: s.score });
        if (out.length === max) break;
      }
      return out;
    },
  };
}

/** The syllables of a hunspell .dic word list (first line: the count). */
export function dictionaryWords(dic: string): string[] {
  return dic.split(/\r?\n/u).slice(1).map((l) => l.split('/')[0]!.trim()).filter((l) => l !== '');
}
