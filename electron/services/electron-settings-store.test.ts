import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tempFolder } from '../test-helpers';

// electron-store needs Electron's `app` to find userData; conf is the same store without that
// (electron-store subclasses it), so the test runs the real file handling in a temp folder.
vi.mock('electron-store', async () => {
  const { default: Conf } = await import('conf');
  class TestStore extends Conf<Record<string, unknown>> {
    constructor(options: { cwd: string; name: string; clearInvalidConfig: boolean }) {
      super({ cwd: options.cwd, configName: options.name, clearInvalidConfig: options.clearInvalidConfig });
    }
  }
  return { default: TestStore };
});

const { createElectronSettingsStore, createWindowStateStore } = await import('./electron-settings-store');

describe('electron-store settings', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempFolder()));
  afterEach(() => cleanup());

  it('starts from defaults for the OS locale and persists changes', async () => {
    const store = createElectronSettingsStore(dir, 'vi-VN');
    expect(store.get().language).toBe('vi');
    store.set({ ...store.get(), profile: { ...store.get().profile, penName: 'Hà Linh' } });
    const again = createElectronSettingsStore(dir, 'en-US');
    expect(again.get()).toMatchObject({ language: 'vi', profile: { penName: 'Hà Linh' } });
    expect(JSON.parse(await fsp.readFile(join(dir, 'settings.json'), 'utf8'))).toMatchObject({ profile: { penName: 'Hà Linh' } });
  });

  it('a settings file that is not JSON does not stop the app', async () => {
    await fsp.writeFile(join(dir, 'settings.json'), '{"language": "vi", "profile": {');
    const store = createElectronSettingsStore(dir, 'en');
    expect(store.get().language).toBe('en');
    store.set({ ...store.get(), sampleShown: true });
    expect(createElectronSettingsStore(dir, 'en').get().sampleShown).toBe(true);
  });

  it('a settings file with bad fields keeps the good ones', async () => {
    await fsp.writeFile(join(dir, 'settings.json'), JSON.stringify({ language: 'vi', profile: 'broken', recentFiles: ['/a.pressdesk'] }));
    const s = createElectronSettingsStore(dir, 'en').get();
    expect(s).toMatchObject({ language: 'vi', recentFiles: ['/a.pressdesk'], profile: { penName: '' } });
  });

  it('an unusable settings folder falls back to settings in memory', async () => {
    const file = join(dir, 'a-file');
    await fsp.writeFile(file, '');
    const onError = vi.fn();
    const store = createElectronSettingsStore(join(file, 'sub'), 'vi', onError);
    expect(onError).toHaveBeenCalled();
    expect(store.get().language).toBe('vi');
    store.set({ ...store.get(), language: 'en' });
    expect(store.get().language).toBe('en');
  });

  it('remembers window state beside the settings', () => {
    const state = createWindowStateStore(dir);
    expect(state.get()).toEqual({});
    state.set({ bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: false });
    expect(createWindowStateStore(dir).get()).toEqual({ bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: false });
  });
});
