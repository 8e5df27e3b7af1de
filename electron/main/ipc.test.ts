import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
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

const indexHtmlPath = join('/opt/PressDesk/resources/app.asar/out/renderer', 'index.html');
const appUrl = pathToFileURL(indexHtmlPath).href;

describe('ipc registration', () => {
  const setDocumentState = vi.fn(async () => null);
  beforeEach(() => {
    registered.clear();
    setDocumentState.mockClear();
    registerIpc({ setDocumentState } as unknown as Handlers, { indexHtmlPath });
  });

  it('registers one channel per contract call', () => {
    expect([...registered.keys()].sort()).toEqual(API_NAMES.map(channelOf).sort());
  });

  it('rejects a sender that is not our page, without calling the handler', async () => {
    const handler = registered.get(channelOf('setDocumentState'))!;
    for (const url of ['https://evil.example/', 'file:///tmp/evil/index.html', 'about:blank', 'not a url']) {
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
    const trusted = { indexHtmlPath, devServerUrl: 'http://localhost:5173' };
    expect(isTrustedSenderUrl('http://localhost:5173/', trusted)).toBe(true);
    expect(isTrustedSenderUrl('http://localhost:5173/index.html?x=1', trusted)).toBe(true);
    expect(isTrustedSenderUrl('http://localhost:5174/', trusted)).toBe(false);
    expect(isTrustedSenderUrl('http://localhost:5173/', { indexHtmlPath })).toBe(false);
    expect(isTrustedSenderUrl('https://evil.example/', trusted)).toBe(false);
  });

  it('trusts our index.html only, not another file or a file on a network host', () => {
    expect(isTrustedSenderUrl(appUrl, { indexHtmlPath })).toBe(true);
    expect(isTrustedSenderUrl(pathToFileURL('/opt/PressDesk/resources/app.asar/out/renderer/other.html').href, { indexHtmlPath })).toBe(false);
    expect(isTrustedSenderUrl('file://evil-host/opt/PressDesk/resources/app.asar/out/renderer/index.html', { indexHtmlPath })).toBe(false);
    expect(isTrustedSenderUrl(undefined, { indexHtmlPath })).toBe(false);
  });
});
