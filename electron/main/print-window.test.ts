import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const fakes = vi.hoisted(() => {
  type Fn = (...args: never[]) => unknown;
  class FakeSession {
    requestHandler: Fn | null = null;
    checkHandler: Fn | null = null;
    beforeRequest: Fn | null = null;
    setPermissionRequestHandler(fn: Fn) {
      this.requestHandler = fn;
    }
    setPermissionCheckHandler(fn: Fn) {
      this.checkHandler = fn;
    }
    webRequest = { onBeforeRequest: (fn: Fn) => (this.beforeRequest = fn), onHeadersReceived: () => undefined };
  }
  class FakeWebContents {
    session = new FakeSession();
    listeners = new Map<string, Fn>();
    openHandler: Fn | null = null;
    pdfOptions: unknown = null;
    printOptions: unknown = null;
    pageAtPrint = '';
    failPdf = false;
    printed = true;
    constructor(private readonly owner: FakeBrowserWindow) {}
    setWindowOpenHandler(fn: Fn) {
      this.openHandler = fn;
    }
    on(event: string, fn: Fn) {
      this.listeners.set(event, fn);
    }
    async printToPDF(options: unknown) {
      this.pdfOptions = options;
      this.pageAtPrint = readFileSync(this.owner.loadedFile, 'utf8');
      if (this.failPdf) throw new Error('printing failed');
      return Buffer.from('%PDF-1.7 fake');
    }
    print(options: unknown, callback: (success: boolean) => void) {
      this.printOptions = options;
      this.pageAtPrint = readFileSync(this.owner.loadedFile, 'utf8');
      callback(this.printed);
    }
  }
  class FakeBrowserWindow {
    static created: FakeBrowserWindow[] = [];
    static next: Partial<FakeWebContents> = {};
    webContents: FakeWebContents;
    loadedFile = '';
    destroyed = false;
    constructor(readonly options: Record<string, unknown>) {
      this.webContents = Object.assign(new FakeWebContents(this), FakeBrowserWindow.next);
      FakeBrowserWindow.created.push(this);
    }
    loadFile(file: string) {
      this.loadedFile = file;
      return Promise.resolve();
    }
    isDestroyed() {
      return this.destroyed;
    }
    destroy() {
      this.destroyed = true;
    }
  }
  return { FakeBrowserWindow };
});

vi.mock('electron', () => ({
  app: { isPackaged: true },
  BrowserWindow: fakes.FakeBrowserWindow,
  screen: { getAllDisplays: () => [] },
}));

const { createElectronPrinter } = await import('./print-window');

describe('the app printer (hidden print window)', () => {
  let temp: string;
  beforeEach(() => {
    temp = mkdtempSync(join(tmpdir(), 'pressdesk-print-test-'));
    fakes.FakeBrowserWindow.created = [];
    fakes.FakeBrowserWindow.next = {};
  });
  afterEach(() => rmSync(temp, { recursive: true, force: true }));

  it('prints the page to PDF with its own @page size and margins, then removes the window and the file', async () => {
    const printer = createElectronPrinter(() => temp);
    const pdf = await printer.pdf('<!DOCTYPE html><title>x</title><p>Điện Biên</p>');
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.7 fake');
    const [win] = fakes.FakeBrowserWindow.created;
    expect(win!.webContents.pageAtPrint).toBe('<!DOCTYPE html><title>x</title><p>Điện Biên</p>');
    expect(win!.webContents.pdfOptions).toMatchObject({ preferCSSPageSize: true, printBackground: true, margins: { top: 0, bottom: 0, left: 0, right: 0 } });
    expect(win!.destroyed).toBe(true);
    expect(existsSync(dirname(win!.loadedFile))).toBe(false);
    expect(readdirSync(temp)).toEqual([]);
  });

  it('shows the system print dialog and says whether the user printed', async () => {
    const printer = createElectronPrinter(() => temp);
    expect(await printer.print('<p>a</p>')).toEqual({ url: null, printed: true });
    expect(fakes.FakeBrowserWindow.created[0]!.webContents.printOptions).toMatchObject({ silent: false, printBackground: true });
    fakes.FakeBrowserWindow.next = { printed: false };
    expect(await printer.print('<p>a</p>')).toEqual({ url: null, printed: false });
    expect(readdirSync(temp)).toEqual([]);
  });

  it('cleans up when printing fails', async () => {
    fakes.FakeBrowserWindow.next = { failPdf: true };
    await expect(createElectronPrinter(() => temp).pdf('<p>a</p>')).rejects.toThrow('printing failed');
    expect(fakes.FakeBrowserWindow.created[0]!.destroyed).toBe(true);
    expect(readdirSync(temp)).toEqual([]);
  });

  it('comes from the window factory locked down: hidden, sandboxed, no preload, no script, its own session allowing nothing', async () => {
    await createElectronPrinter(() => temp).pdf('<p>a</p>');
    const win = fakes.FakeBrowserWindow.created[0]!;
    expect(win.options['show']).toBe(false);
    const prefs = win.options['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, devTools: false, partition: 'pressdesk-print' });
    expect(prefs['preload']).toBeUndefined();
    const ses = win.webContents.session;
    const asked = vi.fn();
    (ses.requestHandler as (c: unknown, p: string, cb: (ok: boolean) => void) => void)(null, 'media', asked);
    expect(asked).toHaveBeenCalledWith(false);
    const request = (url: string): unknown => {
      let answer: unknown;
      (ses.beforeRequest as (d: { url: string }, cb: (r: unknown) => void) => void)({ url }, (r) => (answer = r));
      return answer;
    };
    expect(request('https://example.com/x.png')).toEqual({ cancel: true });
    expect(request(`file://${win.loadedFile}`)).toEqual({ cancel: false });
    expect((win.webContents.openHandler as () => unknown)()).toEqual({ action: 'deny' });
    const navigate = { preventDefault: vi.fn() };
    (win.webContents.listeners.get('will-navigate') as (e: typeof navigate) => void)(navigate);
    expect(navigate.preventDefault).toHaveBeenCalled();
  });
});
