/**
 * Light or dark for a setting and the system's preference: one rule for the app (theme.ts) and
 * the startup shell (startup-shell.ts), which draws the sheet before the app exists. Pure and
 * import-free (a type aside), so the shell's small classic script carries its own copy of it.
 */
import type { Settings } from '../desktop';

export type Shown = 'light' | 'dark';

/** The setting when it says always one, else the system's. */
export function themeFor(setting: Settings['theme'], systemDark: boolean): Shown {
  if (setting === 'light' || setting === 'dark') return setting;
  return systemDark ? 'dark' : 'light';
}
