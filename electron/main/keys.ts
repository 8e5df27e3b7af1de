/**
 * Wires Electron's safeStorage (OS keychain / DPAPI / libsecret) into the key service as its
 * SecretBox. safeStorage encrypts strings, so the key bytes travel as base64.
 */
import { safeStorage } from 'electron';
import { join } from 'node:path';
import { createKeyService, type KeyService, type SecretBox } from '../services/keys';

/** Linux backends that keep safeStorage's key in a real keyring. */
const LINUX_KEYRINGS = new Set(['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6']);

type SafeStorage = Pick<typeof safeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'>;

/**
 * safeStorage as a SecretBox. On Linux without a keyring it reports itself available but uses
 * the `basic_text` backend — a fixed password anyone can look up — so there it does not protect
 * (nor does 'unknown', only seen before `ready`): the key is then labelled file-permissions.
 */
export function safeStorageBox(storage: SafeStorage, platform: NodeJS.Platform): SecretBox {
  return {
    isAvailable: () => storage.isEncryptionAvailable(),
    protects: () => storage.isEncryptionAvailable() && (platform !== 'linux' || LINUX_KEYRINGS.has(storage.getSelectedStorageBackend())),
    encrypt: (plain) => storage.encryptString(plain.toString('base64')),
    decrypt: (sealed) => Buffer.from(storage.decryptString(sealed), 'base64'),
  };
}

let service: KeyService | null = null;

/** Called once the app is ready (safeStorage needs it); the key pair itself is made on first use. */
export function initAppKeys(userData: string): KeyService {
  service = createKeyService({ dir: join(userData, 'keys'), secretBox: safeStorageBox(safeStorage, process.platform) });
  return service;
}

/** The installation's key service, for the sign-off handlers. */
export function appKeys(): KeyService {
  if (service === null) throw new Error('keys used before the app was ready');
  return service;
}
