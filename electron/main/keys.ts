/**
 * Wires Electron's safeStorage (OS keychain / DPAPI / libsecret) into the key service as its
 * SecretBox. safeStorage encrypts strings, so the key bytes travel as base64.
 */
import { safeStorage } from 'electron';
import { join } from 'node:path';
import { createKeyService, type KeyService, type SecretBox } from '../services/keys';

export const electronSecretBox: SecretBox = {
  isAvailable: () => safeStorage.isEncryptionAvailable(),
  encrypt: (plain) => safeStorage.encryptString(plain.toString('base64')),
  decrypt: (sealed) => Buffer.from(safeStorage.decryptString(sealed), 'base64'),
};

let service: KeyService | null = null;

/** Called once the app is ready (safeStorage needs it); the key pair itself is made on first use. */
export function initAppKeys(userData: string): KeyService {
  service = createKeyService({ dir: join(userData, 'keys'), secretBox: electronSecretBox });
  return service;
}

/** The installation's key service, for the sign-off handlers. */
export function appKeys(): KeyService {
  if (service === null) throw new Error('keys used before the app was ready');
  return service;
}
