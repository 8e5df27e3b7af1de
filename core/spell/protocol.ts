/**
 * The spell-check worker's messages, and the pure answer to each (the worker is only glue around
 * `answerSpellRequest`, so the protocol is tested in Node with the real dictionaries).
 * The page sends only words it has not asked about yet; the worker answers which are wrong.
 */
import type { Checker, SpellLanguage } from './checker';

/** Bounds on one message: a 20,000-word release has ~3,000 distinct words. */
export const MAX_WORDS_PER_CHECK = 20_000;
export const MAX_WORD_LENGTH = 100;
export const MAX_LIST_ENTRIES = 10_000;

export type SpellRequest =
  /** The personal dictionary and the organisation's word list, as they now are. */
  | { type: 'words'; entries: string[] }
  | { type: 'check'; id: number; language: SpellLanguage; words: string[] }
  | { type: 'suggest'; id: number; language: SpellLanguage; word: string };

export type SpellResponse =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'checked'; id: number; language: SpellLanguage; wrong: string[] }
  | { type: 'suggested'; id: number; word: string; suggestions: string[] };

const isLanguage = (v: unknown): v is SpellLanguage => v === 'vi' || v === 'en';
const isWord = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_WORD_LENGTH;
const isWords = (v: unknown, max: number): v is string[] => Array.isArray(v) && v.length <= max && v.every(isWord);

/** The request `data` is, or null (a worker trusts no message's shape). */
export function parseSpellRequest(data: unknown): SpellRequest | null {
  if (data === null || typeof data !== 'object') return null;
  const m = data as Record<string, unknown>;
  const id = m['id'];
  const validId = typeof id === 'number' && Number.isSafeInteger(id);
  switch (m['type']) {
    case 'words':
      return Array.isArray(m['entries']) && m['entries'].length <= MAX_LIST_ENTRIES && m['entries'].every((e) => typeof e === 'string' && e.length <= 300)
        ? { type: 'words', entries: m['entries'] as string[] }
        : null;
    case 'check':
      return validId && isLanguage(m['language']) && isWords(m['words'], MAX_WORDS_PER_CHECK)
        ? { type: 'check', id: id as number, language: m['language'], words: m['words'] }
        : null;
    case 'suggest':
      return validId && isLanguage(m['language']) && isWord(m['word'])
        ? { type: 'suggest', id: id as number, language: m['language'], word: m['word'] }
        : null;
    default:
      return null;
  }
}

/** The answer to one request (none to a word list: it changes what later checks answer). */
export function answerSpellRequest(checker: Checker, request: SpellRequest): SpellResponse | null {
  switch (request.type) {
    case 'words':
      checker.setWords(request.entries);
      return null;
    case 'check':
      return { type: 'checked', id: request.id, language: request.language, wrong: request.words.filter((w) => !checker.correct(w, request.language)) };
    case 'suggest':
      return { type: 'suggested', id: request.id, word: request.word, suggestions: checker.suggest(request.word, request.language) };
  }
}
