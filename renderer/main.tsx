/** Entry: ask the main process how to start, set the language, load the first document, render. */
// First: its calls leave before the rest of the bundle is evaluated.
import { earlyCalls } from './app/early-calls';
import { StrictMode, startTransition, useLayoutEffect } from 'react';
import i18next from 'i18next';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { handOver, shellComposed, takeShell } from './app/shell-handover';
import { loadFirstDocument } from './app/startup';
import { desktop } from './desktop';
import { errorMessage, initI18n } from './i18n';
import './styles/app.css';

function fail(message: string): void {
  const box = document.createElement('p');
  box.className = 'fatal';
  box.setAttribute('role', 'alert');
  box.textContent = message;
  document.getElementById('startup-shell')?.remove();
  document.getElementById('root')?.replaceChildren(box);
}

/** Last in the tree, so its layout effect runs when the sheet and the editor are in the page. */
function ShellHandover({ root }: { root: HTMLElement }): null {
  useLayoutEffect(() => {
    const typed = takeShell();
    if (typed !== null) handOver(typed, root);
  }, [root]);
  return null;
}

async function start(): Promise<void> {
  const root = document.getElementById('root');
  if (root === null) return;
  if (earlyCalls === null || !desktop.available()) {
    await initI18n(navigator.language.toLowerCase().startsWith('vi') ? 'vi' : 'en');
    fail(i18next.t('app.noBridge'));
    return;
  }
  const startup = await earlyCalls.startup;
  if (!startup.ok) {
    await initI18n('vi');
    fail(errorMessage(startup.error));
    return;
  }
  await initI18n(startup.value.settings.language);
  await loadFirstDocument(startup.value, earlyCalls.fresh);
  // An input method's unfinished word in the startup shell is finished there, not cut in two.
  await shellComposed();
  // A transition: React renders in slices, so the startup shell keeps taking keys until the commit hands them over.
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
        <ShellHandover root={root} />
      </StrictMode>,
    ),
  );
}

void start();
