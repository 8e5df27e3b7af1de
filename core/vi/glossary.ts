/**
 * The organisation's glossary (issue 11): official names in their canonical spelling and
 * capitalisation (`Ban Tuyên giáo Tỉnh ủy`, `Ủy ban nhân dân tỉnh Điện Biên`), optionally with
 * known variants or abbreviations (`UBND tỉnh Điện Biên`). Finds, in one run of text, the places
 * that write a name otherwise, each with the form to write instead. Pure.
 *
 * A name is matched word by word on folded words (lower case, no tone marks, đ as d) whose gaps
 * hold only spaces and the name's own punctuation, so a match is always whole words: `Điện Biên`
 * never matches inside `Điện Biên Phủ`'s neighbour `Biênxx`, and the longest name wins where two
 * overlap. A match is a variant when it differs from the canonical form by capitalisation, tone
 * marks or missing diacritics, spacing, or NFD; it is never flagged when it is the canonical form,
 * the canonical form in capitals (a heading, a signature block), or differs from it only by tone
 * placement: that is the tone style's finding (core/checks/tone-style.ts), and the canonical form
 * itself is compared in the organisation's preferred style. A name written without any diacritic
 * (`Dien Bien Phu`) is how English writes it, so it is flagged in a Vietnamese text only.
 */
import { convertToneStyle, type ToneStyle } from './tone-style';

export interface GlossaryEntry {
  /** The canonical spelling, as the office writes it. */
  name: string;
  /** Other forms seen in drafts (abbreviations, old names), each corrected to `name`. */
  variants: readonly string[];
}

/** How a match differs from the canonical form (what the message and the tests tell apart). */
export type GlossaryVariantKind = 'case' | 'marks' | 'spacing' | 'nfd' | 'listed';

export interface GlossaryMatch {
  /** UTF-16 offsets in the text searched. */
  from: number;
  to: number;
  found: string;
  /** The form to write instead: the canonical name in the preferred tone style. */
  canonical: string;
  kind: GlossaryVariantKind;
}

interface Pattern {
  words: string[];
  /** The non-space characters between consecutive words of the name ('' for a plain space). */
  gaps: string[];
  canonical: string;
  /** The canonical name's own gaps as written, to tell a spacing variant. */
  rawGaps: string[];
  /** A listed variant (every occurrence is flagged) rather than the canonical name. */
  listed: boolean;
}

export interface CompiledGlossary {
  style: ToneStyle;
  /** Patterns by their first folded word, longest first. */
  byFirst: Map<string, Pattern[]>;
  size: number;
}

/** The most names a glossary holds (Settings caps it too): an office's list is tens to hundreds. */
export const MAX_GLOSSARY_ENTRIES = 2_000;
export const MAX_GLOSSARY_VARIANTS = 20;

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const COMBINING = /\p{M}/gu;

/** One word folded for matching: NFC, lower case, tone and vowel marks gone, đ as d. */
export function foldWord(word: string): string {
  const lower = word.normalize('NFC').toLowerCase();
  // ASCII needs no Unicode tables: most words of an English text, many syllables of a Vietnamese one.
  if (!/[^\u0020-\u007e]/u.test(lower)) return lower;
  return lower.replaceAll('đ', 'd').normalize('NFD').replace(COMBINING, '');
}

interface Token {
  from: number;
  to: number;
  folded: string;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) out.push({ from: m.index, to: m.index + m[0].length, folded: foldWord(m[0]) });
  return out;
}

const squeeze = (gap: string): string => gap.replace(/\s+/gu, '');

function pattern(form: string, canonical: string, listed: boolean): Pattern | null {
  const nfc = form.normalize('NFC').trim();
  const toks = tokens(nfc);
  if (toks.length === 0) return null;
  const rawGaps = toks.slice(1).map((t, i) => nfc.slice(toks[i]!.to, t.from));
  // A name starts and ends with a word; leading or trailing punctuation is not matched.
  return { words: toks.map((t) => t.folded), gaps: rawGaps.map(squeeze), rawGaps, canonical, listed };
}

const keyOf = (p: Pattern): string => `${p.words.join(' ')}\u0000${p.gaps.join('\u0000')}`;

