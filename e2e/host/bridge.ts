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
  // Cut at a word boundary, as electron/services/file-name.ts does for the app and the CLI.
  const slug = (text) => {
    const whole = text.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    const cut = whole.length <= 60 ? whole : whole.slice(0, 61).lastIndexOf('-') > 0 ? whole.slice(0, whole.slice(0, 61).lastIndexOf('-')) : whole.slice(0, 60);
    return cut || 'pressdesk';
  };
  // The prompts speak the UI's language (i18n sets <html lang>), and propose the release's slug.
  const say = (en, vi) => (document.documentElement.lang.startsWith('vi') ? vi : en);
  const releaseSlug = (request) => slug((request && request.release && request.release.headline) || '');
  const api = {};
  for (const name of names) api[name] = (request) => call(name, request);
  api.openFile = (request) => {
    if (request && request.path) return call('openFile', request);
    const path = askPath(say('Open a .pressdesk file — path:', 'Mở tệp .pressdesk — đường dẫn:'));
    return path === null ? Promise.resolve(cancelled) : call('openFile', { path });
  };
  api.insertImage = (request) => {
    if (request && request.path) return call('insertImage', request);
    const path = askPath(say('Insert a photo (PNG, JPEG, WebP, GIF) — path:', 'Chèn ảnh (PNG, JPEG, WebP, GIF) — đường dẫn:'));
    return path === null ? Promise.resolve(cancelled) : call('insertImage', { path });
  };
  api.saveFile = (request) => {
    if (request.path !== null && !request.saveAs) return call('saveFile', request);
    const path = askPath(say('Save as — path:', 'Lưu thành — đường dẫn:'), request.path ?? releaseSlug(request) + '.pressdesk');
    if (path === null) return Promise.resolve(cancelled);
    const same = path === request.path;
    return call('saveFile', { ...request, path, saveAs: false, expected: same ? request.expected : null });
  };
  api.exportRelease = (request) => {
    if (request && request.path) return call('exportRelease', request);
    const what =
      request.format === 'cms'
        ? say('Export to a CMS folder — folder path:', 'Xuất ra thư mục CMS — đường dẫn thư mục:')
        : say('Export as .' + request.format + ' — path:', 'Xuất thành .' + request.format + ' — đường dẫn:');
    const path = askPath(what, releaseSlug(request) + (request.format === 'cms' ? '-cms' : '.' + request.format));
    return path === null ? Promise.resolve(cancelled) : call('exportRelease', { ...request, path });
  };
  api.importFile = (request) => {
    if (request && request.path) return call('importFile', request);
    const path = askPath(say('Import a .txt, .md, .html or .docx file — path:', 'Nhập tệp .txt, .md, .html hoặc .docx — đường dẫn:'));
    return path === null ? Promise.resolve(cancelled) : call('importFile', { ...(request ?? {}), path });
  };
  api.mergeReviewedCopy = (request) => {
    if (request && request.path) return call('mergeReviewedCopy', request);
    const path = askPath(say("Merge a reviewer's copy (.pressdesk or .docx) — path:", 'Gộp bản góp ý (.pressdesk hoặc .docx) — đường dẫn:'));
    return path === null ? Promise.resolve(cancelled) : call('mergeReviewedCopy', { ...request, path });
  };
  api.importTrustedApprovers = (request) => {
    if (request && request.path) return call('importTrustedApprovers', request);
    const path = askPath(say('Import a trusted approvers list (.pressdesk-trust.json) — path:', 'Nhập danh sách người duyệt tin cậy (.pressdesk-trust.json) — đường dẫn:'));
    return path === null ? Promise.resolve(cancelled) : call('importTrustedApprovers', { path });
  };
  api.exportTrustedApprovers = (request) => {
    if (request && request.path) return call('exportTrustedApprovers', request);
    // The file is named after whose key it carries (core/signoff/trusted.ts trustListFileName).
    const path = askPath(say('Export the trusted approvers list — path:', 'Xuất danh sách người duyệt tin cậy — đường dẫn:'), 'nguoi-duyet-' + slug((request && request.name) || '') + '.pressdesk-trust.json');
    return path === null ? Promise.resolve(cancelled) : call('exportTrustedApprovers', { ...(request ?? {}), path });
  };
  api.importGlossary = (request) => {
    if (request && request.path) return call('importGlossary', request);
    const path = askPath(say('Import a glossary (.csv or .txt) — path:', 'Nhập bảng tên chính thức (.csv hoặc .txt) — đường dẫn:'));
    return path === null ? Promise.resolve(cancelled) : call('importGlossary', { path });
  };
  api.exportGlossary = (request) => {
    if (request && request.path) return call('exportGlossary', request);
    const path = askPath(say('Export the glossary (.csv) — path:', 'Xuất bảng tên chính thức (.csv) — đường dẫn:'), say('glossary.csv', 'bang-ten-chinh-thuc.csv'));
    return path === null ? Promise.resolve(cancelled) : call('exportGlossary', { ...request, path });
  };
  api.onCommand = () => () => {};
  api.pathForFile = () => null;
  Object.defineProperty(window, 'pressdesk', { value: Object.freeze(api), enumerable: true });
})();
`;
}
