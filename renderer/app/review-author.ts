/**
 * Who suggests an edit: the same person who comments (renderer/review/current-person.ts: the
 * profile's name and initials, this installation's key fingerprint), in the shape the
 * suggestion marks carry (`by` is the fingerprint).
 */
import type { SuggestionAuthor } from '../../core/review/suggestions';
import { createStore } from '../lib/store';
import { currentPerson, loadFingerprint } from '../review/current-person';

/** Asks the main process for this installation's key fingerprint, once per run. */
export const loadReviewIdentity = loadFingerprint;

export function currentAuthor(): SuggestionAuthor {
  const { name, initials, fingerprint } = currentPerson();
  return { by: fingerprint, name, initials };
}

/** Whether Suggesting mode is on in the open document's editor (the status bar shows it). */
export const suggestingStore = createStore(false);
