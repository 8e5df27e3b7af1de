/**
 * File ▸ Print… (Ctrl/Cmd+P): the release's print page in its layout (the export default for the
 * release kind and the organisation's rulebook), never the app's chrome. In the app the main
 * process shows the system print dialog over a hidden print window; in the browser host the page
 * opens in a tab of its own and the browser's print dialog comes up over it. A release without a
 * valid approval prints marked DRAFT / BẢN NHÁP (a paper draft for the leader's signature).
 */
import { normalizeRelease } from '../../core/vi/nfc';
import { desktop } from '../desktop';
import { currentRelease } from './document-store';
import { showError, uiStore } from './ui-store';

let printing = false;

/** Print once the tab has loaded the print page (polled: its own page runs no script to say so). */
function printWhenLoaded(tab: Window, url: string): void {
  const target = new URL(url, window.location.href).href;
  const started = Date.now();
  const poll = (): void => {
    if (tab.closed || Date.now() - started > 60_000) return;
    try {
      if (tab.location.href === target && tab.document.readyState === 'complete') {
        tab.focus();
        tab.print();
        return;
      }
    } catch {
      return; // not ours any more
    }
    window.setTimeout(poll, 100);
  };
  poll();
}

export async function printCurrent(): Promise<void> {
  if (printing) return;
  printing = true;
  // Opened before the call, while the key press or click still counts: a tab opened after an
  // answer from the host would be a pop-up the browser blocks. The app (Electron) opens none.
  const tab = uiStore.get().host === 'browser-host' ? window.open('', '_blank') : null;
  try {
    const result = await desktop.printRelease({ release: normalizeRelease(currentRelease()) });
    if (!result.ok) {
      tab?.close();
      showError(result.error);
      return;
    }
    const { url } = result.value;
    if (url === null) {
      tab?.close();
      return;
    }
    if (tab === null) {
      window.open(url, '_blank');
      return;
    }
    tab.location.href = url;
    printWhenLoaded(tab, url);
  } finally {
    printing = false;
  }
}
