// `npm start` on a fresh checkout: set-up (`npm install`) never downloads Electron's binary (from
// Electron 45 its package has no install script), so the first `npm start` fetches it, once. The
// binary is looked for by its files, not by require('electron'), which would start a download
// itself. A machine that cannot reach the download host gets one sentence: use the browser host
// (or set ELECTRON_MIRROR to an office mirror).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));

function installed() {
  try {
    const relative = readFileSync(join(electronDir, 'path.txt'), 'utf8');
    return relative !== '' && existsSync(join(electronDir, 'dist', relative));
  } catch {
    return false;
  }
}

if (!installed()) {
  console.log('PressDesk: downloading the Electron binary (first run only)…');
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  try {
    execFileSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'inherit', env });
  } catch {
    console.error(
      'PressDesk: the Electron binary could not be downloaded (no network, or its download host is blocked). ' +
        'Use `npm run host` to run PressDesk in a browser instead, or set ELECTRON_MIRROR to a mirror you can reach.',
    );
    process.exit(1);
  }
}
