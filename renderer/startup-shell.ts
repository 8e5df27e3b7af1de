/**
 * The page before the bundle (issue 8, startup): index.html draws an empty release's sheet at
 * once, and this small classic script (its own build entry, run before the module bundle is even
 * compiled; the build copies the few pure modules it imports into it, electron.vite.config.ts)
 * asks how to start. When the window will show a new, empty release —
 * no file to open, no sample, no recovery — the headline, sapo and body become editable and the
 * headline takes the caret, as the app's own sheet does. main.tsx hands what was typed here to
 * the real editor (app/shell-handover.ts). Any other start leaves the sheet read-only: nothing
 * typed there could belong to the file that opens.
 */
import { themeFor } from './app/theme-choice';
import type { Result, Startup } from './desktop';
import { SHELL_LABELS } from './startup-shell-labels';

type Api = NonNullable<Window['pressdesk']>;

/** What the module bundle picks up (early-calls.ts): the calls are not made twice. */
export interface ShellCalls {
  startup: ReturnType<Api['getStartup']>;
  fresh: ReturnType<Api['newReleaseKind']>;
}

declare global {
  interface Window {
    pressdeskShellCalls?: ShellCalls;
  }
}

function isBlankStart(startup: Result<Startup>): startup is { ok: true; value: Startup } {
  return startup.ok && startup.value.sample === null && startup.value.openPath === null && startup.value.recovery.length === 0;
}

function open(sheet: HTMLElement, startup: Startup): void {
  if (sheet.dataset['state'] !== 'waiting') return; // the bundle took over first
  const labels = SHELL_LABELS[startup.settings.language];
  document.documentElement.lang = startup.settings.language;
  document.documentElement.dataset['theme'] = themeFor(startup.settings.theme, window.matchMedia('(prefers-color-scheme: dark)').matches);
  const headline = sheet.querySelector<HTMLTextAreaElement>('[data-shell="headline"]');
  const sapo = sheet.querySelector<HTMLTextAreaElement>('[data-shell="sapo"]');
  const body = sheet.querySelector<HTMLElement>('[data-shell="body"]');
  const kind = sheet.querySelector<HTMLElement>('[data-shell="kind"]');
  if (headline === null || sapo === null || body === null || kind === null) return;
  sheet.setAttribute('aria-label', labels.region);
  kind.textContent = labels.kind;
  headline.setAttribute('aria-label', labels.headline);
  headline.placeholder = labels.headlinePlaceholder;
  sapo.setAttribute('aria-label', labels.sapo);
  sapo.placeholder = labels.sapoPlaceholder;
  body.setAttribute('aria-label', labels.body);
  body.lang = startup.settings.language;
  // Plain text only: a format key or a rich paste here would have no faithful hand-over.
  body.contentEditable = 'plaintext-only';
  // Enter moves on, as in the app's sheet (sheet-fields.tsx): headline, sapo, body.
  for (const [field, next] of [[headline, sapo], [sapo, body]] as const) {
    field.readOnly = false;
    field.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.isComposing) {
        e.preventDefault();
        next.focus();
      }
    });
  }
  for (const target of [headline, sapo, body]) {
    target.addEventListener('compositionstart', () => (sheet.dataset['composing'] = 'true'));
    target.addEventListener('compositionend', () => {
      delete sheet.dataset['composing'];
      sheet.dispatchEvent(new Event('shell-composed'));
    });
  }
  sheet.dataset['state'] = 'open';
  performance.mark('pressdesk:shell-open'); // for traces of the startup bench
  if (document.activeElement === null || document.activeElement === document.body) headline.focus();
}

function start(): void {
  const api = window.pressdesk;
  const sheet = document.querySelector<HTMLElement>('[data-shell="sheet"]');
  if (api === undefined || sheet === null) return;
  const calls: ShellCalls = { startup: api.getStartup({}), fresh: api.newReleaseKind({ kind: 'news' }) };
  window.pressdeskShellCalls = calls;
  calls.startup.then(
    (startup) => {
      if (isBlankStart(startup)) open(sheet, startup.value);
    },
    () => undefined, // the bundle reports a failed start
  );
}

// Not under a test's import (no page to draw).
if (typeof document !== 'undefined') start();
