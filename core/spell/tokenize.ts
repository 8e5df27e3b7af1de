/**
 * The words of a text that spell check looks at, with their offsets. What a checker should not
 * judge is left out here, once: web addresses, e-mail addresses and domain names (whole), anything
 * with a digit in it (`15h30`, `COVID-19`'s `19`, `2026`), abbreviations in capitals (`UBND`, `HĐND`,
 * also a headline typed in capitals, as Word's "ignore words in UPPERCASE"), words with a capital
 * inside (`iPhone`, `TipTap`: brand names) and single letters (list labels `a)`, `b)`).
 * Hyphens and slashes split words (`Điện Biên-Lai Châu`); an apostrophe inside a word keeps it
 * whole (`don't`, `officer’s`).
 */

export interface WordToken {
  from: number;
  to: number;
  word: string;
}

/** A run of text between spaces that is an address as a whole. */
const ADDRESS = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)|@|^[^\s]*\p{L}\.\p{L}{2,}(?:[/:?#][^\s]*)?[.,;:!?)]*$/iu;
/** Runs of letters, marks, digits and inner apostrophes. */
const SEGMENT = /[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}]|['’](?=[\p{L}\p{M}]))*/gu;
const DIGIT = /\p{N}/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/** Whether spell check leaves this word alone whatever the dictionaries say. */
export function isSkippedWord(word: string): boolean {
  if ([...word].length < 2) return true;
  if (DIGIT.test(word)) return true;
  if (!LOWER.test(word)) return true; // ALLCAPS
  return UPPER.test(word.slice(1)); // a capital inside
}

/** The words of `text` to check (NFC text; offsets are UTF-16 positions in it). */
export function tokenize(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  const chunks = /\S+/gu;
  for (let chunk = chunks.exec(text); chunk !== null; chunk = chunks.exec(text)) {
    // Addresses carry dots, slashes or @: a chunk without them is never one (the common case).
    if (/[.:/@]/u.test(chunk[0]) && ADDRESS.test(chunk[0])) continue;
    SEGMENT.lastIndex = 0;
    for (let seg = SEGMENT.exec(chunk[0]); seg !== null; seg = SEGMENT.exec(chunk[0])) {
      const word = seg[0];
      if (isSkippedWord(word)) continue;
      const from = chunk.index + seg.index;
      tokens.push({ from, to: from + word.length, word });
    }
  }
  return tokens;
}
