import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as contract from '../api';

const fakes = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, ((...args: unknown[]) => void)[]>();
  return {
    exposed,
    listeners,
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    ipcRenderer: {
      invoke: vi.fn(async (channel: string, request: unknown) => ({ ok: true, value: { channel, request } })),
      on: (channel: string, fn: (...args: unknown[]) => void) => listeners.set(channel, [...(listeners.get(channel) ?? []), fn]),
      removeListener: (channel: string, fn: (...args: unknown[]) => void) =>
        listeners.set(channel, (listeners.get(channel) ?? []).filter((f) => f !== fn)),
    },
    webUtils: { getPathForFile: (file: { name: string }) => (file.name === 'none' ? '' : `/dropped/${file.name}`) },
  };
});

vi.mock('electron', () => ({ contextBridge: fakes.contextBridge, ipcRenderer: fakes.ipcRenderer, webUtils: fakes.webUtils }));

const channels = await import('./channels');
await import('./index');
const api = fakes.exposed.get('pressdesk') as contract.DesktopApi;

describe('preload bridge', () => {
  beforeEach(() => fakes.ipcRenderer.invoke.mockClear());

  it('uses the contract channel names', () => {
    expect(channels.COMMAND_CHANNEL).toBe(contract.COMMAND_CHANNEL);
    for (const name of contract.API_NAMES) expect(channels.channelOf(name)).toBe(contract.channelOf(name));
  });

  it('exposes exactly the named calls, onCommand and pathForFile — nothing generic', () => {
    expect(Object.keys(api).sort()).toEqual([...contract.API_NAMES, 'onCommand', 'pathForFile'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(api).not.toHaveProperty('send');
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('ipcRenderer');
  });

  it('each call invokes its own channel with the request', async () => {
    expect(await api.openFile({ path: '/a.pressdesk' })).toEqual({
      ok: true,
      value: { channel: 'pressdesk:openFile', request: { path: '/a.pressdesk' } },
    });
    await api.closeWindow({});
    expect(fakes.ipcRenderer.invoke).toHaveBeenLastCalledWith('pressdesk:closeWindow', {});
  });

  it('onCommand passes only the command (never the IPC event) and unsubscribes', () => {
    const seen: unknown[][] = [];
    const off = api.onCommand((...args: unknown[]) => seen.push(args));
    const [listener] = fakes.listeners.get(contract.COMMAND_CHANNEL)!;
    listener!({ sender: 'the ipcRenderer' }, { type: 'save' });
    expect(seen).toEqual([[{ type: 'save' }]]);
    off();
    expect(fakes.listeners.get(contract.COMMAND_CHANNEL)).toEqual([]);
  });

  it('pathForFile gives the dropped file path, or null', () => {
    expect(api.pathForFile({ name: 'a.pressdesk' } as File)).toBe('/dropped/a.pressdesk');
    expect(api.pathForFile({ name: 'none' } as File)).toBeNull();
  });
});
