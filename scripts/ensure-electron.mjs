// `npm start` on a fresh checkout: Electron's binary is fetched by its own install script; if that
// was skipped (ELECTRON_SKIP_BINARY_DOWNLOAD, offline install), fetch it now, once.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
try {
  require('electron');
} catch {
  console.log('PressDesk: downloading the Electron binary (first run only)…');
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  try {
    execFileSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'inherit', env });
  } catch {
    console.error(
      'PressDesk: the Electron binary could not be downloaded (no network?). ' +
        'Try `npm run host` to use PressDesk in a browser instead.',
    );
    process.exit(1);
  }
}
