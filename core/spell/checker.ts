/**
 * Which words are right, and what to suggest for the rest. Vietnamese is written in syllables and
 * in two correct tone styles (core/vi/tone-style.ts), so a syllable is right when either style's
 * list has it (vi-DauMoi, npm dictionary-vi; vi-DauCu generated from it). A word with a letter only
 * Vietnamese uses (đ, ư, ơ, ă, â, ê, ô, a tone mark) is always Vietnamese; a plain-Latin word is
 * English too in a Vietnamese release (online, website), and in an English release a capitalised one
 * may be a Vietnamese name. The personal dictionary, the organisation's word list and words
 * ignored are accepted before any dictionary is asked. Suggestions for a syllable come from
 * core/spell/vi-suggest.ts (a wrong tone or vowel mark is a near miss there), for English from nspell.
 * Pure: the spellers (nspell in the worker) come in from outside.
 */
import { createViSuggester } from './vi-suggest';

export interface Speller {
  correct(word: string): boolean;
  suggest(word: string): string[];
  add(word: string): unknown;
  remove(word: string): unknown;
}

export interface Spellers {
  /** Reformed tone placement (hoà, thuỷ): npm dictionary-vi. */
  viReformed: Speller;
  /** Traditional tone placement (hòa, thủy): assets/dictionaries/vi-DauCu. */
  viTraditional: Speller;
  en: Speller;
  /** Both styles' syllables (their .dic lines), for Vietnamese suggestions (core/spell/vi-suggest.ts). */
  viSyllables: readonly string[];
}

export type SpellLanguage = 'vi' | 'en';

export const MAX_SUGGESTIONS = 5;

/** Letters (lower case) that only Vietnamese writes, among the scripts we check. */
const VIETNAMESE = /[đăâêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]/u;

export function isVietnameseWord(word: string): boolean {
  return VIETNAMESE.test(word.toLowerCase());
}

/** The words of the personal dictionary and word lists: entries may be names of several words. */
export function wordsOfList(entries: readonly string[]): string[] {
  const words = new Set<string>();
  for (const entry of entries) {
    for (const word of entry.normalize('NFC').split(/[\s\-/]+/u)) {
      const trimmed = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      if (trimmed !== '') words.add(trimmed);
    }
  }
  return [...words];
}

export interface Checker {
  /** Replaces the words accepted on top of the dictionaries (personal + organisation). */
  setWords(entries: readonly string[]): void;
  correct(word: string, language: SpellLanguage): boolean;
  suggest(word: string, language: SpellLanguage): string[];
}

export function createChecker(spellers: Spellers): Checker {
  const all = [spellers.viReformed, spellers.viTraditional, spellers.en];
  const vi = createViSuggester(spellers.viSyllables);
  let extra = new Set<string>();

  // A lower-case entry accepts any case (hunspell's rule); 'Mường Phăng' accepts only as written.
  const accepted = (word: string): boolean => extra.has(word) || extra.has(word.toLowerCase());
  const vietnamese = (word: string): boolean => spellers.viReformed.correct(word) || spellers.viTraditional.correct(word);
  const capitalised = (word: string): boolean => word.charAt(0) !== word.charAt(0).toLowerCase();

  return {
    setWords(entries) {
      const next = new Set(wordsOfList(entries));
      for (const word of extra) if (!next.has(word)) all.forEach((s) => s.remove(word));
      for (const word of next) if (!extra.has(word)) all.forEach((s) => s.add(word));
      extra = next;
    },
    correct(word, language) {
      const w = word.normalize('NFC');
      if (accepted(w)) return true;
      // café, résumé: Latin-1 letters Vietnamese shares, right in an English passage.
      if (isVietnameseWord(w)) return vietnamese(w) || (language === 'en' && spellers.en.correct(w));
      if (language === 'vi') return vietnamese(w) || spellers.en.correct(w);
      return spellers.en.correct(w) || (capitalised(w) && vietnamese(w));
    },
    suggest(word, language) {
      const w = word.normalize('NFC');
      const viWords = vi.suggest(w, MAX_SUGGESTIONS, [...extra]).map((s) => s.word);
      // English only where the word may be English; nspell is slow on a miss (~0.1-0.7 s), so not for a syllable.
      if (isVietnameseWord(w)) return viWords;
      const near = vi.suggest(w, MAX_SUGGESTIONS, [...extra]).filter((s) => s.score <= 2).map((s) => s.word);
      const en = spellers.en.suggest(w).filter((s) => s !== w);
      const merged = language === 'vi' ? [...near, ...en, ...viWords] : [...en, ...near];
      return [...new Set(merged)].slice(0, MAX_SUGGESTIONS);
    },
  };
}
