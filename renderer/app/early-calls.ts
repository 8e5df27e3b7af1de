/**
 * The first calls to the main process, made while this module is evaluated. main.tsx imports it
 * before anything else, so the answers travel while the rest of the bundle (React, the editor)
 * is still being evaluated, instead of after it; and the blank release a plain start shows is
 * asked for at the same time as the startup answer, not one round trip later.
 */
import { desktop, internalError } from '../desktop';

export interface EarlyCalls {
  startup: ReturnType<typeof desktop.getStartup>;
  /** A blank news article with the profile's defaults (a pure call: unused when a file, the sample or recovery comes first). */
  fresh: ReturnType<typeof desktop.newReleaseKind>;
}

/** The startup shell's calls (startup-shell.ts) when it made them, as desktop.ts's calls answer: a throw becomes an error. */
function fromShell(): EarlyCalls | null {
  const made = window.pressdeskShellCalls;
  if (made === undefined) return null;
  return { startup: made.startup.catch(internalError), fresh: made.fresh.catch(internalError) };
}

export const earlyCalls: EarlyCalls | null = desktop.available()
  ? (fromShell() ?? { startup: desktop.getStartup({}), fresh: desktop.newReleaseKind({ kind: 'news' }) })
  : null;
