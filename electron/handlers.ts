/**
 * Every call of the contract as a plain async function over services/. Registered on ipcMain by
 * main/ipc.ts and served over HTTP by the browser host; both go through invokeHandler, so payload
 * validation and error mapping live here once. No `electron` import: this runs in plain Node too.
 */
import { dirname, isAbsolute, join } from 'node:path';
import { pruneAssets } from '../core/document/asset-list';
import { JSON_LIMITS, nestsDeeperThan } from '../core/document/json-scan';
import { createRelease, type Release } from '../core/document/release';
import { editedWhileLocked } from '../core/signoff/workflow';
import { normalizeRelease } from '../core/vi/nfc';
import { requestSchemas, type ApiName, type ApiResults, type Handlers, type Result, type Settings } from './api';
import { createAssetHandlers } from './asset-handlers';
import { createExportHandlers } from './export-handlers';
import { createHistoryHandlers, historyBytes, keepHistory } from './history-handlers';
import { createMergeHandlers } from './merge-handlers';
import { createPrintHandlers } from './print-handlers';
import { createGlossaryHandlers } from './glossary-handlers';
import { createSignoffHandlers } from './signoff-handlers';
import { createAssetStore, pruneAssetCache, type AssetStore } from './services/asset-store';
import { removeStaleTempFiles } from './services/atomic-write';
import type { Dialogs } from './services/dialogs';
import { AppFailure, toAppError } from './services/errors';
import { suggestedFileName } from './services/file-name';
import { checkSize, ensurePressdeskExtension, writeReleaseFile } from './services/files';
import type { KeyService } from './services/keys';
import type { Printer } from './services/printer';
import { requestedOrChosenPath, type PathPolicy } from './services/path-policy';
import { openReleaseBytes, openReleaseFile } from './services/readers';
import { discardRecovery, listRecovery, readRecovery, writeRecovery } from './services/recovery';
import { addRecentFile, applySettingsPatch, type SettingsStore } from './services/settings';

export interface HandlerDeps {
  settings: SettingsStore;
  dialogs: Dialogs;
  paths: PathPolicy;
  defaultRecoveryDir: string;
  /** Where image bytes are kept between open/insert and save/export (survives a crash). */
  assetCacheDir: string;
  window: { setDocumentState(title: string, dirty: boolean): void; close(): void };
  appVersion: string;
  host: 'electron' | 'browser-host';
  openPathAtStart: string | null;
  /** The first-start sample in the UI language, so what it names is what the UI shows. */
  loadSample: (language: Settings['language']) => Promise<Release>;
  /** This installation's signing key (sign-off). */
  keys: KeyService;
  /** Print… and Export ▸ PDF: the app's print window, or headless Chromium (browser host); none in plain tests. */
  printer?: Printer;
  now?: () => Date;
}

