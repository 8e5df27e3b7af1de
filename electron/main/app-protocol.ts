/**
 * The renderer is served from `app://pressdesk/`, not `file://`: a file: page shares its origin
 * with every other local file, so a script slipped into it could read the disk through fetch.
 * Here the page has an origin of its own, and the handler answers only with files inside
 * out/renderer — anything else (traversal, another host, a folder) is a 404.
 */
import { protocol } from 'electron';
import { lstat, readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../services/csp';

export const APP_SCHEME = 'app';
export const APP_HOST = 'pressdesk';
/** The page the window loads and the one IPC sender we trust. */
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** What the built renderer holds (vite output); anything else is served as opaque bytes. */
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export const mimeTypeOf = (path: string): string => MIME[extname(path).toLowerCase()] ?? 'application/octet-stream';

/**
 * Before `ready` (Electron's rule): a standard, secure scheme gets a real origin (`'self'` in the
 * CSP means app://pressdesk), module scripts and fetch. It does not bypass the CSP.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
  ]);
}

/**
 * The file under `rendererDir` that `url` names, or null when it names none: another scheme or
 * host, a `..` or `.` segment (also percent-encoded), a backslash, a NUL, an empty segment or an
 * absolute path hidden in a segment. `/` is index.html.
 */
export function rendererFileFor(url: string, rendererDir: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  // Chromium lower-cases a standard scheme's host; the URL parser resolves plain `..` segments.
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host.toLowerCase() !== APP_HOST || parsed.username !== '' || parsed.password !== '') return null;
  const raw = parsed.pathname === '/' ? '/index.html' : parsed.pathname;
  const segments: string[] = [];
  for (const encoded of raw.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return null; // malformed percent-encoding
    }
    if (segment === '' || segment === '.' || segment === '..' || /[\\/:\0]/.test(segment)) return null;
    segments.push(segment);
  }
  const file = join(rendererDir, ...segments);
  const rel = relative(rendererDir, file);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return null;
  return file;
}

/** Headers of every answer: the same CSP as the browser host and index.html's meta tag. */
function headers(contentType: string): Record<string, string> {
  return {
    'content-type': contentType,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  };
}

const notFound = (): Response => new Response('Not found', { status: 404, headers: headers('text/plain; charset=utf-8') });

/** The protocol handler, without Electron (unit-tested with plain Request objects). */
export function createAppProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: headers('text/plain; charset=utf-8') });
    }
    const file = rendererFileFor(request.url, rendererDir);
    if (file === null) return notFound();
    try {
      // fs reads inside app.asar in Electron's main process. A folder, a missing file or a symlink
      // (the build makes none; one could lead out of the folder) is a 404.
      if (!(await lstat(file)).isFile()) return notFound();
      const bytes = await readFile(file);
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(bytes), { status: 200, headers: headers(mimeTypeOf(file)) });
    } catch {
      return notFound();
    }
  };
}

/** After `ready`: app://pressdesk/ serves out/renderer (the default session, which our window uses). */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
}

/** True for a URL of our own page's origin (app://pressdesk, or the dev server's origin). */
export function sameAppOrigin(url: string, appUrl: string): boolean {
  try {
    const a = new URL(url);
    const b = new URL(appUrl);
    return a.protocol === b.protocol && a.host === b.host && a.host !== '' && a.username === '' && a.password === '';
  } catch {
    return false;
  }
}
