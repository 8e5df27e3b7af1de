/**
 * TCVN3 (TCVN 5712:1993, the ABC fonts `.VnTime`, `.VnArial`, ...) to Unicode. Old Word files
 * keep TCVN3 as one-byte codes in an ANSI font, so a paste or an import brings them as the
 * Windows-1252 characters of those bytes: `Tuyªn gi¸o` is `Tuyên giáo`, and `ư` is 0xAD, the soft
 * hyphen every sanitiser strips (hence converting first).
 *
 * The table is bytes 0xA1-0xFF as iconv-lite's `tcvn` has them (the test checks every one against
 * it), without iconv-lite's codes below 0xA0: the everyday `.Vn` fonts (VN3) put no letters there,
 * and 0x80-0x9F arrive as the curly quotes and dashes Word typed. The combining tones at 0xB0-0xB4
 * count only right after a vowel (elsewhere they are ° ± ² ³ ´). VN3 has no toned capitals: they
 * were typed with the lower-case codes in the capitals fonts (`.VnTimeH`), so a capitals run is
 * decoded and then upper-cased.
 */

/** Unicode for bytes 0xA1..0xFF (0xB0-0xB4: combining marks). */
const HIGH =
  'ĂÂÊÔƠƯĐăâêôơưđẰ\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ';

const HIGH_POINTS = [...HIGH];
const VOWEL_BASE = /[aăâeêioôơuưyAĂÂEÊIOÔƠUƯY]$/u;

export interface Tcvn3Options {
  /** The run is in a capitals font (`.VnTimeH`, `.VnArialH`): every letter is a capital. */
  capitals?: boolean;
}

/** Whether a character is one of the codes TCVN3 gives a Vietnamese letter (0xA1-0xFF, not the tone marks). */
export function isTcvn3Letter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return ch.length === 1 && c >= 0xa1 && c <= 0xff && (c < 0xb0 || c > 0xb4);
}

/** TCVN3 text (as Windows-1252 characters) to NFC Unicode. */
export function decodeTcvn3(text: string, options: Tcvn3Options = {}): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xa1 || c > 0xff) {
      out += text[i];
      continue;
    }
    if (c >= 0xb0 && c <= 0xb4 && !VOWEL_BASE.test(out)) {
      out += text[i];
      continue;
    }
    out += HIGH_POINTS[c - 0xa1];
  }
  out = out.normalize('NFC');
  return options.capitals ? out.toUpperCase() : out;
}

/**
 * A run whose font was lost (plain text): a word written all in capitals with lower-case TCVN3
 * codes (`TØNH`, typed in `.VnTimeH`) is a capitals word: `TỈNH`, not `TỉNH`. Applied only
 * when no font says which (a `.VnTime` run keeps what it showed).
 */
export function capitaliseShoutedWords(decoded: string): string {
  return decoded.replace(/[\p{L}\p{M}]+/gu, (word) => {
    const ascii = word.replace(/[^A-Za-z]/g, '');
    // Two capitals at least: `Hà` (one capital, then a lower-case letter) is a capitalised word.
    return ascii.length >= 2 && ascii === ascii.toUpperCase() ? word.toUpperCase() : word;
  });
}
