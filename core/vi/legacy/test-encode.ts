/**
 * Encoders into the legacy forms, for tests only (the app never writes them): Unicode text ->
 * TCVN3 / VNI / VIQR as an old Word file or a VIQR mail would hold it, so whole sentences can be
 * encoded and decoded back.
 */
import { letterParts, type Tone, type Vowel } from './letters';

const TCVN3_HIGH =
  'ĂÂÊÔƠƯĐăâêôơưđẰ\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ';
const TCVN3_CODE = new Map<string, string>();
[...TCVN3_HIGH].forEach((letter, i) => {
  if (i < 0x0f || i > 0x13) TCVN3_CODE.set(letter, String.fromCharCode(0xa1 + i));
});

/** A run of TCVN3 and whether it is in a capitals (`...H`) font. */
export interface Tcvn3Run {
  text: string;
  capitals: boolean;
}

/**
 * Unicode -> TCVN3 runs as a `.VnTime` user typed them: a capital VN3 has no code for goes into a
 * one-letter `.VnTimeH` run, written with the lower-case code.
 */
export function encodeTcvn3(text: string): Tcvn3Run[] {
  const runs: Tcvn3Run[] = [];
  const push = (s: string, capitals: boolean): void => {
    const last = runs.at(-1);
    if (last && last.capitals === capitals) last.text += s;
    else runs.push({ text: s, capitals });
  };
  for (const ch of text.normalize('NFC')) {
    if (ch.charCodeAt(0) <= 0xa0 || /[\u2013\u2014\u2018-\u201e\u2026]/u.test(ch)) push(ch, false);
    else if (TCVN3_CODE.has(ch)) push(TCVN3_CODE.get(ch)!, false);
    else if (TCVN3_CODE.has(ch.toLowerCase())) push(TCVN3_CODE.get(ch.toLowerCase())!, true);
    else throw new Error(`TCVN3 has no code for ${ch}`);
  }
  return runs;
}

const VNI_TONE: Record<Tone, string> = { '': '', acute: 'ù', grave: 'ø', hook: 'û', tilde: 'õ', dot: 'ï' };
const VNI_CIRCUMFLEX: Record<Tone, string> = { '': 'â', acute: 'á', grave: 'à', hook: 'å', tilde: 'ã', dot: 'ä' };
const VNI_BREVE: Record<Tone, string> = { '': 'ê', acute: 'é', grave: 'è', hook: 'ú', tilde: 'ü', dot: 'ë' };
const VNI_I: Record<Tone, string> = { '': 'i', acute: 'í', grave: 'ì', hook: 'æ', tilde: 'ó', dot: 'ò' };

function vniLetter(vowel: Vowel, tone: Tone): string {
  switch (vowel) {
    case 'ă': return 'a' + VNI_BREVE[tone];
    case 'â': return 'a' + VNI_CIRCUMFLEX[tone];
    case 'ê': return 'e' + VNI_CIRCUMFLEX[tone];
    case 'ô': return 'o' + VNI_CIRCUMFLEX[tone];
    case 'ơ': return 'ô' + VNI_TONE[tone];
    case 'ư': return 'ö' + VNI_TONE[tone];
    case 'i': return VNI_I[tone];
    case 'y': return tone === 'dot' ? 'î' : 'y' + VNI_TONE[tone];
    default: return vowel + VNI_TONE[tone];
  }
}

/** Unicode -> VNI-Windows (as Windows-1252 characters); capitals take the capital marks. */
export function encodeVni(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (ch === 'đ' || ch === 'Đ') {
      out += ch === 'đ' ? 'ñ' : 'Ñ';
      continue;
    }
    const parts = letterParts(ch);
    if (!parts) {
      out += ch;
      continue;
    }
    const code = vniLetter(parts.vowel, parts.tone);
    out += parts.upper ? code.toUpperCase() : code;
  }
  return out;
}

const VIQR_DIACRITIC: Partial<Record<Vowel, string>> = { 'ă': 'a(', 'â': 'a^', 'ê': 'e^', 'ô': 'o^', 'ơ': 'o+', 'ư': 'u+' };
const VIQR_TONE: Record<Tone, string> = { '': '', acute: "'", grave: '`', hook: '?', tilde: '~', dot: '.' };

/** Unicode -> VIQR; a mark character the reader would apply to a vowel is escaped (`\.`), as is `dd`. */
export function encodeViqr(text: string): string {
  let out = '';
  let afterVowel = false;
  for (const ch of text.normalize('NFC')) {
    if (ch === 'đ' || ch === 'Đ') {
      out += ch === 'đ' ? 'dd' : 'DD';
      afterVowel = false;
      continue;
    }
    const parts = letterParts(ch);
    if (parts) {
      const code = (VIQR_DIACRITIC[parts.vowel] ?? parts.vowel) + VIQR_TONE[parts.tone];
      out += parts.upper ? code.replace(/^[a-z]/u, (c) => c.toUpperCase()) : code;
      afterVowel = true;
      continue;
    }
    if ((afterVowel && /['`?~.(^+*]/u.test(ch)) || ch === '\\' || (/d/iu.test(ch) && /d$/iu.test(out))) out += '\\';
    out += ch;
    afterVowel = afterVowel && /['`?~.(^+*]/u.test(ch);
  }
  return out;
}
