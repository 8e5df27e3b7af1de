// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../i18n';
import { LazyAboutDialog, LazySettingsDialog } from './lazy-panels';
import type { Settings } from '../desktop';
import { openAbout, openSettings, setSettings } from './ui-store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom has <dialog> without its modal methods.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.open = false;
};

const SETTINGS: Settings = {
  language: 'en',
  profile: { fullName: '', penName: '', position: '', initials: '' },
  organisation: { parentBody: '', issuingBody: '', abbreviation: '', placeName: '', rulebook: 'state', trustedApprovers: [], withdrawnApprovals: [], separationOfDuties: 'warn', releaseLanguage: 'vi', glossary: [], preferredToneStyle: 'traditional' },
  recentFiles: [],
  autosaveFolder: '',
  sampleShown: true,
};

const about = (): Element | null => document.querySelector('[data-testid="about-dialog"]');

/** Waits (a few turns) for a lazily loaded module to arrive and render. */
async function until(found: () => Element | null): Promise<Element> {
  for (let i = 0; i < 200; i++) {
    const element = found();
    if (element !== null) return element;
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
  throw new Error('never rendered');
}

describe('lazy panels', () => {
  let root: Root;
  let host: HTMLElement;
  beforeAll(async () => {
    await initI18n('en');
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterAll(() => act(() => root.unmount()));

  it('render nothing while closed, the dialog (loaded on demand) once opened; closing removes it', async () => {
    await act(() =>
      root.render(
        <>
          <LazySettingsDialog />
          <LazyAboutDialog />
        </>,
      ),
    );
    expect(host.innerHTML).toBe('');
    await act(() => openAbout(true));
    expect((await until(about)).textContent).toContain('PressDesk');
    await act(() => openAbout(false));
    expect(about()).toBeNull();
    await act(() => setSettings(SETTINGS));
    expect(host.innerHTML).toBe('');
    await act(() => openSettings(true));
    await until(() => document.querySelector('[data-testid="settings-dialog"]'));
    await act(() => openSettings(false));
    expect(host.innerHTML).toBe('');
  });
});
