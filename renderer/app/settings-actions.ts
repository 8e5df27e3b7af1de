/** Settings changes: the language switches at once, then is stored; profiles are stored on Save. */
import type { Language, SettingsPatch } from '../desktop';
import { desktop } from '../desktop';
import { setLanguage } from '../i18n';
import { verifyCurrent } from './signoff';
import { setSettings, showError } from './ui-store';

export async function changeLanguage(language: Language): Promise<void> {
  await setLanguage(language);
  const result = await desktop.updateSettings({ language });
  if (result.ok) setSettings(result.value);
  else showError(result.error);
}

export async function saveSettings(patch: SettingsPatch): Promise<boolean> {
  const result = await desktop.updateSettings(patch);
  if (!result.ok) {
    showError(result.error);
    return false;
  }
  setSettings(result.value);
  if (patch.language !== undefined) await setLanguage(patch.language);
  return true;
}

/** Replaces the trusted approvers from a shared list (a dialog asks which); the open release is verified again. */
export async function importTrustedApprovers(): Promise<boolean> {
  const result = await desktop.importTrustedApprovers({});
  if (!result.ok) {
    showError(result.error);
    return false;
  }
  if (result.value === null) return false;
  setSettings(result.value);
  await verifyCurrent();
  return true;
}

/** Writes the trusted approvers list out under `name` (kept in the profile); the path written, or null (cancelled or failed). */
export async function exportTrustedApprovers(name: string): Promise<string | null> {
  const result = await desktop.exportTrustedApprovers({ name });
  if (!result.ok) {
    showError(result.error);
    return null;
  }
  return result.value?.path ?? null;
}

export async function clearRecentFiles(): Promise<void> {
  const result = await desktop.clearRecentFiles({});
  if (result.ok) setSettings(result.value);
  else showError(result.error);
}
