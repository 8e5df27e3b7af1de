/**
 * Registers every call of the contract on ipcMain. Thin on purpose: check who is asking, then hand
 * over to invokeHandler (validation, handler, error mapping) — the same path the browser host uses.
 */
import { ipcMain } from 'electron';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_NAMES, channelOf, type Handlers } from '../api';
import { invokeHandler } from '../handlers';

export interface TrustedRenderer {
  /** The built renderer, out/renderer/index.html (absolute). */
  indexHtmlPath: string;
  /** The electron-vite dev server (process.env.ELECTRON_RENDERER_URL), in development only. */
  devServerUrl?: string | undefined;
}

const samePath = (a: string, b: string): boolean =>
  process.platform === 'win32' || process.platform === 'darwin' ? a.toLowerCase() === b.toLowerCase() : a === b;

/** True only for our own page: the packaged index.html, or the dev server's origin in development. */
export function isTrustedSenderUrl(url: string | undefined, trusted: TrustedRenderer): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (trusted.devServerUrl) {
    try {
      if (parsed.origin === new URL(trusted.devServerUrl).origin && parsed.origin !== 'null') return true;
    } catch {
      // a malformed dev URL trusts nobody
    }
  }
  if (parsed.protocol !== 'file:' || (parsed.host !== '' && parsed.host !== 'localhost')) return false;
  try {
    return samePath(fileURLToPath(parsed), resolve(trusted.indexHtmlPath));
  } catch {
    return false;
  }
}

export function registerIpc(handlers: Handlers, trusted: TrustedRenderer): void {
  for (const name of API_NAMES) {
    const channel = channelOf(name);
    ipcMain.removeHandler(channel);
    ipcMain.handle(channel, async (event, payload: unknown) => {
      // senderFrame is null when the frame has gone away (navigated, destroyed): nobody to answer.
      if (!isTrustedSenderUrl(event.senderFrame?.url, trusted)) {
        return { ok: false, error: { code: 'forbidden' } };
      }
      return invokeHandler(handlers, name, payload);
    });
  }
}
