/**
 * VIQR (RFC 1456, "Vietnamese Quoted-Readable", plain ASCII) to Unicode. A vowel is followed by
 * its marks: `(` breve, `^` circumflex, `+` (or `*`) horn; then `'` sắc, `` ` `` huyền, `?` hỏi,
 * `~` ngã, `.` nặng; `dd` is đ. A backslash keeps the next mark literal (`ca\.` is "ca.").
 *
 * The same characters are everyday punctuation, so a word is converted only when the result is a
 * Vietnamese syllable (core/vi/syllable.ts); otherwise trailing marks are read as punctuation
 * (`Bie^n.` is "Biên.", `sentence.` stays), and a word inside a URL, an e-mail address or a path
 * is never touched.
 */
import { isVietnameseSyllable } from '../syllable';
import { composeLetter, type Tone, type Vowel } from './letters';

const TONE_OF: Record<string, Tone> = { "'": 'acute', '`': 'grave', '?': 'hook', '~': 'tilde', '.': 'dot' };
const DIACRITIC_OF: Record<string, Record<string, Vowel>> = {
  '(': { a: 'ă' },
  '^': { a: 'â', e: 'ê', o: 'ô' },
  '+': { o: 'ơ', u: 'ư' },
  '*': { o: 'ơ', u: 'ư' },
};
const MARK = /['`?~.(^+*]/u;
const VOWEL = /^[aeiouy]$/iu;
/** A word: a letter (or an escape), then letters, marks and escapes. */
const WORD = /(?:[A-Za-z]|\\['`?~.(^+*\\dD])(?:[A-Za-z]|\\['`?~.(^+*\\dD]|['`?~.(^+*])*/gu;
/** A whitespace-separated chunk that is an address: a URL, an e-mail address, a file path. */
const ADDRESS = /:\/\/|^www\.|@|^[A-Za-z]:\\|^\.{0,2}\//iu;

interface Decoded {
  text: string;
  /** Whether any mark or dd was applied. */
  changed: boolean;
}

/** Applies the marks of one word, no questions asked. */
function applyMarks(word: string): Decoded {
  let out = '';
  let changed = false;
  let i = 0;
  while (i < word.length) {
    const ch = word[i]!;
    if (ch === '\\' && i + 1 < word.length && (MARK.test(word[i + 1]!) || word[i + 1] === '\\' || /d/iu.test(word[i + 1]!))) {
      out += word[i + 1];
      i += 2;
      continue;
    }
    if ((ch === 'd' || ch === 'D') && (word[i + 1] === 'd' || word[i + 1] === 'D')) {
      out += ch === 'D' ? 'Đ' : 'đ';
      changed = true;
      i += 2;
      continue;
    }
    if (!VOWEL.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    const upper = ch !== ch.toLowerCase();
    let vowel = ch.toLowerCase() as Vowel;
    let tone: Tone = '';
    let j = i + 1;
    let diacriticDone = false;
    while (j < word.length) {
      const m = word[j]!;
      const withDiacritic = DIACRITIC_OF[m]?.[vowel];
      if (withDiacritic !== undefined && !diacriticDone) {
        vowel = withDiacritic;
        diacriticDone = true;
      } else if (TONE_OF[m] !== undefined && tone === '') tone = TONE_OF[m];
      else break;
      j++;
    }
    if (j > i + 1) changed = true;
    out += composeLetter(vowel, tone, upper);
    i = j;
  }
  return { text: out, changed };
}

const isLetters = (s: string): boolean => /^\p{L}+$/u.test(s);
const unescape = (s: string): string => s.replace(/\\(.)/gu, '$1');

/**
 * One word: converted when that gives a syllable; else its trailing marks are punctuation
 * (`Bie^n.`, `sentence.`). `lenient` (the manual command, where the user said the text is VIQR):
 * a word that makes no syllable is converted anyway, a final `.` or `?` after two letters kept as it is.
 */
function decodeWord(word: string, lenient: boolean): Decoded {
  for (let cut = word.length; cut > 0; cut--) {
    const tail = word.slice(cut);
    // Only tone marks double as punctuation; an escape keeps any mark.
    if (!/^(?:['`?~.]|\\['`?~.(^+*\\])*$/u.test(tail)) break;
    // Never split an escape from the character it keeps.
    if (word[cut - 1] === '\\' && (cut < 2 || word[cut - 2] !== '\\')) continue;
    const head = applyMarks(word.slice(0, cut));
    if (!isLetters(head.text)) continue;
    if (isVietnameseSyllable(head.text)) return { text: head.text + unescape(tail), changed: head.changed };
    if (!head.changed) return { text: head.text + unescape(tail), changed: false };
  }
  if (!lenient) return { text: word, changed: false };
  // A word that is no syllable either way: a final '.' or '?' after a longer word is the sentence's.
  let cut = word.length;
  while (cut > 2 && /[.?]/u.test(word[cut - 1]!) && /[A-Za-z]{2}$/u.test(word.slice(0, cut - 1))) cut--;
  const head = applyMarks(word.slice(0, cut));
  return { text: head.text + word.slice(cut), changed: head.changed };
}

export interface ViqrOptions {
  /** Convert words even when they do not make a Vietnamese syllable (the manual command). */
  lenient?: boolean;
}

/** VIQR text to NFC Unicode; everything that is not a VIQR word stays as it is. */
export function decodeViqr(text: string, options: ViqrOptions = {}): string {
  return text
    .split(/(\s+)/u)
    .map((chunk) => (ADDRESS.test(chunk) ? chunk : chunk.replace(WORD, (word) => decodeWord(word, options.lenient === true).text)))
    .join('')
    .normalize('NFC');
}

/** How many words a VIQR reading converts (detection weighs it). */
export function viqrWordsConverted(text: string): number {
  let n = 0;
  for (const chunk of text.split(/\s+/u)) {
    if (ADDRESS.test(chunk)) continue;
    for (const word of chunk.match(WORD) ?? []) if (decodeWord(word, false).changed) n++;
  }
  return n;
}

/** Whether a text could be VIQR: ASCII, with at most the typographic quotes and dashes an editor adds. */
export function isViqrCandidate(text: string): boolean {
  return !/[^\t\n\r\x20-\x7e\u00a0\u2018-\u201d\u2013\u2014\u2026]/u.test(text);
}

