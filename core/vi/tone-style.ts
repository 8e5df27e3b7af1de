/**
 * Tone placement styles. Both are correct Vietnamese (DOMAIN.md): the traditional style
 * (kiểu cũ, "dấu cũ": hòa, khỏe, thủy, ủy; Decree 30's own text) and the reformed one (kiểu mới,
 * "dấu mới": hoà, khoẻ, thuỷ, uỷ; what the npm `dictionary-vi` lists as vi-DauMoi). They differ only
 * in open syllables whose whole vowel is `oa`, `oe` or `uy` (no final consonant, no third vowel):
 * traditional puts the tone on the first vowel, reformed on the second. `hoàng`, `thuyết`, `ngoài`,
 * `khuỷu` and `quý`/`giá` (where `u`/`i` belong to the onset `qu`/`gi`) are written one way only.
 *
 * Converting moves a tone between two precomposed letters, so on NFC text a conversion never
 * changes the length: offsets found in the original stay valid in the converted text.
 */

export type ToneStyle = 'traditional' | 'reformed';

/** A syllable written in one style, where it is in the text, and how the other style writes it. */
export interface ToneStyleSpan {
  from: number;
  to: number;
  text: string;
  style: ToneStyle;
  /** The same syllable in the other style (same length, same letter case). */
  other: string;
}

/** The five tone marks, in the order each row of TONED lists them (huyền, hỏi, ngã, sắc, nặng). */
const TONED: Record<string, string> = {
  a: 'àảãáạ',
  ă: 'ằẳẵắặ',
  â: 'ầẩẫấậ',
  e: 'èẻẽéẹ',
  ê: 'ềểễếệ',
  i: 'ìỉĩíị',
  o: 'òỏõóọ',
  ô: 'ồổỗốộ',
  ơ: 'ờởỡớợ',
  u: 'ùủũúụ',
  ư: 'ừửữứự',
  y: 'ỳỷỹýỵ',
};

/** Lower-case toned letter -> [its base vowel, tone index 0..4]. */
const UNTONE = new Map<string, readonly [string, number]>();
for (const [base, row] of Object.entries(TONED)) {
  [...row].forEach((letter, tone) => UNTONE.set(letter, [base, tone]));
}

/** Onsets, longest first; `qu` and `gi` take their `u`/`i` out of the vowel. */
const ONSET = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?/u;
const CLUSTERS = new Set(['oa', 'oe', 'uy']);
const LETTERS = /[\p{L}\p{M}]+/gu;

function withCase(letter: string, upper: boolean): string {
  return upper ? letter.toUpperCase() : letter;
}

interface Parsed {
  /** Index in the syllable of the cluster's first vowel. */
  at: number;
  style: ToneStyle;
  tone: number;
}

/** Where a style-bearing cluster is in one syllable (NFC letters only), or null. */
function parse(syllable: string): Parsed | null {
  const lower = syllable.toLowerCase();
  if (lower.length !== syllable.length) return null;
  let base = '';
  let tonedAt = -1;
  let tone = -1;
  for (let i = 0; i < lower.length; i++) {
    const untoned = UNTONE.get(lower[i]!);
    if (untoned) {
      if (tonedAt >= 0) return null; // two tones: not a syllable
      tonedAt = i;
      tone = untoned[1];
      base += untoned[0];
    } else base += lower[i];
  }
  if (tonedAt < 0) return null;
  const onset = ONSET.exec(base)?.[0] ?? '';
  const vowel = base.slice(onset.length);
  if (!CLUSTERS.has(vowel)) return null;
  const at = onset.length;
  if (tonedAt === at) return { at, style: 'traditional', tone };
  if (tonedAt === at + 1) return { at, style: 'reformed', tone };
  return null;
}

/** The style one syllable is written in, or null when both styles write it the same way. */
export function syllableToneStyle(syllable: string): ToneStyle | null {
  return parse(syllable.normalize('NFC'))?.style ?? null;
}

/** One syllable in `style` (unchanged when it already is, or when both styles agree). */
export function syllableInStyle(syllable: string, style: ToneStyle): string {
  const nfc = syllable.normalize('NFC');
  const parsed = parse(nfc);
  if (!parsed || parsed.style === style) return nfc;
  const letters = [...nfc];
  const first = letters[parsed.at]!;
  const second = letters[parsed.at + 1]!;
  const firstBase = UNTONE.get(first.toLowerCase())?.[0] ?? first.toLowerCase();
  const secondBase = UNTONE.get(second.toLowerCase())?.[0] ?? second.toLowerCase();
  const tonedFirst = style === 'traditional';
  const newFirst = tonedFirst ? TONED[firstBase]![parsed.tone]! : firstBase;
  const newSecond = tonedFirst ? secondBase : TONED[secondBase]![parsed.tone]!;
  letters[parsed.at] = withCase(newFirst, first !== first.toLowerCase());
  letters[parsed.at + 1] = withCase(newSecond, second !== second.toLowerCase());
  return letters.join('');
}

/** The other style's spelling of a syllable, or null when both write it the same way. */
export function otherToneStyle(syllable: string): string | null {
  const style = syllableToneStyle(syllable);
  if (!style) return null;
  return syllableInStyle(syllable, style === 'traditional' ? 'reformed' : 'traditional');
}

/** Every syllable of `text` that is written in one style, in order. */
export function toneStyleSpans(text: string): ToneStyleSpan[] {
  const spans: ToneStyleSpan[] = [];
  for (const match of text.matchAll(LETTERS)) {
    const word = match[0];
    const parsed = parse(word);
    if (!parsed) continue;
    const other = syllableInStyle(word, parsed.style === 'traditional' ? 'reformed' : 'traditional');
    spans.push({ from: match.index, to: match.index + word.length, text: word, style: parsed.style, other });
  }
  return spans;
}

/** How many syllables of `text` use each style. */
export function countToneStyles(text: string): Record<ToneStyle, number> {
  const counts: Record<ToneStyle, number> = { traditional: 0, reformed: 0 };
  for (const span of toneStyleSpans(text)) counts[span.style]++;
  return counts;
}

/** The style a word or text uses: one of the two, 'mixed' when it has both, null when neither. */
export function classifyToneStyle(text: string): ToneStyle | 'mixed' | null {
  const { traditional, reformed } = countToneStyles(text.normalize('NFC'));
  if (traditional && reformed) return 'mixed';
  if (traditional) return 'traditional';
  if (reformed) return 'reformed';
  return null;
}

/** `text` with every syllable in `style`; all else (spacing, punctuation, case) untouched. */
export function convertToneStyle(text: string, style: ToneStyle): string {
  return text.replace(LETTERS, (word) => {
    // A decomposed word (NFD) comes back composed; NFC text keeps its length.
    const nfc = word.normalize('NFC');
    const parsed = parse(nfc);
    return parsed && parsed.style !== style ? syllableInStyle(nfc, style) : word;
  });
}

export const toTraditional = (text: string): string => convertToneStyle(text, 'traditional');
export const toReformed = (text: string): string => convertToneStyle(text, 'reformed');
