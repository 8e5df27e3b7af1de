import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createKeyService } from '../services/keys';
import { tempFolder } from '../test-helpers';

/** safeStorage as Electron has it on a Linux desktop: "available", with a backend we choose. */
type Backend = 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown';
const safeStorage = vi.hoisted(() => ({
  backend: 'basic_text' as Backend,
  isEncryptionAvailable: (): boolean => true,
  getSelectedStorageBackend(): Backend {
    return safeStorage.backend;
  },
  encryptString: (plain: string) => Buffer.from(`SEALED:${plain}`),
  decryptString: (sealed: Buffer) => {
    const text = sealed.toString();
    if (!text.startsWith('SEALED:')) throw new Error('not sealed');
    return text.slice('SEALED:'.length);
  },
}));
vi.mock('electron', () => ({ safeStorage }));

const { appKeys, initAppKeys, safeStorageBox } = await import('./keys');

describe('safeStorage as the key service’s SecretBox', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempFolder('pressdesk-main-keys-'));
    safeStorage.backend = 'basic_text';
  });
  afterEach(() => cleanup());

  it('protects on Windows and macOS, and on Linux only with a keyring — never with basic_text', () => {
    expect(safeStorageBox(safeStorage, 'win32').protects?.()).toBe(true);
    expect(safeStorageBox(safeStorage, 'darwin').protects?.()).toBe(true);
    expect(safeStorageBox(safeStorage, 'linux').protects?.()).toBe(false);
    safeStorage.backend = 'unknown';
    expect(safeStorageBox(safeStorage, 'linux').protects?.()).toBe(false);
    for (const backend of ['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6'] as const) {
      safeStorage.backend = backend;
      expect(safeStorageBox(safeStorage, 'linux').protects?.(), backend).toBe(true);
    }
    const unavailable = { ...safeStorage, isEncryptionAvailable: () => false };
    expect(safeStorageBox(unavailable, 'win32').protects?.()).toBe(false);
  });

  it('round-trips bytes through safeStorage strings', () => {
    const box = safeStorageBox(safeStorage, 'win32');
    const bytes = Buffer.from([0, 1, 2, 250, 255]);
    expect(box.decrypt(box.encrypt(bytes))).toEqual(bytes);
  });

  it('on Linux with basic_text the key is not sealed and is labelled file-permissions', async () => {
    vi.spyOn(process, 'platform', 'get').mockReturnValue('linux');
    const keys = initAppKeys(dir);
    expect(appKeys()).toBe(keys);
    expect((await keys.identity()).protection).toBe('file-permissions');
    const stored = JSON.parse(await fsp.readFile(join(dir, 'keys', 'ed25519.json'), 'utf8')) as { protection: string; privateKey: string };
    expect(stored.protection).toBe('file-permissions');
    expect(Buffer.from(stored.privateKey, 'base64').toString()).not.toContain('SEALED:');
  });

  it('a key an earlier version sealed under basic_text still opens, but is no longer called protected', async () => {
    vi.spyOn(process, 'platform', 'get').mockReturnValue('linux');
    // Before this check, the app sealed the key with basic_text and labelled it safe-storage.
    const { protects: _ignored, ...oldBox } = safeStorageBox(safeStorage, 'linux');
    const old = await createKeyService({ dir: join(dir, 'keys'), secretBox: oldBox }).identity();
    expect(old.protection).toBe('safe-storage');
    const stored = JSON.parse(await fsp.readFile(join(dir, 'keys', 'ed25519.json'), 'utf8')) as { protection: string };
    expect(stored.protection).toBe('safe-storage');
    const now = await initAppKeys(dir).identity();
    expect(now).toEqual({ ...old, protection: 'file-permissions' });
  });
});
