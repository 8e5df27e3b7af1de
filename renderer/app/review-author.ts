/**
 * Who is reviewing: the profile's name and initials (Settings) and this installation's key
 * fingerprint, which sign-off already uses. The fingerprint is asked for once; until it arrives
 * (or when the key cannot be read) suggestions carry '' and are told apart by name.
 */
import type { SuggestionAuthor } from '../../core/review/suggestions';
import { desktop } from '../desktop';
import { createStore } from '../lib/store';
import { uiStore } from './ui-store';

let fingerprint = '';
let asked = false;

/** Asks the main process for this installation's key fingerprint, once per run. */
export function loadReviewIdentity(): void {
  if (asked) return;
  asked = true;
  void desktop.getIdentity({}).then((result) => {
    if (result.ok) fingerprint = result.value.fingerprint;
  });
}

/** Initials from a name when the profile has none: first letters of the first and last words. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/u).filter((w) => w !== '');
  if (words.length === 0) return '';
  const first = [...words[0]!][0] ?? '';
  const last = words.length > 1 ? ([...words[words.length - 1]!][0] ?? '') : '';
  return (first + last).toLocaleUpperCase('vi');
}

export function currentAuthor(): SuggestionAuthor {
  const profile = uiStore.get().settings?.profile;
  const name = (profile?.fullName || profile?.penName || '').trim().slice(0, 200);
  const initials = (profile?.initials.trim() || initialsOf(name)).slice(0, 8);
  return { by: fingerprint, name, initials };
}

/** Whether Suggesting mode is on in the open document's editor (the status bar shows it). */
export const suggestingStore = createStore(false);
