/**
 * The browser host: serves the built renderer and the same handler functions as ipcMain, over
 * HTTP on 127.0.0.1, so e2e tests (and anyone without the Electron binary) can use PressDesk in
 * Chromium. A local server that writes files is an attack surface, so: loopback only, a random
 * per-run token on every call (injected into the page), foreign Origins and Hosts rejected, and
 * file access confined to the workspace it was started with (never the user-data folder).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, mkdir, realpath } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, isAbsolute, join, resolve, sep } from 'node:path';
import { API_NAMES, type ApiName, type Language } from '../../electron/api';
import { createHandlers, invokeHandler } from '../../electron/handlers';
import { CONTENT_SECURITY_POLICY } from '../../electron/services/csp';
import { createKeyService, type SecretBox } from '../../electron/services/keys';
import { createPdfRenderer } from '../../electron/services/pdf-chromium';
import type { Printer } from '../../electron/services/printer';
import { createRootsPolicy } from '../../electron/services/path-policy';
import { createMemorySettingsStore, defaultSettings } from '../../electron/services/settings';
import { loadSampleRelease, sampleFileName } from '../../electron/services/startup-files';
import { bridgeScript } from './bridge';

/** The browser host has no OS key store: the signing key is kept readable by this account only. */
const NO_SECRET_BOX: SecretBox = {
  isAvailable: () => false,
  encrypt: () => {
    throw new Error('no secret box in the browser host');
  },
  decrypt: () => {
    throw new Error('no secret box in the browser host');
  },
};

export interface HostOptions {
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** Where the user's .pressdesk files may be opened and saved. */
  workspaceDir: string;
  /** Stands in for Electron's userData: signing key and recovery copies; no request may name a path in it. */
  userDataDir: string;
  port?: number;
  language?: Language;
  /** Whether this start counts as the first (shows the sample release). */
  firstRun?: boolean;
  openPathAtStart?: string | null;
  /** Stands in for the sample of every language (default: assets/, by the UI language). */
  sampleFile?: string;
  appVersion?: string;
}

export interface RunningHost {
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 768 * 1024 * 1024;

/** Print pages kept for their tab (a reload prints again); older ones are forgotten. */
const KEPT_PRINT_PAGES = 8;
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const workspaceDir = await ensureDir(options.workspaceDir);
  const userDataDir = await ensureDir(options.userDataDir);
  const rendererDir = resolve(options.rendererDir);
  const indexHtml = await readFile(join(rendererDir, 'index.html'), 'utf8').catch(() => {
    throw new Error(`No built renderer at ${rendererDir}: run \`npx electron-vite build\` first.`);
  });
  const token = randomBytes(32).toString('hex');
  const language = options.language ?? 'vi';
  const settings = createMemorySettingsStore({
    ...defaultSettings(language),
    sampleShown: options.firstRun === false,
  });
  // Print…: the print page is served to a tab of its own (the browser prints it); Export ▸ PDF
  // prints it in headless Chromium, as the CLI does.
  const pdf = createPdfRenderer();
  const printPages = new Map<string, string>();
  const printer: Printer = {
    pdf: (html) => pdf.render(html),
    print: async (html) => {
      const id = randomBytes(16).toString('hex');
      printPages.set(id, html);
      for (const old of printPages.keys()) if (printPages.size > KEPT_PRINT_PAGES) printPages.delete(old);
      return { url: `/__pressdesk/print/${id}?token=${token}`, printed: false };
    },
  };
  const sampleFile = (lang: Language): string => options.sampleFile ?? resolve(rendererDir, '../../assets', sampleFileName(lang));
  const handlers = createHandlers({
    settings,
    // The bridge always supplies a path (asked with window.prompt), so a dialog here means "cancel".
    dialogs: {
      chooseOpenPath: async () => null,
      chooseSavePath: async () => null,
      chooseExportPath: async () => null,
      chooseImportPath: async () => null,
      chooseImagePath: async () => null,
      chooseTrustedImportPath: async () => null,
      chooseTrustedExportPath: async () => null,
    },
    // Requests name files in the workspace only: user data (signing key, recovery, asset cache) is
    // written by the services under names of their own, never at a path a request names.
    paths: createRootsPolicy([workspaceDir], [userDataDir]),
    defaultRecoveryDir: join(userDataDir, 'recovery'),
    assetCacheDir: join(userDataDir, 'asset-cache'),
    window: { setDocumentState: () => undefined, close: () => undefined },
    appVersion: options.appVersion ?? 'dev',
    host: 'browser-host',
    openPathAtStart: options.openPathAtStart ?? null,
    // No SecretBox here: the host's key is protected by file permissions only.
    keys: createKeyService({ dir: join(userDataDir, 'keys'), secretBox: NO_SECRET_BOX }),
    loadSample: (lang) => loadSampleRelease(sampleFile(lang)),
    printer,
  });

