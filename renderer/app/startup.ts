/**
 * What the window shows first: a file to open (file association, command line), else the
 * first-start sample, else a new news article — and on top, any unsaved work from last time.
 */
import type { Startup } from '../desktop';
import { desktop } from '../desktop';
import { knownRecovery } from './autosave';
import { loadDocument } from './document-store';
import { blankRelease } from './release-kinds';
import { openDocument } from './file-commands';
import { setRecoveryOffer, setSettings, showError, uiStore } from './ui-store';

/** `fresh`: the blank release to show when nothing else comes first, asked for already (early-calls.ts). */
export async function loadFirstDocument(startup: Startup, fresh = desktop.newReleaseKind({ kind: 'news' })): Promise<void> {
  setSettings(startup.settings);
  uiStore.update((s) => ({ ...s, host: startup.host, appVersion: startup.appVersion }));
  for (const entry of startup.recovery) knownRecovery(entry.id);

  // A recovery offer supersedes the sample: the officer's own work comes first.
  if (startup.sample !== null && startup.recovery.length === 0 && startup.openPath === null) {
    // A sample the editor could not show (a damaged install) is left out: a new release instead.
    const refused = loadDocument({ release: startup.sample });
    if (refused !== null) loadDocument({ release: blankRelease('news') });
  } else {
    const blank = await fresh;
    loadDocument({ release: blank.ok ? blank.value : blankRelease('news') });
    if (!blank.ok) showError(blank.error);
    if (startup.openPath !== null) await openDocument(startup.openPath);
  }
  setRecoveryOffer(startup.recovery);
}
