/**
 * A comment or a suggested edit is never authored by nobody: before the first one, while the
 * profile has no name, the name is asked once (name-dialog.tsx) and saved into the profile
 * through the Settings action, so Settings shows it. Cancel (or Escape) is a no: nothing is
 * posted and Suggesting mode stays off.
 */
import { saveSettings } from '../app/settings-actions';
import { askName } from '../app/ui-store';
import { currentPerson } from './current-person';

/** Whether the profile has a name for comments and suggestions (full name or pen name). */
export const hasAuthorName = (): boolean => currentPerson().name !== '';

let pending: Promise<boolean> | null = null;

/** True when there is a name now (asked and saved if need be); false when the person cancelled or saving failed. */
export function ensureAuthorName(): Promise<boolean> {
  if (hasAuthorName()) return Promise.resolve(true);
  // Ctrl+Alt+M pressed twice asks once.
  pending ??= (async () => {
    try {
      const answer = await askName();
      if (answer === 'cancel') return false;
      return (await saveSettings({ profile: { fullName: answer.name } })) && hasAuthorName();
    } finally {
      pending = null;
    }
  })();
  return pending;
}

/** Runs `then` once there is a name: at once when the profile has one, else after the question is answered. */
export function withAuthorName(then: () => void): void {
  if (hasAuthorName()) {
    then();
    return;
  }
  void ensureAuthorName().then((ok) => {
    if (ok) then();
  });
}
