/**
 * The electron-store (11, ESM-only) implementations of the settings and window-state stores.
 * The only file under services/ that imports electron-store; main passes app.getPath('userData').
 * A settings file that cannot be read or parsed never stops the app: we fall back to defaults.
 */
import Store from 'electron-store';
import { settingsSchema, type Settings } from '../api';
import { createMemorySettingsStore, loadSettings, type SettingsStore } from './settings';

type Json = Record<string, unknown>;

function openStore(dir: string, name: string): Store<Json> {
  // clearInvalidConfig: malformed JSON reads as empty (then defaults) instead of throwing.
  return new Store<Json>({ cwd: dir, name, clearInvalidConfig: true });
}

export function createElectronSettingsStore(
  userDataDir: string,
  osLocale: string,
  onError: (e: unknown) => void = () => undefined,
): SettingsStore {
  let store: Store<Json>;
  let current: Settings;
  try {
    store = openStore(userDataDir, 'settings');
    current = loadSettings(store.store, osLocale);
  } catch (e) {
    // Unreadable folder or file: run on defaults for this session rather than not at all.
    onError(e);
    return createMemorySettingsStore({}, osLocale);
  }
  return {
    get: () => structuredClone(current),
    set: (next) => {
      const valid = settingsSchema.parse(next);
      store.store = valid;
      current = structuredClone(valid);
    },
  };
}

/** Where and how big the window was; the caller checks it still fits a display. */
export interface WindowStateStore {
  get(): unknown;
  set(state: Json): void;
}

export function createWindowStateStore(userDataDir: string, onError: (e: unknown) => void = () => undefined): WindowStateStore {
  let store: Store<Json> | null = null;
  try {
    store = openStore(userDataDir, 'window-state');
  } catch (e) {
    onError(e);
  }
  return {
    get: () => {
      try {
        return store?.store ?? null;
      } catch (e) {
        onError(e);
        return null;
      }
    },
    set: (state) => {
      try {
        if (store) store.store = state;
      } catch (e) {
        // Losing the window position is not worth an error dialog.
        onError(e);
      }
    },
  };
}
