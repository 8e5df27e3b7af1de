/**
 * Text folding for find and replace: lower-casing and "ignore tone marks" (bỏ qua dấu: `Dien Bien`
 * finds `Điện Biên`; đ/Đ count as d/D, since Vietnamese keyboards without Telex type them so).
 * Folding can change a text's length (ệ -> e, İ -> i̇), so the folded text carries a map back to
 * the original: a match found in the folded text is replaced in the original, where it really is.
 */

export interface FoldOptions {
  matchCase: boolean;
  ignoreTones: boolean;
}

export interface Folded {
  text: string;
  /** For each UTF-16 unit of `text`: where its original code point starts and ends in the source. */
  starts: Uint32Array;
  ends: Uint32Array;
}

const COMBINING = /[\u0300-\u036f]/gu;

/** One code point, folded: maybe empty (a lone tone mark), maybe longer than it was. */
function foldPoint(point: string, options: FoldOptions): string {
  let out = options.matchCase ? point : point.toLowerCase();
  if (options.ignoreTones) {
    if (out === 'đ') out = 'd';
    else if (out === 'Đ') out = 'D';
    else if (out.charCodeAt(0) >= 0xc0 || out.length > 1) out = out.normalize('NFD').replace(COMBINING, '');
  }
  return out;
}

/** `source` (NFC, as all text in the model is) folded, with its map back. */
export function fold(source: string, options: FoldOptions): Folded {
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < source.length) {
    const cp = source.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    // ASCII needs no Unicode tables: the common case stays cheap on a 20,000-word release.
    const folded = cp < 0x80 ? (options.matchCase ? source[i]! : source[i]!.toLowerCase()) : foldPoint(source.slice(i, i + width), options);
    for (let k = 0; k < folded.length; k++) {
      starts.push(i);
      ends.push(i + width);
    }
    parts.push(folded);
    i += width;
  }
  return { text: parts.join(''), starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) };
}

/** The query as the text is folded (NFC first: a query may come from anywhere). */
export function foldQuery(query: string, options: FoldOptions): string {
  return fold(query.normalize('NFC'), options).text;
}
