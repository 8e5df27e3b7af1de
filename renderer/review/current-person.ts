/**
 * Who writes a comment: the profile's name and initials (Settings; initials default from the
 * name, core/review/people.ts) and this installation's key fingerprint, the one sign-off uses.
 * The fingerprint is asked for once; until it arrives (or when the key cannot be read) it is ''
 * and "own" comments are told apart by name.
 */
import type { Person } from '../../core/document/release';
import { initialsOf } from '../../core/review/people';
import { uiStore } from '../app/ui-store';
import { desktop } from '../desktop';

let fingerprint = '';
let asked = false;

/** Asks the main process for this installation's key fingerprint, once per run. */
export function loadFingerprint(): void {
  if (asked) return;
  asked = true;
  void desktop.getIdentity({}).then((result) => {
    if (result.ok) fingerprint = result.value.fingerprint;
  });
}

export function currentPerson(): Person {
  loadFingerprint();
  const profile = uiStore.get().settings?.profile;
  const name = (profile?.fullName.trim() || profile?.penName.trim() || '').normalize('NFC').slice(0, 200);
  const initials = (profile?.initials.trim() || initialsOf(name)).normalize('NFC').slice(0, 8);
  return { name, initials, fingerprint };
}