/** Prepares the entries once for many texts; `style` is the organisation's preferred tone style. */
export function compileGlossary(entries: readonly GlossaryEntry[], style: ToneStyle): CompiledGlossary {
  const byFirst = new Map<string, Pattern[]>();
  const seen = new Set<string>();
  let size = 0;
  const add = (p: Pattern | null): void => {
    // The first entry naming a form keeps it: a variant that folds to a canonical name is that name.
    if (p === null || seen.has(keyOf(p))) return;
    seen.add(keyOf(p));
    const list = byFirst.get(p.words[0]!) ?? [];
    list.push(p);
    byFirst.set(p.words[0]!, list);
    size++;
  };
  const canonicals = entries.map((e) => convertToneStyle(e.name.normalize('NFC').trim().replace(/\s+/gu, ' '), style));
  // Every canonical name before any variant: a variant never shadows another entry's name.
  entries.forEach((_, i) => add(pattern(canonicals[i]!, canonicals[i]!, false)));
  entries.forEach((e, i) => e.variants.forEach((v) => add(pattern(v, canonicals[i]!, true))));
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { style, byFirst, size };
}

const hasDiacritic = (s: string): boolean => foldWord(s) !== s.normalize('NFC').toLowerCase();
const isAllCaps = (s: string): boolean => s === s.toUpperCase() && s !== s.toLowerCase();

/** A sentence starts here: at the text's start or after . ! ? : or a line break (and spaces, quotes). */
function sentenceStartAt(text: string, at: number): boolean {
  return /(?:^|[.!?:…\n])[\s"'“‘(«]*$/u.test(text.slice(Math.max(0, at - 12), at));
}

const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Why `found` (matched on folded words) is not the canonical form, or null when it is fine. */
function classify(found: string, expected: string, p: Pattern, gaps: string[], style: ToneStyle, language: 'vi' | 'en'): GlossaryVariantKind | null {
  if (p.listed) return 'listed';
  if (found === expected) return null;
  const nfc = found.normalize('NFC');
  const spacingOk = gaps.every((g, i) => g === p.rawGaps[i]);
  if (nfc === found && spacingOk) {
    const styled = convertToneStyle(nfc, style);
    // Only the tone placement differs: the tone-style finding says so, not the glossary.
    if (styled === expected) return null;
    if (isAllCaps(nfc) && styled === expected.toUpperCase()) return null;
  }
  if (!hasDiacritic(nfc) && hasDiacritic(expected) && language === 'en') return null;
  if (nfc !== found) return 'nfd';
  if (!spacingOk && squeeze(convertToneStyle(nfc, style)) === squeeze(expected)) return 'spacing';
  const lower = (s: string): string => convertToneStyle(s, style).toLowerCase().replace(/\s+/gu, ' ');
  return lower(nfc) === expected.toLowerCase() ? 'case' : 'marks';
}

/**
 * Every variant of a glossary name in `text`, left to right, never overlapping. `language` is the
 * text's (the release's): an English text may write a name without diacritics.
 */
export function findGlossaryVariants(text: string, glossary: CompiledGlossary, language: 'vi' | 'en' = 'vi'): GlossaryMatch[] {
  if (glossary.size === 0) return [];
  const toks = tokens(text);
  const out: GlossaryMatch[] = [];
  let i = 0;
  while (i < toks.length) {
    const candidates = glossary.byFirst.get(toks[i]!.folded);
    let matched = 0;
    for (const p of candidates ?? []) {
      const n = p.words.length;
      if (i + n > toks.length) continue;
      const gaps: string[] = [];
      let ok = true;
      for (let k = 1; k < n && ok; k++) {
        const gap = text.slice(toks[i + k - 1]!.to, toks[i + k]!.from);
        ok = toks[i + k]!.folded === p.words[k] && squeeze(gap) === p.gaps[k - 1] && !gap.includes('\n');
        gaps.push(gap);
      }
      if (!ok) continue;
      const from = toks[i]!.from;
      const to = toks[i + n - 1]!.to;
      const found = text.slice(from, to);
      // A name the office writes in lower case (`tỉnh Điện Biên`) starts a sentence with a capital.
      const expected = sentenceStartAt(text, from) ? capitalised(p.canonical) : p.canonical;
      const kind = classify(found, expected, p, gaps, glossary.style, language);
      if (kind !== null) out.push({ from, to, found, canonical: expected, kind });
      matched = n;
      break;
    }
    i += matched > 0 ? matched : 1;
  }
  return out;
}
