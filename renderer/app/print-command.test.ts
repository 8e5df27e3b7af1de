import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const state = vi.hoisted(() => ({
  host: 'browser-host' as 'browser-host' | 'electron',
  answer: null as unknown,
  calls: [] as unknown[],
  errors: [] as unknown[],
}));

vi.mock('../desktop', () => ({
  desktop: {
    printRelease: async (request: unknown) => {
      state.calls.push(request);
      return state.answer;
    },
  },
}));
vi.mock('./document-store', () => ({ currentRelease: () => ({ headline: 'Hoa\u0300 Bi\u0300nh' }) }));
vi.mock('../../core/vi/nfc', () => ({ normalizeRelease: (r: { headline: string }) => ({ ...r, headline: r.headline.normalize('NFC') }) }));
vi.mock('./ui-store', () => ({ uiStore: { get: () => ({ host: state.host }) }, showError: (e: unknown) => state.errors.push(e) }));

const { printCurrent } = await import('./print-command');

interface FakeTab {
  closed: boolean;
  location: { href: string };
  document: { readyState: string };
  print: ReturnType<typeof vi.fn>;
  focus: ReturnType<typeof vi.fn>;
  close: () => void;
}

describe('Print… in the renderer', () => {
  let tab: FakeTab;
  let open: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    vi.useFakeTimers();
    state.calls = [];
    state.errors = [];
    tab = {
      closed: false,
      location: { href: 'about:blank' },
      document: { readyState: 'loading' },
      print: vi.fn(),
      focus: vi.fn(),
      close() {
        this.closed = true;
      },
    };
    open = vi.fn(() => tab);
    vi.stubGlobal('window', { open, location: { href: 'http://127.0.0.1:5000/?token=t' }, setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms) });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('browser host: opens the tab at once (still the key press), sends it to the print page, prints once loaded', async () => {
    state.host = 'browser-host';
    state.answer = { ok: true, value: { url: '/__pressdesk/print/abc?token=t', printed: false, draft: true } };
    const done = printCurrent();
    expect(open).toHaveBeenCalledWith('', '_blank'); // before the host answered
    await done;
    expect(state.calls).toEqual([{ release: { headline: 'Hoà Bình' } }]); // NFC on the way out
    expect(tab.location.href).toBe('/__pressdesk/print/abc?token=t');
    // The fake tab resolves the URL as the browser would, then finishes loading.
    tab.location.href = 'http://127.0.0.1:5000/__pressdesk/print/abc?token=t';
    await vi.advanceTimersByTimeAsync(300);
    expect(tab.print).not.toHaveBeenCalled();
    tab.document.readyState = 'complete';
    await vi.advanceTimersByTimeAsync(150);
    expect(tab.print).toHaveBeenCalledTimes(1);
  });

  it('browser host: an error closes the tab and is shown', async () => {
    state.host = 'browser-host';
    state.answer = { ok: false, error: { code: 'pdf-unavailable' } };
    await printCurrent();
    expect(tab.closed).toBe(true);
    expect(state.errors).toEqual([{ code: 'pdf-unavailable' }]);
  });

  it('app: no tab; the main process showed the system print dialog', async () => {
    state.host = 'electron';
    state.answer = { ok: true, value: { url: null, printed: true, draft: false } };
    await printCurrent();
    expect(open).not.toHaveBeenCalled();
    expect(state.calls).toHaveLength(1);
    expect(state.errors).toEqual([]);
  });
});
