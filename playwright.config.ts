import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig, type Project } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/chromium';



function electronBinaryPresent(): boolean {
  try {
    const binary = createRequire(import.meta.url)('electron') as unknown as string;
    return existsSync(binary);
  } catch {
    return false;
  }
}

const projects: Project[] = [
  {
    name: 'browser-host',
    use: { browserName: 'chromium', launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } },
  },
];

if (process.env['E2E_ELECTRON'] === '1' && electronBinaryPresent()) {
  // The browser fixture is still created (unused) in this project: point it at Debian Chromium too.
  projects.push({
    name: 'electron',
    use: { launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } },
    metadata: { electron: true },
  });
} else if (!process.env['PLAYWRIGHT_WORKER_QUIET']) {
  process.env['PLAYWRIGHT_WORKER_QUIET'] = '1';
  console.log(
    '[e2e] electron project skipped: ' +
      (process.env['E2E_ELECTRON'] === '1' ? 'the Electron binary is not installed.' : 'set E2E_ELECTRON=1 (needs the Electron binary) to run it.'),
  );
}

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  // Generous for a 2-core machine under load (a loaded run took 2.5 times as long); every wait
  // still polls for its condition, so a passing run is no slower.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  retries: 0,
  reporter: [['list']],
  use: { trace: 'off', screenshot: 'only-on-failure' },
  projects,
});
