/**
 * The page's side of spell check: which words are wrong, as far as the worker has answered.
 * Answers are cached per language and word, so after the first pass typing only ever asks about
 * words never seen before; the words of one pass go in one message. The personal dictionary, the
 * organisation's word list and the words ignored in this session are accepted here at once (the
 * worker also learns the lists, for its suggestions).
 */
import { wordsOfList, type SpellLanguage } from '../../core/spell/checker';
import { MAX_WORDS_PER_CHECK, type SpellRequest, type SpellResponse } from '../../core/spell/protocol';

export interface WorkerLike {
  postMessage(message: SpellRequest): void;
  onmessage: ((event: MessageEvent<SpellResponse>) => void) | null;
  onerror: ((event: Event) => void) | null;
  terminate(): void;
}

export interface SpellService {
  /** true: wrong; false: right; undefined: not answered yet (ask first). */
  lookup(word: string): boolean | undefined;
  /** Asks the worker about words not known yet; listeners hear once the answer is in. */
  ask(words: Iterable<string>): void;
  suggest(word: string): Promise<string[]>;
  /** Suggestions already at hand (the context menu shows them without waiting), or undefined. */
  cachedSuggestions(word: string): string[] | undefined;
  enabled(): boolean;
  setEnabled(on: boolean): void;
  language(): SpellLanguage;
  setLanguage(language: SpellLanguage): void;
  /** The personal dictionary and the organisation's list, as they now are. */
  setLists(personal: readonly string[], organisation: readonly string[]): void;
  /** Accepted at once, before the settings are saved (Add to my dictionary). */
  accept(word: string): void;
  /** Ignored until the next document (Ignore). */
  ignore(word: string): void;
  /** A new document: the words ignored in the last one count again. */
  newSession(): void;
  /** Called when answers arrive ('answers': the words asked about) or what counts as right changes ('reset'). */
  subscribe(listener: (change: SpellChange) => void): () => void;
  /** The worker could not load its dictionaries (the checking is then off; nothing is underlined). */
  failed(): boolean;
  /** Starts the worker (loading the dictionaries) before the first word is asked about. */
  warmUp(): void;
}

export type SpellChange = 'answers' | 'reset';

const key = (language: SpellLanguage, word: string): string => `${language}\u0000${word}`;

export function createSpellService(makeWorker: () => WorkerLike): SpellService {
  let worker: WorkerLike | null = null;
  let on = true;
  let lang: SpellLanguage = 'vi';
  let broken = false;
  let nextId = 1;
  const wrong = new Map<string, boolean>();
  const inFlight = new Set<string>();
  const suggestions = new Map<string, string[]>();
  const suggestWaiters = new Map<number, (list: string[]) => void>();
  const listeners = new Set<(change: SpellChange) => void>();
  let lists: string[] = [];
  let accepted = new Set<string>();
  const added = new Set<string>();
  const ignored = new Set<string>();
  let queued: string[] = [];
  let flushQueued = false;
  /** Each check's words, to record the right ones too; answers of an older generation (lists changed since) are dropped. */
  const batches = new Map<number, { words: string[]; generation: number }>();
  let generation = 0;

  const notify = (change: SpellChange = 'reset'): void => listeners.forEach((l) => l(change));
  const isAccepted = (w: string): boolean => {
    const lower = w.toLowerCase();
    return accepted.has(w) || accepted.has(lower) || added.has(w) || added.has(lower) || ignored.has(w);
  };

  const onMessage = (event: MessageEvent<SpellResponse>): void => {
    const m = event.data;
    if (m.type === 'checked') {
      const batch = batches.get(m.id);
      batches.delete(m.id);
      if (batch === undefined || batch.generation !== generation) return;
      const bad = new Set(m.wrong);
      for (const w of batch.words) {
        const k = key(m.language, w);
        wrong.set(k, bad.has(w));
        inFlight.delete(k);
      }
      notify('answers');
    } else if (m.type === 'suggested') {
      suggestWaiters.get(m.id)?.(m.suggestions);
      suggestWaiters.delete(m.id);
    } else if (m.type === 'failed') {
      broken = true;
      notify();
    }
  };

  const ensureWorker = (): WorkerLike => {
    if (worker !== null) return worker;
    worker = makeWorker();
    worker.onmessage = onMessage;
    worker.onerror = () => {
      broken = true;
      notify();
    };
    if (lists.length > 0) worker.postMessage({ type: 'words', entries: lists });
    return worker;
  };

  const flush = (): void => {
    flushQueued = false;
    const words = queued;
    queued = [];
    const w = ensureWorker();
    for (let i = 0; i < words.length; i += MAX_WORDS_PER_CHECK) {
      const batch = words.slice(i, i + MAX_WORDS_PER_CHECK);
      const id = nextId++;
      batches.set(id, { words: batch, generation });
      w.postMessage({ type: 'check', id, language: lang, words: batch });
    }
  };

  const service: SpellService = {
    lookup(word) {
      if (isAccepted(word)) return false;
      const k = key(lang, word);
      const known = wrong.get(k);
      if (known !== undefined) return known;
      return undefined;
    },
    ask(words) {
      for (const word of words) {
        const k = key(lang, word);
        if (wrong.has(k) || inFlight.has(k) || word.length > 100) continue;
        inFlight.add(k);
        queued.push(word);
      }
      if (queued.length > 0 && !flushQueued) {
        flushQueued = true;
        queueMicrotask(flush);
      }
    },
    suggest(word) {
      const k = key(lang, word);
      const cached = suggestions.get(k);
      if (cached) return Promise.resolve(cached);
      const id = nextId++;
      return new Promise((resolve) => {
        suggestWaiters.set(id, (list) => {
          suggestions.set(k, list);
          resolve(list);
        });
        ensureWorker().postMessage({ type: 'suggest', id, language: lang, word });
      });
    },
    cachedSuggestions: (word) => suggestions.get(key(lang, word)),
    enabled: () => on && !broken,
    setEnabled(next) {
      if (next === on) return;
      on = next;
      notify();
    },
    language: () => lang,
    setLanguage(next) {
      if (next === lang) return;
      lang = next;
      notify();
    },
    setLists(personal, organisation) {
      const next = [...personal, ...organisation];
      if (next.length === lists.length && next.every((w, i) => w === lists[i])) return;
      lists = next;
      accepted = new Set(wordsOfList(next));
      // The worker's answers and suggestions knew the old lists.
      generation++;
      wrong.clear();
      inFlight.clear();
      suggestions.clear();
      worker?.postMessage({ type: 'words', entries: lists });
      notify();
    },
    accept(word) {
      added.add(word);
      notify();
    },
    ignore(word) {
      ignored.add(word);
      notify();
    },
    newSession() {
      if (ignored.size === 0) return;
      ignored.clear();
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    failed: () => broken,
    warmUp: () => void ensureWorker(),
  };
  return service;
}
