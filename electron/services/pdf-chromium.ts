/**
 * Print page -> PDF where Electron is absent (the CLI, the browser host): headless Chromium driven
 * by playwright-core. Which Chromium: PRESSDESK_CHROMIUM when set, else the system's
 * (/usr/bin/chromium, chromium-browser, google-chrome), else the one Playwright downloaded; none
 * is an AppFailure the CLI turns into one sentence. The page is set as content (no file, no
 * server); its own CSP lets nothing load or run but its stylesheet and embedded photos, and no
 * request leaves the browser either way (every route is refused).
 */
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { AppFailure } from './errors';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Background-networking off: no dialling out from a closed office network. */
const ARGS = ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The Chromium to use, and where it came from; null when there is none. */
export async function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): Promise<{ path: string; source: 'env' | 'system' | 'playwright' } | null> {
  const given = env['PRESSDESK_CHROMIUM']?.trim();
  if (given) return exists(given) ? { path: given, source: 'env' } : null;
  const system = SYSTEM_CHROMIUMS.find((path) => exists(path));
  if (system !== undefined) return { path: system, source: 'system' };
  try {
    const { chromium } = await import('playwright-core');
    const own = chromium.executablePath();
    return own && exists(own) ? { path: own, source: 'playwright' } : null;
  } catch {
    return null;
  }
}

export interface PdfRenderer {
  /** The PDF of a print page: its @page size, margins and margin boxes, backgrounds printed. */
  render(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** A renderer that starts Chromium on first use and keeps it, with one page, until close(); one page prints at a time. */
export function createPdfRenderer(env: NodeJS.ProcessEnv = process.env): PdfRenderer {
  let browser: Promise<{ browser: Browser; page: Page }> | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const launch = async (): Promise<{ browser: Browser; page: Page }> => {
    const found = await findChromium(env);
    if (found === null) throw new AppFailure('pdf-unavailable', { reason: env['PRESSDESK_CHROMIUM']?.trim() ? 'env-missing' : 'no-chromium' });
    const { chromium } = await import('playwright-core');
    // Root in a container cannot use Chromium's sandbox; the page runs no script and loads nothing.
    const root = typeof process.getuid === 'function' && process.getuid() === 0;
    const b = await chromium.launch({ executablePath: found.path, headless: true, args: root ? ['--no-sandbox', ...ARGS] : ARGS });
    const context = await b.newContext({ javaScriptEnabled: false, offline: true });
    await context.route('**/*', (route) => route.abort());
    return { browser: b, page: await context.newPage() };
  };
  const print = async (html: string): Promise<Uint8Array> => {
    browser ??= launch().catch((e: unknown) => {
      browser = null;
      throw e;
    });
    const { page } = await browser;
    // A fresh document each time: setContent on the last one would keep that page's CSP (and so
    // refuse this page's stylesheet, whose hash differs) and what it held of the last release.
    await page.goto('about:blank');
    await page.setContent(html, { waitUntil: 'load' });
    return new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  };
  return {
    render(html) {
      const next = queue.then(() => print(html));
      queue = next.catch(() => undefined);
      return next;
    },
    async close() {
      const b = browser;
      browser = null;
      if (b) await (await b.catch(() => null))?.browser.close();
    },
  };
}
