/**
 * THE one window factory. Every BrowserWindow of PressDesk comes from here, with the renderer
 * locked down: isolated, sandboxed, no Node, strict CSP, no popups, no navigation away, no
 * permissions, no Chromium spellchecker (it downloads dictionaries).
 */
import { app, BrowserWindow, screen, type Session, type WebContents, type WebPreferences } from 'electron';
import { COMMAND_CHANNEL, type MenuCommand } from '../api';
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from '../services/csp';
import type { WindowStateStore } from '../services/electron-settings-store';
import { DEFAULT_WINDOW, MIN_WINDOW, restorableWindowState } from '../services/window-bounds';
import { APP_SCHEME, sameAppOrigin } from './app-protocol';

export interface AppWindowOptions {
  preloadPath: string;
  /** The renderer: the dev server in development, app://pressdesk/index.html (out/renderer) when built. */
  appUrl: string;
  /** Restored at creation, saved when the window closes. */
  stateStore?: WindowStateStore;
  iconPath?: string;
}

export interface AppWindow {
  readonly window: BrowserWindow;
  /** Title bar text and the close guard; from the renderer's setDocumentState. */
  setDocumentState(title: string, dirty: boolean): void;
  /** Close for real, after the renderer has asked about unsaved changes. */
  close(): void;
  send(command: MenuCommand): void;
}

const isDev = (): boolean => !app.isPackaged;

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: isDev(),
  };
}

const hardenedSessions = new WeakSet<Session>();

/** Deny every permission (but writing text to the clipboard) and send our CSP with every response. Once per session. */
export function hardenSession(ses: Session, devServer: boolean): void {
  if (hardenedSessions.has(ses)) return;
  hardenedSessions.add(ses);
  // The one exception: writing plain text to the clipboard (the CMS export's copy buttons).
  ses.setPermissionRequestHandler((_contents, permission, callback) => callback(permission === 'clipboard-sanitized-write'));
  ses.setPermissionCheckHandler((_contents, permission) => permission === 'clipboard-sanitized-write');
  // The dev server injects inline scripts and styles (React refresh, HMR); built files do not.
  const csp = devServer ? DEV_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY;
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
}

/** No popups, no webviews, and the page may only "navigate" within its own origin (app://pressdesk). */
export function hardenWebContents(contents: WebContents, appUrl: string): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const stayHome = (event: { url: string; preventDefault(): void }): void => {
    if (!sameAppOrigin(event.url, appUrl)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function restoredState(store: WindowStateStore | undefined) {
  if (!store) return null;
  return restorableWindowState(
    store.get(),
    screen.getAllDisplays().map((d) => d.workArea),
  );
}

export function createAppWindow(options: AppWindowOptions): AppWindow {
  const saved = restoredState(options.stateStore);
  const window = new BrowserWindow({
    ...(saved ? saved.bounds : DEFAULT_WINDOW),
    minWidth: MIN_WINDOW.width,
    minHeight: MIN_WINDOW.height,
    show: false,
    title: 'PressDesk',
    backgroundColor: '#f3f4f6',
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    // Startup (issue 8): V8's code cache is written at the first start, not after its usual heat check,
    // so the second start already skips compiling the bundle (app:// allows it: codeCache in app-protocol.ts).
    // Electron's documented option; unmeasured here (no Electron binary), the browser host has no code cache.
    webPreferences: { ...secureWebPreferences(options.preloadPath), v8CacheOptions: 'bypassHeatCheck' },
  });
  if (saved?.maximized) window.maximize();

  const devServer = !options.appUrl.startsWith(`${APP_SCHEME}:`);
  hardenSession(window.webContents.session, devServer);
  hardenWebContents(window.webContents, options.appUrl);

  let dirty = false;
  let closing = false;
  const send = (command: MenuCommand): void => {
    if (!window.isDestroyed()) window.webContents.send(COMMAND_CHANNEL, command);
  };

  window.once('ready-to-show', () => window.show());
  window.on('close', (event) => {
    if (dirty && !closing) {
      // The renderer asks Save / Don't save / Cancel, then calls closeWindow (or not).
      event.preventDefault();
      send({ type: 'close-requested' });
      return;
    }
    options.stateStore?.set({ bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  });

  void window.loadURL(options.appUrl);

  return {
    window,
    setDocumentState(title, isDirty) {
      dirty = isDirty;
      if (window.isDestroyed()) return;
      window.setTitle(title ? `${title} — PressDesk` : 'PressDesk');
      window.setDocumentEdited(isDirty); // macOS: the dot in the close button
    },
    close() {
      closing = true;
      if (!window.isDestroyed()) window.close();
    },
    send,
  };
}

/** The print window's own in-memory session: the app's CSP header is not sent there (the print page carries its own). */
export const PRINT_PARTITION = 'pressdesk-print';

/**
 * A hidden window for printing one print page (electron/main/print-window.ts): sandboxed, isolated,
 * no preload, JavaScript off, its own session that allows no permission and no request but the
 * page's own file, and no navigation away.
 */
export function createPrintWindow(): BrowserWindow {
  const { preload: _none, ...locked } = secureWebPreferences('');
  const window = new BrowserWindow({
    show: false,
    width: 794,
    height: 1123,
    title: 'PressDesk',
    webPreferences: { ...locked, javascript: false, devTools: false, partition: PRINT_PARTITION },
  });
  const ses = window.webContents.session;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith('file:') && !details.url.startsWith('data:') }));
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  return window;
}
