import { beforeEach, describe, expect, it, vi } from 'vitest';
import { API_NAMES, channelOf, type Handlers } from '../api';

type Listener = (event: { senderFrame: { url: string } | null }, payload: unknown) => Promise<unknown>;
const registered = new Map<string, Listener>();

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: Listener) => registered.set(channel, listener),
    removeHandler: (channel: string) => registered.delete(channel),
  },
}));

const { isTrustedSenderUrl, registerIpc } = await import('./ipc');

const appUrl = 'app://pressdesk/index.html';

describe('ipc registration', () => {
  const setDocumentState = vi.fn(async () => null);
  beforeEach(() => {
    registered.clear();
    setDocumentState.mockClear();
    registerIpc({ setDocumentState } as unknown as Handlers, { appUrl });
  });

  it('registers one channel per contract call', () => {
    expect([...registered.keys()].sort()).toEqual(API_NAMES.map(channelOf).sort());
  });

  it('rejects a sender that is not our page, without calling the handler', async () => {
    const handler = registered.get(channelOf('setDocumentState'))!;
    for (const url of ['https://evil.example/', 'file:///opt/PressDesk/resources/app.asar/out/renderer/index.html', 'app://evil/index.html', 'about:blank', 'not a url']) {
      expect(await handler({ senderFrame: { url } }, { title: 'x', dirty: false })).toEqual({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await handler({ senderFrame: null }, { title: 'x', dirty: false })).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(setDocumentState).not.toHaveBeenCalled();
  });

  it('passes our page through invokeHandler (validated)', async () => {
    const handler = registered.get(channelOf('setDocumentState'))!;
    expect(await handler({ senderFrame: { url: `${appUrl}#/editor` } }, { title: 'a', dirty: true })).toEqual({ ok: true, value: null });
    expect(setDocumentState).toHaveBeenCalledWith({ title: 'a', dirty: true });
    expect(await handler({ senderFrame: { url: appUrl } }, { title: 5 })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});

describe('isTrustedSenderUrl', () => {
  it('trusts the dev server origin only when one is configured', () => {
    const trusted = { appUrl, devServerUrl: 'http://localhost:5173' };
    expect(isTrustedSenderUrl('http://localhost:5173/', trusted)).toBe(true);
    expect(isTrustedSenderUrl('http://localhost:5173/index.html?x=1', trusted)).toBe(true);
    expect(isTrustedSenderUrl('http://localhost:5174/', trusted)).toBe(false);
    expect(isTrustedSenderUrl('http://localhost:5173/', { appUrl })).toBe(false);
    expect(isTrustedSenderUrl('https://evil.example/', trusted)).toBe(false);
  });

  it('trusts our app://pressdesk/index.html only: not another page, host or scheme, nor the old file: page', () => {
    expect(isTrustedSenderUrl(appUrl, { appUrl })).toBe(true);
    expect(isTrustedSenderUrl(`${appUrl}?q=1#/editor`, { appUrl })).toBe(true);
    expect(isTrustedSenderUrl('app://PRESSDESK/index.html', { appUrl })).toBe(true); // Chromium lower-cases hosts
    for (const url of [
      'app://pressdesk/other.html',
      'app://pressdesk/',
      'app://evil/index.html',
      'app://user@pressdesk/index.html',
      'app://pressdesk:8080/index.html',
      'apps://pressdesk/index.html',
      'file:///opt/PressDesk/resources/app.asar/out/renderer/index.html',
      'http://pressdesk/index.html',
    ]) {
      expect(isTrustedSenderUrl(url, { appUrl }), url).toBe(false);
    }
    expect(isTrustedSenderUrl(undefined, { appUrl })).toBe(false);
    expect(isTrustedSenderUrl(appUrl, { appUrl: 'not a url' })).toBe(false);
  });
});
