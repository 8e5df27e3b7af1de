/**
 * The browser-host benches' setup: a release packed into a fresh workspace, the host serving the
 * built renderer (out/renderer) in Vietnamese, Chromium on its page with the editor up. Opening
 * the file is a separate step, so a bench can start watching the page before it (spell.ts).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { packRelease } from '../../core/document/file-format';
import type { Release } from '../../core/document/release';
import { CHROMIUM_PATH } from '../chromium';
import { startHost, type RunningHost } from '../host/server';
import { releaseWithPhotos } from './large-release';
import { TYPING_CHROMIUM_ARGS, typeAndMeasure } from './typing';

const FILE = 'large.pressdesk';

export interface HostedRelease {
  page: Page;
  /** Closes Chromium and the host and deletes the workspace. */
  close(): Promise<void>;
}

export const editorBody = (page: Page) => page.locator('[data-testid="editor-body"] .ProseMirror');

/** `name` goes into the temporary folder's name; the editor is ready, the release not yet open. */
export async function hostWithRelease(name: string, release: Release, assets: Map<string, Uint8Array>): Promise<HostedRelease> {
  const base = await mkdtemp(join(tmpdir(), `pressdesk-bench-${name}-`));
  let host: RunningHost | undefined;
  let browser: Browser | undefined;
  const close = async (): Promise<void> => {
    await browser?.close();
    await host?.close();
    await rm(base, { recursive: true, force: true });
  };
  try {
    const workspace = join(base, 'workspace');
    host = await startHost({ rendererDir: resolve('out/renderer'), workspaceDir: workspace, userDataDir: join(base, 'user'), language: 'vi', firstRun: false });
    await writeFile(join(workspace, FILE), packRelease(release, { assets }));
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: TYPING_CHROMIUM_ARGS });
    const page = await browser.newPage();
    page.on('dialog', (dialog) => void (dialog.type() === 'prompt' ? dialog.accept(FILE) : dialog.dismiss()));
    await page.goto(host.url);
    await editorBody(page).and(page.locator('[contenteditable="true"]')).waitFor();
    return { page, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Open ▸ the workspace's release, waiting (up to a minute) until its headline is on screen. */
export async function openHostedRelease(page: Page, headline: string): Promise<void> {
  await page.getByRole('button', { name: 'Mở', exact: true }).click();
  await page.getByTestId('headline').filter({ hasText: headline.slice(0, 20) }).waitFor({ timeout: 60_000 });
}

/** The 20,000-word release with 30 photos hosted and opened (find.ts, glossary.ts). */
export async function openLargeRelease(name: string): Promise<HostedRelease> {
  const { release, assets } = releaseWithPhotos(20_000, 30);
  const hosted = await hostWithRelease(name, release, assets);
  try {
    await openHostedRelease(hosted.page, release.headline);
    return hosted;
  } catch (error) {
    await hosted.close();
    throw error;
  }
}

/** Types `text` at the end of the body; one keydown -> next frame latency per keystroke (typing.ts). */
export async function typeAtEnd(page: Page, text: string): Promise<number[]> {
  await editorBody(page).click();
  await page.keyboard.press('Control+End');
  return typeAndMeasure(page, text);
}
