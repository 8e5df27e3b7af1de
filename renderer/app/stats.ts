/**
 * Word and character counts for the status bar: recomputed after ~300 ms without edits, never
 * per keystroke (counting a 20,000-word release reads the whole body out of the editor).
 */
import { releasePlainText } from '../../core/document/plain-text';
import { countCharacters, countWords } from '../../core/vi/word-count';
import { createScheduler } from '../lib/scheduler';
import { createStore } from '../lib/store';
import { currentRelease, onDocumentChange } from './document-store';

export interface Stats {
  words: number;
  characters: number;
}

export const statsStore = createStore<Stats>({ words: 0, characters: 0 });

export function recount(): void {
  const text = releasePlainText(currentRelease());
  const next = { words: countWords(text), characters: countCharacters(text) };
  const prev = statsStore.get();
  if (prev.words !== next.words || prev.characters !== next.characters) statsStore.set(next);
}

const scheduler = createScheduler(recount, { wait: 300 });

/** Starts the counts; the stop function also cancels a pending recount (as checks.ts does). */
export function startStats(): () => void {
  const stop = onDocumentChange(() => scheduler.schedule());
  return () => {
    stop();
    scheduler.cancel();
  };
}