  let origin = '';
  const server = createServer((req, res) => {
    handle(req, res).catch(() => send(res, 500, 'text/plain; charset=utf-8', 'Internal error'));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // DNS rebinding: only our own host name is served.
    if (req.headers.host !== new URL(origin).host) return send(res, 421, 'text/plain', 'Wrong host');
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url.pathname.slice(5));
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed');
    if (url.pathname === '/' || url.pathname === '/index.html') {
      if (!sameSecret(url.searchParams.get('token') ?? '', token)) {
        return send(res, 403, 'text/plain; charset=utf-8', 'PressDesk host: open the URL printed by `npm run host` (it carries the access token).');
      }
      return send(res, 200, MIME['.html']!, injectBridge(indexHtml, token, workspaceDir));
    }
    if (url.pathname === '/__pressdesk/bridge.js') return send(res, 200, MIME['.js']!, bridgeScript());
    if (url.pathname.startsWith('/__pressdesk/print/')) {
      const page = printPages.get(url.pathname.slice('/__pressdesk/print/'.length));
      if (!sameSecret(url.searchParams.get('token') ?? '', token) || page === undefined) return send(res, 404, 'text/plain', 'Not found');
      // The page's own policy (no script, its stylesheet by hash, data: photos), not the app's.
      return send(res, 200, MIME['.html']!, page, printPageHeaderCsp(page));
    }
    return serveStatic(res, url.pathname);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'text/plain', 'Method not allowed');
    const requestOrigin = req.headers.origin;
    if (requestOrigin !== origin) return send(res, 403, 'text/plain', 'Foreign origin');
    if (!sameSecret(String(req.headers['x-pressdesk-token'] ?? ''), token)) return send(res, 403, 'text/plain', 'Bad token');
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'text/plain', 'JSON only');
    if (!(API_NAMES as string[]).includes(name)) return send(res, 404, 'text/plain', 'Unknown call');
    let payload: unknown;
    try {
      payload = JSON.parse(await readBody(req));
    } catch {
      return sendJson(res, { ok: false, error: { code: 'invalid-request' } });
    }
    const result = await invokeHandler(handlers, name as ApiName, withWorkspacePaths(payload, workspaceDir));
    return sendJson(res, result);
  }

  async function serveStatic(res: ServerResponse, pathname: string): Promise<void> {
    const file = resolve(rendererDir, '.' + decodeURIComponent(pathname));
    if (!file.startsWith(rendererDir + sep)) return send(res, 404, 'text/plain', 'Not found');
    try {
      const bytes = await readFile(file);
      return send(res, 200, MIME[extname(file)] ?? 'application/octet-stream', bytes);
    } catch {
      return send(res, 404, 'text/plain', 'Not found');
    }
  }

  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', ready);
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    token,
    url: `${origin}/?token=${token}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => void pdf.close().then(done, done));
      }),
  };
}

/** Paths typed at the prompt may be relative: they are relative to the workspace. */
function withWorkspacePaths(payload: unknown, workspaceDir: string): unknown {
  if (typeof payload !== 'object' || payload === null || !('path' in payload)) return payload;
  const path = (payload as { path: unknown }).path;
  if (typeof path !== 'string' || path === '' || isAbsolute(path)) return payload;
  return { ...payload, path: join(workspaceDir, path) };
}

function injectBridge(html: string, token: string, workspaceDir: string): string {
  const tags =
    `<meta name="pressdesk-token" content="${token}">\n` +
    `<meta name="pressdesk-workspace" content="${escapeAttribute(workspaceDir)}">\n` +
    `<script src="/__pressdesk/bridge.js"></script>\n`;
  return html.replace(/<head>/i, (head) => `${head}\n${tags}`);
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new Error('Request too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The print page's CSP as its meta tag states it. */
function printPageHeaderCsp(page: string): string {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page);
  return meta ? meta[1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&') : "default-src 'none'";
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, csp: string = CONTENT_SECURITY_POLICY): void {
  res.writeHead(status, {
    'content-type': type,
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  });
  res.end(body);
}

function sendJson(res: ServerResponse, value: unknown): void {
  send(res, 200, 'application/json; charset=utf-8', JSON.stringify(value));
}

async function ensureDir(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  return realpath(dir);
}
