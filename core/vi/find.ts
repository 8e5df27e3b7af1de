/**
 * Finding a query in one run of text (a field, a paragraph, a caption): match case, whole word and
 * ignore tone marks. Pure: the editor's highlight plugin and the sheet's fields both call it.
 */
import { fold, foldQuery, type FoldOptions } from './fold';

export interface FindOptions extends FoldOptions {
  wholeWord: boolean;
}

/** A match in the original text, as UTF-16 offsets [from, to). */
export interface TextMatch {
  from: number;
  to: number;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

function isWordAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const cp = text.codePointAt(index) ?? 0;
  // Step back onto a surrogate pair's first half when `index` is its second.
  if (cp >= 0xdc00 && cp <= 0xdfff && index > 0) return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(index - 1) ?? 0));
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

/** A query folded once for many texts (the body has one text per paragraph). */
export interface PreparedQuery {
  folded: string;
  options: FindOptions;
}

export function prepareQuery(query: string, options: FindOptions): PreparedQuery | null {
  const folded = foldQuery(query, options);
  return folded === '' ? null : { folded, options };
}

/** Every non-overlapping match of `query` in `text`, left to right. */
export function findIn(text: string, query: PreparedQuery): TextMatch[] {
  const { folded: needle, options } = query;
  const out: TextMatch[] = [];
  // Exact search needs no map: the text is its own folding.
  const exact = options.matchCase && !options.ignoreTones;
  const hay = exact ? null : fold(text, options);
  const haystack = hay === null ? text : hay.text;
  let at = haystack.indexOf(needle);
  while (at !== -1) {
    const end = at + needle.length;
    const from = hay === null ? at : hay.starts[at]!;
    const to = hay === null ? end : hay.ends[end - 1]!;
    // A match must cover whole code points of the original (not half of a folded ligature).
    const aligned = hay === null || ((at === 0 || hay.starts[at - 1] !== from) && (end === haystack.length || hay.starts[end] !== hay.starts[end - 1]));
    const whole = !options.wholeWord || (!isWordAt(text, from - 1) && !isWordAt(text, to));
    if (aligned && whole) {
      out.push({ from, to });
      at = haystack.indexOf(needle, end);
    } else {
      at = haystack.indexOf(needle, at + 1);
    }
  }
  return out;
}

/** `text` with every given match replaced by `replacement` (matches sorted, not overlapping). */
export function replaceIn(text: string, matches: readonly TextMatch[], replacement: string): string {
  let out = '';
  let last = 0;
  for (const m of matches) {
    out += text.slice(last, m.from) + replacement;
    last = m.to;
  }
  return out + text.slice(last);
}
