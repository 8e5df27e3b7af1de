/**
 * App lifecycle: one instance, one window, settings, menu, IPC. The logic lives in handlers.ts and
 * services/; this file only wires Electron to them.
 */
import { app, BrowserWindow, type WebContents } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MenuCommand, Settings } from '../api';
import { createHandlers } from '../handlers';
import { createElectronSettingsStore, createWindowStateStore } from '../services/electron-settings-store';
import { createGrantPolicy } from '../services/path-policy';
import { observeSettings } from '../services/settings';
import { loadSampleRelease, pressdeskPathFromArgv, sampleFileName } from '../services/startup-files';
import { APP_INDEX_URL, registerAppScheme, serveRenderer } from './app-protocol';
import { createElectronDialogs } from './electron-dialogs';
import { registerIpc } from './ipc';
import { appKeys, initAppKeys } from './keys';
import { installMenu } from './menu';
import { createElectronPrinter } from './print-window';
import { createAppWindow, type AppWindow } from './window';

const here = dirname(fileURLToPath(import.meta.url));
const isMac = process.platform === 'darwin';
const logError = (e: unknown): void => console.error('pressdesk:', e);

// Every renderer sandboxed, whatever a future window forgets to ask for.
app.enableSandbox();
// The renderer is served from app://pressdesk (its own origin), not file://; must precede 'ready'.
registerAppScheme();

// End-to-end tests (Playwright `_electron`) start each run on fresh folders; never in a packaged app.
const testEnv = app.isPackaged ? {} : process.env;
if (testEnv['PRESSDESK_USER_DATA']) app.setPath('userData', testEnv['PRESSDESK_USER_DATA']);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  let appWindow: AppWindow | null = null;
  let createWindow: (() => void) | null = null; // set once the app is ready
  // macOS sends 'open-file' before 'ready' when PressDesk is started by double-clicking a file.
  let pendingPath: string | null = pressdeskPathFromArgv(process.argv, process.cwd());

  const openPath = (path: string): void => {
    if (appWindow && !appWindow.window.isDestroyed()) {
      if (appWindow.window.isMinimized()) appWindow.window.restore();
      appWindow.window.focus();
      appWindow.send({ type: 'open-path', path });
    } else {
      // Picked up by the next window's getStartup (macOS: a file opened with no window open).
      pendingPath = path;
      createWindow?.();
    }
  };

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = pressdeskPathFromArgv(argv, workingDirectory);
    if (path) openPath(path);
    else if (appWindow) appWindow.window.focus();
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openPath(path);
  });

  // A safety net for any web contents, ours or not: no popups, no webviews.
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (e) => e.preventDefault());
  });

  void app.whenReady().then(() => {
    const userData = app.getPath('userData');
    // The signing key (userData/keys, safeStorage-encrypted where available) is made on first use.
    initAppKeys(userData);
    const locale = testEnv['PRESSDESK_LANG'] || (app.getPreferredSystemLanguages()[0] ?? app.getLocale());
    const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
    serveRenderer(join(here, '../renderer'));
    const appUrl = devServerUrl ?? APP_INDEX_URL;
    const send = (command: MenuCommand): void => appWindow?.send(command);

    let menuKey = '';
    const rebuildMenu = (s: Settings): void => {
      const key = JSON.stringify([s.language, s.recentFiles]);
      if (key === menuKey) return;
      menuKey = key;
      installMenu({
        language: s.language,
        recentFiles: s.recentFiles,
        isDev: !app.isPackaged,
        isMac,
        send,
        clearRecentFiles: () => settings.set({ ...settings.get(), recentFiles: [] }),
      });
    };
    const settings = observeSettings(createElectronSettingsStore(userData, locale, logError), rebuildMenu);
    if (testEnv['PRESSDESK_NO_SAMPLE']) settings.set({ ...settings.get(), sampleShown: true });
    const windowState = createWindowStateStore(userData, logError);
    const resources = app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'assets');

    const handlers = createHandlers({
      settings,
      dialogs: createElectronDialogs(
        () => appWindow?.window ?? null,
        () => settings.get().language,
        () => app.getPath('documents'),
      ),
      paths: createGrantPolicy(settings.get().recentFiles),
      defaultRecoveryDir: join(userData, 'recovery'),
      assetCacheDir: join(userData, 'asset-cache'),
      window: {
        setDocumentState: (title, dirty) => appWindow?.setDocumentState(title, dirty),
        close: () => appWindow?.close(),
      },
      appVersion: app.getVersion(),
      host: 'electron',
      openPathAtStart: null,
      loadSample: (language) => loadSampleRelease(join(resources, sampleFileName(language))),
      keys: appKeys(),
      printer: createElectronPrinter(() => app.getPath('temp')),
    });
    const getStartup = handlers.getStartup;
    handlers.getStartup = async (request) => {
      const startup = await getStartup(request);
      const openPath = pendingPath;
      pendingPath = null;
      return { ...startup, openPath: startup.openPath ?? openPath };
    };
    registerIpc(handlers, { appUrl: APP_INDEX_URL, devServerUrl });
    rebuildMenu(settings.get());

    createWindow = (): void => {
      appWindow = createAppWindow({
        preloadPath: join(here, '../preload/index.cjs'),
        appUrl,
        stateStore: windowState,
        iconPath: join(app.getAppPath(), 'assets', 'icon.png'),
      });
      appWindow.window.on('closed', () => {
        appWindow = null;
      });
    };
    createWindow();

    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow?.();
    });
  });

  app.on('window-all-closed', () => {
    if (!isMac) app.quit();
  });
}
