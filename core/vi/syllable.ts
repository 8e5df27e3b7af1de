/**
 * Whether a word is a well-formed Vietnamese syllable: onset + rhyme + tone, with the spelling
 * rules (k/gh/ngh before i, e, ê; c/g/ng elsewhere; qu, gi), the tones a stop ending allows
 * (p, t, c, ch: only sắc and nặng) and the tone on a vowel where either tone style puts it.
 * Legacy-encoding detection counts how many words of a text are syllables under each candidate
 * decoding: garbage from the wrong table fails these rules, real text passes them.
 */
import { letterParts, type Tone } from './legacy/letters';

const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];

/** Every rhyme (medial + vowel + ending) Vietnamese spells, without tone. */
const RHYMES = new Set(
  (
    'a ac ach ai am an ang anh ao ap at au ay ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây ' +
    'e ec em en eng eo ep et ê êch êm ên ênh êp êt êu ' +
    'i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu y yêm yên yêt yêu ' +
    'o oc oi om on ong op ot oong ooc ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt ' +
    'u ua uc ui um un ung up ut uôc uôi uôm uôn uông uôp uôt ' +
    'ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu ' +
    'oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oem oen oeo oet ' +
    'uâ uân uâng uât uây uê uêch uên uênh uêt uy uych uyên uyêt uyn uynh uyp uyt uya uyu uơ'
  ).split(' '),
);

const STOP = /(p|t|c|ch)$/u;
const FRONT = /^(i|y|e|ê)/u;
const DIACRITIC = /[ăâêôơư]/u;

/** Whether the rhyme goes with the onset (spelling rules). */
function rhymeFits(onset: string, rhyme: string): boolean {
  // qu takes the rhyme's medial u (quê, quyên) or o (qua, quen) into the onset.
  if (onset === 'qu') return rhyme !== '' && !/^[uo]/u.test(rhyme) && (RHYMES.has('u' + rhyme) || RHYMES.has('o' + rhyme));
  if (!RHYMES.has(rhyme)) return false;
  // yên, yêu stand alone; after an onset the same sound is spelled iê (tiên, kiêu).
  if (rhyme.startsWith('yê') && onset !== '') return false;
  const front = FRONT.test(rhyme);
  if (onset === 'k' || onset === 'gh' || onset === 'ngh') return front;
  if (onset === 'c' || onset === 'ng') return !front;
  // g + i... is the onset gi sharing its i (gì, gìn, giếng).
  if (onset === 'g') return !front || rhyme.startsWith('i');
  if (onset === 'gi') return !/^[iy]/u.test(rhyme);
  return true;
}

/** Indices (in the rhyme) of the vowels that may carry the tone, in either tone style. */
function tonePlaces(rhyme: string): number[] {
  const vowels: number[] = [];
  for (let i = 0; i < rhyme.length; i++) if (letterParts(rhyme[i]!) !== undefined) vowels.push(i);
  if (vowels.length <= 1) return vowels;
  const cluster = vowels.map((i) => rhyme[i]!).join('');
  const closed = vowels.at(-1)! < rhyme.length - 1;
  const uo = cluster.indexOf('ươ');
  if (uo >= 0) return [vowels[uo + 1]!];
  const marked = vowels.filter((i) => DIACRITIC.test(rhyme[i]!));
  if (marked.length > 0) return [marked.at(-1)!];
  if (closed) return [vowels.at(-1)!];
  if (vowels.length === 3) return [vowels[1]!];
  if (cluster === 'oa' || cluster === 'oe' || cluster === 'uy') return vowels;
  return [vowels[0]!];
}

/** One word (letters only, any case, NFC or not) as a Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  const lower = word.normalize('NFC').toLowerCase();
  if (lower === '' || lower.length > 8) return false;
  let base = '';
  let tone: Tone = '';
  let tonedAt = -1;
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i]!;
    const parts = letterParts(ch);
    if (parts) {
      if (parts.tone !== '') {
        if (tonedAt >= 0) return false;
        tone = parts.tone;
        tonedAt = i;
      }
      base += parts.vowel;
    } else if ((ch >= 'a' && ch <= 'z') || ch === 'đ') base += ch;
    else return false;
  }
  for (const onset of ONSETS) {
    if (!base.startsWith(onset)) continue;
    const rhyme = base.slice(onset.length);
    const start = onset.length;
    if (!rhymeFits(onset, rhyme)) continue;
    if (tone !== '' && STOP.test(rhyme) && tone !== 'acute' && tone !== 'dot') continue;
    if (tonedAt >= 0 && !tonePlaces(rhyme).includes(tonedAt - start)) continue;
    return true;
  }
  return false;
}