/** Local calendar date, YYYY-MM-DD: the dateline is the day the officer sees on the wall. */
export function localIsoDate(d: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function createHandlers(deps: HandlerDeps): Handlers {
  /** Image bytes by hash: filled by open, insert, import and restore; read by save, autosave and export. */
  const assets: AssetStore = createAssetStore(deps.assetCacheDir);
  const now = deps.now ?? (() => new Date());
  // In the background: photos of long-finished work live in their files, not in the cache.
  void pruneAssetCache(deps.assetCacheDir, now());
  const generator = `PressDesk ${deps.appVersion}`;
  // Handed out once: a renderer reload must not reopen the file the app was started with.
  let openPathAtStart = deps.openPathAtStart;

  const recoveryDir = (): string => deps.settings.get().autosaveFolder || deps.defaultRecoveryDir;
  const remember = (path: string): void => {
    deps.paths.grant(path);
    try {
      deps.settings.set(addRecentFile(deps.settings.get(), path));
    } catch (e) {
      // The file itself was opened or saved; a settings write failing must not turn that into an error.
      console.error('pressdesk: could not update recent files', e);
    }
  };

  /** The release as it will be written: only the images its figures or its snapshots still use, with their bytes and the snapshot files. */
  const withBytes = async (release: Release): Promise<{ release: Release; bytes: Map<string, Uint8Array>; history: Map<string, Uint8Array> }> => {
    const pruned = pruneAssets(release);
    return { release: pruned, bytes: await assets.bytesFor(pruned), history: await historyBytes(assets, pruned) };
  };

  return {
    ...createAssetHandlers(deps, assets),
    ...createExportHandlers(deps, assets),
    ...createPrintHandlers(deps, assets),
    ...createSignoffHandlers(deps, assets),
    ...createHistoryHandlers(assets),
    ...createMergeHandlers(deps),
    ...createGlossaryHandlers(deps),

    async getStartup() {
      let settings = deps.settings.get();
      // In the background: temp files of saves killed half-way, where we save most (never awaited:
      // a recent file's folder may be a slow or gone network share).
      const folders = new Set([recoveryDir(), deps.assetCacheDir, ...settings.recentFiles.map((path) => dirname(path))]);
      for (const folder of folders) void removeStaleTempFiles(folder); // never throws
      const recovery = await listRecovery(recoveryDir()).catch(() => []);
      let sample: Release | null = null;
      if (!settings.sampleShown) {
        // A missing or broken sample is not worth failing start-up over; try again next time.
        sample = await deps.loadSample(settings.language).then(normalizeRelease, () => null);
        if (sample) {
          // Dated the day it is first shown: a shipped date would age with the installer.
          sample = { ...sample, dateline: { ...sample.dateline, date: localIsoDate(now()) } };
          settings = { ...settings, sampleShown: true };
          deps.settings.set(settings);
        }
      }
      const openPath = openPathAtStart;
      openPathAtStart = null;
      return { settings, recovery, sample, openPath, appVersion: deps.appVersion, host: deps.host };
    },

    async updateSettings(patch) {
      const next = applySettingsPatch(deps.settings.get(), patch);
      checkAutosaveFolder(next, deps);
      deps.settings.set(next);
      return deps.settings.get();
    },

    async openFile({ path }) {
      const chosen = await requestedOrChosenPath(deps.paths, path, () => deps.dialogs.chooseOpenPath(), 'read');
      if (chosen === null) return null;
      const { release, fingerprint, assets: bytes, history } = await openReleaseFile(chosen);
      await assets.adopt(release, bytes);
      await keepHistory(assets, history);
      remember(chosen);
      return { path: chosen, release, fingerprint };
    },

    async openDroppedBytes({ name, base64 }) {
      const bytes = Buffer.from(base64, 'base64');
      checkSize(bytes.length);
      const loaded = await openReleaseBytes(bytes);
      await assets.adopt(loaded.release, loaded.assets);
      await keepHistory(assets, loaded.history);
      return { name, release: loaded.release };
    },

    async saveFile({ release, path, saveAs, expected, overwriteChanged }) {
      // The renderer's read-only editor is not the lock: whatever reaches the bridge, an approved or
      // published release is written only with the content that was approved (withdrawing, which is
      // logged, unlocks it). No signature check: another office's approval must save unchanged.
      // Autosave (writeRecovery) is not held to this: it only preserves work, it publishes nothing.
      if (editedWhileLocked(release)) throw new AppFailure('locked');
      let target: string;
      if (path === null || saveAs) {
        const fallback = deps.settings.get().language === 'vi' ? 'ban-thao' : 'release';
        const chosen = await deps.dialogs.chooseSavePath(suggestedFileName(release.headline, fallback));
        if (chosen === null) return null;
        target = ensurePressdeskExtension(chosen);
        deps.paths.grant(target);
        // The dialog already asked before replacing an existing file: no fingerprint to compare.
        expected = null;
      } else {
        target = ensurePressdeskExtension(path);
      }
      if (!deps.paths.canWrite(target)) throw new AppFailure('forbidden');
      // Every image is gathered before anything is written: a missing one fails the save, never half-writes it.
      const ready = await withBytes(release);
      const saved = await writeReleaseFile(target, ready.release, { expected, overwriteChanged, generator, assets: ready.bytes, history: ready.history });
      remember(saved.path);
      return saved;
    },

    async clearRecentFiles() {
      deps.settings.set({ ...deps.settings.get(), recentFiles: [] });
      return deps.settings.get();
    },

    async writeRecovery({ id, path, release, fingerprint }) {
      const ready = await withBytes(release);
      return writeRecovery(recoveryDir(), id, path, ready.release, now(), ready.bytes, fingerprint ?? null, ready.history);
    },

    async readRecovery({ id }) {
      const { entry, release, assets: bytes, history } = await readRecovery(recoveryDir(), id);
      await assets.adopt(release, bytes);
      await keepHistory(assets, history);
      return { entry, release };
    },

    async discardRecovery({ id }) {
      await discardRecovery(recoveryDir(), id);
      return null;
    },

    async setDocumentState({ title, dirty }) {
      deps.window.setDocumentState(title, dirty);
      return null;
    },

    async closeWindow() {
      deps.window.close();
      return null;
    },

    async newReleaseKind({ kind }) {
      const { organisation, profile } = deps.settings.get();
      return createRelease(kind, { place: organisation.placeName, penName: profile.penName, today: localIsoDate(now()), language: organisation.releaseLanguage });
    },
  };
}

/**
 * The recovery folder is where we write unsaved drafts, so the renderer may not point it just
 * anywhere: it must be absolute, and under the browser host inside the host's folders.
 */
function checkAutosaveFolder(settings: Settings, deps: HandlerDeps): void {
  const folder = settings.autosaveFolder;
  if (folder === '') return;
  if (!isAbsolute(folder) || folder.includes('\0')) throw new AppFailure('invalid-request', { field: 'autosaveFolder' });
  if (deps.host === 'browser-host' && !deps.paths.canWrite(join(folder, 'recovery.pressdesk'))) {
    throw new AppFailure('forbidden');
  }
}

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/**
 * The one entry point for both bridges: validates `payload` against the contract, runs the
 * handler, and turns any failure into a Result. Never throws, never leaks a stack trace.
 */
export async function invokeHandler<K extends ApiName>(
  handlers: Handlers,
  name: K,
  payload: unknown,
): Promise<Result<ApiResults[K]>> {
  try {
    // The HTTP host passes names from the wire: "constructor" must not reach a prototype.
    if (typeof name !== 'string' || !hasOwn(requestSchemas, name) || !hasOwn(handlers, name)) {
      return { ok: false, error: { code: 'invalid-request', params: { field: 'name' } } };
    }
    // Deeper than any file we would open: refused before the recursive schemas walk it.
    if (nestsDeeperThan(payload, JSON_LIMITS.maxDepth)) throw new AppFailure('too-complex', { reason: 'depth' });
    const request: unknown = requestSchemas[name].parse(payload);
    const handler = handlers[name] as (request: unknown) => Promise<ApiResults[K]>;
    return { ok: true, value: await handler(request) };
  } catch (e) {
    const error = toAppError(e);
    // Unexpected failures are logged here, in the main process, and reach the renderer as a code only.
    if (error.code === 'internal') console.error(`pressdesk: ${String(name)} failed`, e);
    return { ok: false, error };
  }
}
