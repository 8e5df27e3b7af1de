/**
 * Word and character counts for the status bar, matching what Word shows (editors compare the
 * two): a word is a whitespace-separated token containing at least one letter or digit, so "—"
 * or "-" alone is not a word and "8/1/2019" is one. Single pass, no per-token allocation: the
 * status bar recounts a 20,000-word release while the officer types.
 */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The same set as JavaScript's `\s`: ASCII whitespace, NBSP, the Unicode space separators, BOM. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Whether the UTF-16 unit at `i` (value `c`) starts a letter or digit. */
function isLetterOrDigit(text: string, i: number, c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  // Fast paths for Vietnamese: Latin-1 Supplement/Extended-A/B letters (minus × and ÷) and
  // Latin Extended Additional (ạ, ế, ữ ...). Everything else asks the Unicode tables.
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x1e00 && c <= 0x1eff) return true;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i) ?? c;
    return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
  }
  return LETTER_OR_DIGIT.test(String.fromCharCode(c));
}

export function countWords(text: string): number {
  let count = 0;
  let hasWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (hasWord) count++;
      hasWord = false;
    } else if (!hasWord && isLetterOrDigit(text, i, c)) {
      hasWord = true;
    }
  }
  return hasWord ? count + 1 : count;
}

/** Code points of the NFC text, with spaces, without the "\n" (and "\r") that separate paragraphs. */
export function countCharacters(text: string): number {
  const nfc = text.normalize('NFC');
  let count = 0;
  for (let i = 0; i < nfc.length; i++) {
    const c = nfc.charCodeAt(i);
    // A low surrogate is the second half of a code point already counted.
    if (c !== 0x0a && c !== 0x0d && (c < 0xdc00 || c > 0xdfff)) count++;
  }
  return count;
}

/** Code points of the NFC text that are not whitespace. */
export function countCharactersNoSpaces(text: string): number {
  const nfc = text.normalize('NFC');
  let count = 0;
  for (let i = 0; i < nfc.length; i++) {
    const c = nfc.charCodeAt(i);
    if (!isSpace(c) && (c < 0xdc00 || c > 0xdfff)) count++;
  }
  return count;
}
