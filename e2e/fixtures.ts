/**
 * The `app` fixture every spec uses: PressDesk with fresh folders, driven through the browser host
 * in Debian Chromium, or through Playwright's `_electron` when the electron project runs. Specs
 * never touch the host or Electron directly, so the same specs serve both.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { test as base, _electron, type Browser, type ElectronApplication, type Page } from '@playwright/test';

export interface AppOptions {
  language: 'vi' | 'en';
  /** Show the first-start sample release (off by default so specs start from a new release). */
  firstRun: boolean;
  /** The browser's own locale (null: the UI language's), to show that dates follow the app, not it. */
  browserLocale: string | null;
}

export interface PressDeskApp {
  page: Page;
  /** Folder where the spec's files live (the host allows files in here only, never in userData). */
  workspace: string;
  userData: string;
  /** The next Open/Save-as question is answered with this path. */
  answerPathPrompt(path: string): Promise<void>;
  /**
   * Ends the app — `kill: true` the way a crash or power cut does — and starts it again on the same
   * folders; with `user`, as that person (their own user-data folder, `user-data-<user>`: another
   * profile and signing key on the same workspace), or on the `userData` folder given (back to
   * the first person: their `app.userData` from before).
   */
  restart(options: { kill: boolean; user?: string; userData?: string }): Promise<void>;
}

const ROOT = resolve(import.meta.dirname, '..');

interface Launched {
  page: Page;
  stop(kill: boolean): Promise<void>;
  answerPathPrompt(path: string): Promise<void>;
}

async function launchHost(browser: Browser, dirs: { workspace: string; userData: string }, options: AppOptions): Promise<Launched> {
  const args = ['--import', 'tsx', 'e2e/host/cli.ts', '--workspace', dirs.workspace, '--user-data', dirs.userData, '--lang', options.language];
  if (!options.firstRun) args.push('--no-sample');
  const child: ChildProcess = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((found, fail) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = /PressDesk host: (\S+)/.exec(line);
      if (match) found(match[1]!);
    });
    child.once('exit', (code) => fail(new Error(`host exited early (${code})`)));
  });
  const context = await browser.newContext({ locale: options.browserLocale ?? (options.language === 'vi' ? 'vi-VN' : 'en-US') });
  const page = await context.newPage();
  await page.goto(url);
  let pendingPath: string | null = null;
  page.on('dialog', (dialog) => {
    if (dialog.type() === 'prompt' && pendingPath !== null) {
      const path = pendingPath;
      pendingPath = null;
      void dialog.accept(path);
    } else if (dialog.type() === 'beforeunload') {
      void dialog.accept();
    } else {
      void dialog.dismiss();
    }
  });
  return {
    page,
    answerPathPrompt: async (path) => {
      pendingPath = path;
    },
    stop: async (kill) => {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill(kill ? 'SIGKILL' : 'SIGTERM');
      await exited;
      await context.close();
    },
  };
}

async function launchElectron(dirs: { workspace: string; userData: string }, options: AppOptions): Promise<Launched> {
  const electronApp: ElectronApplication = await _electron.launch({
    args: [ROOT],
    env: {
      ...process.env,
      PRESSDESK_USER_DATA: dirs.userData,
      PRESSDESK_LANG: options.language,
      PRESSDESK_NO_SAMPLE: options.firstRun ? '' : '1',
    },
  });
  const page = await electronApp.firstWindow();
  return {
    page,
    answerPathPrompt: async (path) => {
      await electronApp.evaluate(({ dialog }, chosen) => {
        dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [chosen] })) as typeof dialog.showOpenDialog;
        dialog.showSaveDialog = (async () => ({ canceled: false, filePath: chosen })) as typeof dialog.showSaveDialog;
      }, path);
    },
    stop: async (kill) => {
      if (kill) electronApp.process().kill('SIGKILL');
      else await electronApp.close();
    },
  };
}

export const test = base.extend<AppOptions & { app: PressDeskApp }>({
  language: ['en', { option: true }],
  firstRun: [false, { option: true }],
  browserLocale: [null, { option: true }],
  app: async ({ browser, language, firstRun, browserLocale }, use, testInfo) => {
    const base = await mkdtemp(join(tmpdir(), 'pressdesk-e2e-'));
    const dirs = { workspace: join(base, 'workspace'), userData: join(base, 'user-data') };
    const electron = testInfo.project.metadata['electron'] === true;
    const launch = (first: boolean): Promise<Launched> =>
      electron ? launchElectron(dirs, { language, firstRun: first, browserLocale }) : launchHost(browser, dirs, { language, firstRun: first, browserLocale });
    let current = await launch(firstRun);
    const app: PressDeskApp = {
      get page() {
        return current.page;
      },
      workspace: dirs.workspace,
      get userData() {
        return dirs.userData;
      },
      answerPathPrompt: (path) => current.answerPathPrompt(path),
      restart: async ({ kill, user, userData }) => {
        await current.stop(kill);
        if (user !== undefined) dirs.userData = join(base, `user-data-${user}`);
        if (userData !== undefined) dirs.userData = userData;
        current = await launch(false);
      },
    };
    await use(app);
    await current.stop(false).catch(() => undefined);
    await rm(base, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
