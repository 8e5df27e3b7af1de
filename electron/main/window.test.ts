import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from '../services/csp';

const fakes = vi.hoisted(() => {
  type Fn = (...args: never[]) => unknown;
  class Emitter {
    listeners = new Map<string, Fn[]>();
    on(event: string, fn: Fn) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
      return this;
    }
    once(event: string, fn: Fn) {
      return this.on(event, fn);
    }
    emit(event: string, ...args: unknown[]) {
      for (const fn of this.listeners.get(event) ?? []) (fn as (...a: unknown[]) => unknown)(...args);
    }
  }
  class FakeSession {
    requestHandler: Fn | null = null;
    checkHandler: Fn | null = null;
    headersListener: Fn | null = null;
    setPermissionRequestHandler(fn: Fn) {
      this.requestHandler = fn;
    }
    setPermissionCheckHandler(fn: Fn) {
      this.checkHandler = fn;
    }
    webRequest = { onHeadersReceived: (fn: Fn) => (this.headersListener = fn) };
  }
  class FakeWebContents extends Emitter {
    session = new FakeSession();
    openHandler: Fn | null = null;
    sent: unknown[][] = [];
    setWindowOpenHandler(fn: Fn) {
      this.openHandler = fn;
    }
    send(...args: unknown[]) {
      this.sent.push(args);
    }
  }
  class FakeBrowserWindow extends Emitter {
    static created: FakeBrowserWindow[] = [];
    webContents = new FakeWebContents();
    title = '';
    loadedUrl = '';
    maximized = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      FakeBrowserWindow.created.push(this);
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    isDestroyed() {
      return false;
    }
    setTitle(t: string) {
      this.title = t;
    }
    setDocumentEdited() {}
    maximize() {
      this.maximized = true;
    }
    isMaximized() {
      return this.maximized;
    }
    getNormalBounds() {
      return { x: 1, y: 2, width: 1000, height: 700 };
    }
    close() {
      const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
      this.emit('close', event);
      return event;
    }
  }
  const app = { isPackaged: true };
  const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] };
  return { FakeBrowserWindow, app, screen };
});

vi.mock('electron', () => ({ app: fakes.app, BrowserWindow: fakes.FakeBrowserWindow, screen: fakes.screen }));

const { createAppWindow } = await import('./window');

const APP_URL = 'app://pressdesk/index.html';

function makeWindow(saved: unknown = null) {
  const stateStore = { get: vi.fn(() => saved), set: vi.fn() };
  const appWindow = createAppWindow({ preloadPath: '/opt/preload/index.cjs', appUrl: APP_URL, stateStore });
  const fake = fakes.FakeBrowserWindow.created.at(-1)!;
  return { appWindow, fake, stateStore };
}

describe('the window factory', () => {
  beforeEach(() => {
    fakes.FakeBrowserWindow.created.length = 0;
    fakes.app.isPackaged = true;
  });

  it('locks the renderer down', () => {
    const { fake } = makeWindow();
    expect(fake.options['webPreferences']).toMatchObject({
      preload: '/opt/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
      v8CacheOptions: 'bypassHeatCheck',
    });
    expect(fake.loadedUrl).toBe(APP_URL);
  });

  it('allows devtools only in development', () => {
    fakes.app.isPackaged = false;
    expect(makeWindow().fake.options['webPreferences']).toMatchObject({ devTools: true });
  });

  it('denies window.open, navigation away, webviews and every permission', () => {
    const { fake } = makeWindow();
    const contents = fake.webContents;
    expect(contents.openHandler?.({ url: 'https://evil.example' } as never)).toEqual({ action: 'deny' });

    for (const event of ['will-navigate', 'will-redirect']) {
      for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://evil/index.html', 'app://pressdesk.evil/index.html', 'http://pressdesk/index.html', 'javascript:alert(1)']) {
        const away = { url, preventDefault: vi.fn() };
        contents.emit(event, away);
        expect(away.preventDefault, url).toHaveBeenCalled();
      }
      for (const url of [`${APP_URL}#top`, 'app://pressdesk/index.html?x=1']) {
        const home = { url, preventDefault: vi.fn() };
        contents.emit(event, home);
        expect(home.preventDefault, url).not.toHaveBeenCalled();
      }
    }
    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();

    const callback = vi.fn();
    contents.session.requestHandler?.({} as never, 'media' as never, callback as never);
    expect(callback).toHaveBeenCalledWith(false);
    expect(contents.session.checkHandler?.(null as never, 'clipboard-read' as never)).toBe(false);
  });

  it('sends the strict CSP with every response', () => {
    const { fake } = makeWindow();
    const callback = vi.fn();
    fake.webContents.session.headersListener?.({ responseHeaders: { 'X-Test': ['1'] } } as never, callback as never);
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'X-Test': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });

  it('relaxes the CSP for the dev server only', () => {
    createAppWindow({ preloadPath: '/p.cjs', appUrl: 'http://localhost:5173/' });
    const callback = vi.fn();
    fakes.FakeBrowserWindow.created.at(-1)!.webContents.session.headersListener?.({ responseHeaders: {} } as never, callback as never);
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': [DEV_CONTENT_SECURITY_POLICY] } });
    expect(DEV_CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });

  it('asks the renderer before closing with unsaved changes, then closes when told', () => {
    const { appWindow, fake, stateStore } = makeWindow();
    appWindow.setDocumentState('hoi-nghi.pressdesk', true);
    expect(fake.title).toBe('hoi-nghi.pressdesk — PressDesk');

    expect(fake.close().defaultPrevented).toBe(true);
    expect(fake.webContents.sent).toEqual([['pressdesk:command', { type: 'close-requested' }]]);
    expect(stateStore.set).not.toHaveBeenCalled();

    appWindow.close(); // the renderer's closeWindow, after Save / Don't save
    expect(stateStore.set).toHaveBeenCalledWith({ bounds: { x: 1, y: 2, width: 1000, height: 700 }, maximized: false });
  });

  it('closes at once when nothing is unsaved', () => {
    const { appWindow, fake } = makeWindow();
    appWindow.setDocumentState('a', false);
    expect(fake.close().defaultPrevented).toBe(false);
    expect(fake.webContents.sent).toEqual([]);
  });

  it('restores remembered bounds only when they are on a display', () => {
    const onScreen = makeWindow({ bounds: { x: 50, y: 60, width: 1000, height: 700 }, maximized: true }).fake;
    expect(onScreen.options).toMatchObject({ x: 50, y: 60, width: 1000, height: 700 });
    expect(onScreen.maximized).toBe(true);
    const offScreen = makeWindow({ bounds: { x: 5000, y: 60, width: 1000, height: 700 }, maximized: false }).fake;
    expect(offScreen.options['x']).toBeUndefined();
    expect(offScreen.options).toMatchObject({ width: 1280, height: 860 });
  });
});
