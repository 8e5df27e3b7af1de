/**
 * electron-builder.yml read the way `npm run dist` reads it (electron-builder's own loader and
 * schema), so a misspelt fuse key fails here instead of being ignored at packaging.
 */
import { resolve } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
/** validateConfiguration only logs through it. */
const quietLogger = { isEnabled: false, add: () => undefined } as unknown as Parameters<typeof validateConfiguration>[1];

describe('packaging (electron-builder.yml)', () => {
  it('flips the security fuses', async () => {
    const config = await getConfig(ROOT, null, null);
    await validateConfiguration(config, quietLogger);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // Integrity validation covers app.asar only: the app must be packed into one.
    expect(config.asar).toBe(true);
  });

  it('the schema refuses a misspelt fuse (so the check above means something)', async () => {
    const config = await getConfig(ROOT, null, null);
    await expect(validateConfiguration({ ...config, electronFuses: { runAsNod: false } as never }, quietLogger)).rejects.toThrow(/electronFuses/);
  });
});
