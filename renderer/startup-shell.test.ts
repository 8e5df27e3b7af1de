// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { themeFor } from './app/theme-choice';
import type { Result, Settings, Startup } from './desktop';

type Bridge = NonNullable<Window['pressdesk']>;

const SHEET = `<div data-shell="sheet" data-state="waiting"><span data-shell="kind"></span>
  <textarea data-shell="headline" readonly></textarea><textarea data-shell="sapo" readonly></textarea><div data-shell="body"></div></div>`;

/** Runs the shell on a blank start with this theme setting and system preference; the theme it shows. */
async function shellTheme(theme: Settings['theme'], systemDark: boolean): Promise<string | undefined> {
  document.body.innerHTML = SHEET;
  delete document.documentElement.dataset['theme'];
  window.matchMedia = vi.fn((query: string) => ({ matches: query === '(prefers-color-scheme: dark)' && systemDark }) as MediaQueryList);
  const startup = { ok: true, value: { sample: null, openPath: null, recovery: [], settings: { language: 'vi', theme } } } as unknown as Result<Startup>;
  (window as { pressdesk?: Bridge }).pressdesk = { getStartup: () => Promise.resolve(startup), newReleaseKind: () => new Promise(() => undefined) } as unknown as Bridge;
  vi.resetModules();
  await import('./startup-shell');
  await vi.waitFor(() => expect(document.querySelector('[data-shell="sheet"]')?.getAttribute('data-state')).toBe('open'));
  return document.documentElement.dataset['theme'];
}

afterEach(() => {
  delete (window as { pressdesk?: Bridge }).pressdesk;
  delete window.pressdeskShellCalls;
});

describe('startup shell', () => {
  it('shows the colours the app will show (themeFor), for every setting and system preference', async () => {
    for (const theme of [undefined, 'system', 'light', 'dark'] as const) {
      for (const systemDark of [false, true]) {
        expect(await shellTheme(theme, systemDark), `${theme} / system dark ${systemDark}`).toBe(themeFor(theme, systemDark));
      }
    }
    expect(await shellTheme('light', true)).toBe('light');
    expect(await shellTheme(undefined, true)).toBe('dark');
  });
});
