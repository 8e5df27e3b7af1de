/**
 * Registers every call of the contract on ipcMain. Thin on purpose: check who is asking, then hand
 * over to invokeHandler (validation, handler, error mapping) — the same path the browser host uses.
 */
import { ipcMain } from 'electron';
import { API_NAMES, channelOf, type Handlers } from '../api';
import { invokeHandler } from '../handlers';
import { APP_SCHEME } from './app-protocol';

export interface TrustedRenderer {
  /** The built renderer's page, app://pressdesk/index.html (see app-protocol.ts). */
  appUrl: string;
  /** The electron-vite dev server (process.env.ELECTRON_RENDERER_URL), in development only. */
  devServerUrl?: string | undefined;
}

/** True only for our own page: app://pressdesk/index.html, or the dev server's origin in development. */
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
  let page: URL;
  try {
    page = new URL(trusted.appUrl);
  } catch {
    return false;
  }
  // The same page of the same origin; its #fragment or ?query do not matter. A file: URL never is.
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.protocol === page.protocol &&
    parsed.host.toLowerCase() === page.host.toLowerCase() &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.pathname === page.pathname
  );
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
