/**
 * The script the browser host injects before the renderer: it defines `window.pressdesk` by
 * forwarding every call to the host over HTTP, the way the preload forwards to ipcMain.
 * Native dialogs do not exist in a browser, so a call that would open one asks for a path with
 * `window.prompt` instead — a person types it, a Playwright test answers the dialog.
 */
import { API_NAMES } from '../../electron/api';

export function bridgeScript(): string {
  return `(() => {
  'use strict';
  const meta = (name) => document.querySelector('meta[name="' + name + '"]')?.getAttribute('content') ?? '';
  const token = meta('pressdesk-token');
  const workspace = meta('pressdesk-workspace');
  const names = ${JSON.stringify(API_NAMES)};
  const cancelled = { ok: true, value: null };
  async function call(name, request) {
    let response;
    try {
      response = await fetch('/api/' + name, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-pressdesk-token': token },
        body: JSON.stringify(request ?? {}),
      });
    } catch {
      return { ok: false, error: { code: 'io', params: { detail: 'PressDesk host is not running' } } };
    }
    try {
      return await response.json();
    } catch {
      return { ok: false, error: { code: 'internal' } };
    }
  }
  const askPath = (message, suggestion) => {
    const answer = window.prompt(message + '\\n(' + workspace + ')', suggestion ?? '');
    return answer === null || answer.trim() === '' ? null : answer.trim();
  };
  const slug = (text) => text.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-$/, '') || 'pressdesk';
  const api = {};
  for (const name of names) api[name] = (request) => call(name, request);
  api.openFile = (request) => {
    if (request && request.path) return call('openFile', request);
    const path = askPath('Open a .pressdesk file — path:');
    return path === null ? Promise.resolve(cancelled) : call('openFile', { path });
  };
  api.insertImage = (request) => {
    if (request && request.path) return call('insertImage', request);
    const path = askPath('Insert a photo (PNG, JPEG, WebP, GIF) — path:');
    return path === null ? Promise.resolve(cancelled) : call('insertImage', { path });
  };
  api.saveFile = (request) => {
    if (request.path !== null && !request.saveAs) return call('saveFile', request);
    const path = askPath('Save as — path:', request.path ?? 'release.pressdesk');
    if (path === null) return Promise.resolve(cancelled);
    const same = path === request.path;
    return call('saveFile', { ...request, path, saveAs: false, expected: same ? request.expected : null });
  };
  api.exportRelease = (request) => {
    if (request && request.path) return call('exportRelease', request);
    const what = request.format === 'cms' ? 'Export to a CMS folder — folder path:' : 'Export as .' + request.format + ' — path:';
    const path = askPath(what);
    return path === null ? Promise.resolve(cancelled) : call('exportRelease', { ...request, path });
  };
  api.importFile = (request) => {
    if (request && request.path) return call('importFile', request);
    const path = askPath('Import a .txt, .md, .html or .docx file — path:');
    return path === null ? Promise.resolve(cancelled) : call('importFile', { ...(request ?? {}), path });
  };
  api.importTrustedApprovers = (request) => {
    if (request && request.path) return call('importTrustedApprovers', request);
    const path = askPath('Import a trusted approvers list (.pressdesk-trust.json) — path:');
    return path === null ? Promise.resolve(cancelled) : call('importTrustedApprovers', { path });
  };
  api.exportTrustedApprovers = (request) => {
    if (request && request.path) return call('exportTrustedApprovers', request);
    // The file is named after whose key it carries (core/signoff/trusted.ts trustListFileName).
    const path = askPath('Export the trusted approvers list — path:', 'nguoi-duyet-' + slug((request && request.name) || '') + '.pressdesk-trust.json');
    return path === null ? Promise.resolve(cancelled) : call('exportTrustedApprovers', { ...(request ?? {}), path });
  };
  api.onCommand = () => () => {};
  api.pathForFile = () => null;
  Object.defineProperty(window, 'pressdesk', { value: Object.freeze(api), enumerable: true });
})();
`;
}
