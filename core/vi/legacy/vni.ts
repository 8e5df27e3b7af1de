/**
 * VNI-Windows (fonts `VNI-Times`, `VNI-Helve`, ...) to Unicode. VNI writes a toned letter as its
 * base letter followed by a mark character (`aù` = á, `eâ` = ê, `oä` = ộ), except for a few
 * letters that have one code of their own (`ô` = ơ, `ö` = ư, `ñ` = đ, `í ì æ ó ò` = í ì ỉ ĩ ị,
 * `î` = ỵ). A paste brings those codes as Windows-1252 characters. Decoding is one left-to-right
 * pass, longest match first: `ôù` (ớ) before `ô` (ơ), `oâ` (ô) before `o`.
 *
 * Capitals take the capital forms of the marks (`AÙ`); a capital with a lower-case mark (`Aù`, as
 * some keyboards typed a sentence's first letter) is read the same way, the base deciding the case.
 */
import { composeLetter, type Tone, type Vowel } from './letters';

/** Mark characters (lower-case forms) after a vowel: [diacritic it adds, tone]. */
const MARKS: Record<string, readonly ['' | 'breve' | 'circumflex', Tone]> = {
  'ù': ['', 'acute'], 'ø': ['', 'grave'], 'û': ['', 'hook'], 'õ': ['', 'tilde'], 'ï': ['', 'dot'],
  'â': ['circumflex', ''], 'á': ['circumflex', 'acute'], 'à': ['circumflex', 'grave'], 'å': ['circumflex', 'hook'], 'ã': ['circumflex', 'tilde'], 'ä': ['circumflex', 'dot'],
  'ê': ['breve', ''], 'é': ['breve', 'acute'], 'è': ['breve', 'grave'], 'ú': ['breve', 'hook'], 'ü': ['breve', 'tilde'], 'ë': ['breve', 'dot'],
};

/** Bases that take marks (lower case): the letter as written -> the vowel it is. */
const BASES: Record<string, Vowel> = { a: 'a', e: 'e', o: 'o', u: 'u', y: 'y', 'ô': 'ơ', 'ö': 'ư', i: 'i' };

/** Letters with a code of their own (lower case). */
const SINGLE: Record<string, string> = { 'ô': 'ơ', 'ö': 'ư', 'ñ': 'đ', 'í': 'í', 'ì': 'ì', 'æ': 'ỉ', 'ó': 'ĩ', 'ò': 'ị', 'î': 'ỵ' };

function withDiacritic(vowel: Vowel, diacritic: '' | 'breve' | 'circumflex'): Vowel | null {
  if (diacritic === '') return vowel;
  if (diacritic === 'breve') return vowel === 'a' ? 'ă' : null;
  return vowel === 'a' ? 'â' : vowel === 'e' ? 'ê' : vowel === 'o' ? 'ô' : null;
}

/** The two-character and one-character codes, each mapped to its Unicode letter. */
function buildTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const [written, vowel] of Object.entries(BASES)) {
    for (const [mark, [diacritic, tone]] of Object.entries(MARKS)) {
      // i takes its tones as single codes; ơ and ư take only tones.
      if (written === 'i' || ((written === 'ô' || written === 'ö') && diacritic !== '')) continue;
      const target = withDiacritic(vowel, diacritic);
      if (target === null) continue;
      const lower = composeLetter(target, tone);
      const upper = composeLetter(target, tone, true);
      table.set(written + mark, lower);
      table.set(written.toUpperCase() + mark.toUpperCase(), upper);
      table.set(written.toUpperCase() + mark, upper);
    }
  }
  table.set('yï', 'ỵ').set('YÏ', 'Ỵ').set('Yï', 'Ỵ');
  for (const [code, letter] of Object.entries(SINGLE)) {
    table.set(code, letter);
    table.set(code.toUpperCase(), letter.toUpperCase());
  }
  return table;
}

const TABLE = buildTable();

/** Whether a character can start a VNI code other than a plain ASCII letter. */
export function isVniCode(ch: string): boolean {
  return TABLE.has(ch) || ch.toLowerCase() in MARKS;
}

/** VNI-Windows text (as Windows-1252 characters) to NFC Unicode. */
export function decodeVni(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const two = TABLE.get(text.slice(i, i + 2));
    if (two !== undefined) {
      out += two;
      i += 2;
      continue;
    }
    out += TABLE.get(text[i]!) ?? text[i];
    i++;
  }
  return out.normalize('NFC');
}
