/**
 * This installation's Ed25519 key pair, made on first use with node:crypto, and signing with it.
 *
 * The private key lives in `<userData>/keys/ed25519.json` (folder 0700, file 0600) as PKCS#8 DER in
 * base64. Where the injected SecretBox is available and protects (Electron safeStorage: the OS
 * keychain, DPAPI, or libsecret/kwallet — not Linux's keyring-less `basic_text`) it is encrypted
 * with it (`protection: 'safe-storage'`); elsewhere it is stored as it is, readable only by this
 * OS account (`protection: 'file-permissions'`). Nothing is
 * uploaded; the public key and its fingerprint are what others put on their trusted list.
 * No `electron` import: main/index.ts wires safeStorage into a SecretBox.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import type { ApprovalRecord, Release, WorkflowState } from '../../core/document/release';
import { approvalPayload, fingerprintOfKey, type UnsignedApproval } from '../../core/signoff/approval';
import { toBase64 } from '../../core/signoff/bytes';
import { chainHead, movePayload, nextMove, type SignedMove } from '../../core/signoff/chain';
import { CANONICAL_CONTENT_VERSION, contentHash } from '../../core/signoff/canonical';
import { writeFileAtomic } from './atomic-write';

/** Encrypts secrets at rest (Electron safeStorage in the app; a fake in tests). */
export interface SecretBox {
  isAvailable(): boolean;
  /**
   * Whether what it encrypts is really protected. Not on Linux without a keyring: safeStorage is
   * then "available" but encrypts with a fixed password (backend `basic_text`), so a key sealed
   * with it is no safer than the file itself. Absent: protected whenever available.
   */
  protects?(): boolean;
  encrypt(plain: Buffer): Buffer;
  decrypt(sealed: Buffer): Buffer;
}

export type KeyProtection = 'safe-storage' | 'file-permissions';

export interface PublicIdentity {
  /** Raw 32-byte Ed25519 public key, base64. */
  publicKey: string;
  /** sha256 of the raw public key, 64 hex digits. */
  fingerprint: string;
  protection: KeyProtection;
}

export const KEY_FILE_NAME = 'ed25519.json';
const KEY_FILE_FORMAT = 'pressdesk-key';

/** DER prefix of an Ed25519 SubjectPublicKeyInfo; the raw 32-byte key follows it. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export function publicKeyFromRaw(raw: Uint8Array): KeyObject {
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(raw)]), format: 'der', type: 'spki' });
}

export function rawPublicKey(key: KeyObject): Uint8Array {
  const der = key.export({ format: 'der', type: 'spki' });
  return new Uint8Array(der.subarray(der.length - 32));
}

/** Ed25519 verification with node:crypto; false (never a throw) for malformed input. */
export function verifySignature(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  try {
    if (publicKey.length !== 32 || signature.length !== 64) return false;
    return verify(null, message, publicKeyFromRaw(publicKey), signature);
  } catch {
    return false;
  }
}

/** `time` for a record: local wall-clock time with its zone offset, e.g. 2026-11-26T19:05:00+07:00. */
export function isoWithZone(now: Date): string {
  const pad = (n: number, w = 2): string => String(Math.abs(n)).padStart(w, '0');
  const offset = -now.getTimezoneOffset();
  const zone = `${offset >= 0 ? '+' : '-'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
  return (
    `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}` +
    `T${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}${zone}`
  );
}

const keyFileSchemaCheck = (raw: unknown): raw is { format: string; version: number; protection: KeyProtection; publicKey: string; privateKey: string } => {
  const r = raw as Record<string, unknown> | null;
  return (
    r !== null &&
    typeof r === 'object' &&
    r['format'] === KEY_FILE_FORMAT &&
    r['version'] === 1 &&
    (r['protection'] === 'safe-storage' || r['protection'] === 'file-permissions') &&
    typeof r['publicKey'] === 'string' &&
    typeof r['privateKey'] === 'string'
  );
};

export class KeyStoreError extends Error {
  constructor(
    readonly reason: 'damaged' | 'locked',
    message: string,
  ) {
    super(message);
    this.name = 'KeyStoreError';
  }
}

export interface KeyService {
  /** The public identity, creating the key pair on first use. */
  identity(): Promise<PublicIdentity>;
  /** A signed approval of the release's current content, made at its workflow chain head. */
  signApproval(release: Release, signer: { name: string; position: string }, note: string | undefined, now: Date): Promise<ApprovalRecord>;
  /** The signed record of one workflow move from `from`, chained onto the release's log (core/signoff/chain.ts). */
  signMove(release: Release, from: WorkflowState, move: { to: WorkflowState; who: string; note: string }, now: Date): Promise<SignedMove>;
}

export function createKeyService(options: { dir: string; secretBox: SecretBox }): KeyService {
  const file = join(options.dir, KEY_FILE_NAME);
  const boxProtects = (): boolean => options.secretBox.protects?.() ?? true;
  let loaded: Promise<{ identity: PublicIdentity; privateKey: KeyObject }> | null = null;

  const create = async (): Promise<{ identity: PublicIdentity; privateKey: KeyObject }> => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const raw = rawPublicKey(publicKey);
    const pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' });
    // Sealing with a box that does not protect (basic_text) would only make the label lie.
    const protection: KeyProtection = options.secretBox.isAvailable() && boxProtects() ? 'safe-storage' : 'file-permissions';
    const stored = protection === 'safe-storage' ? options.secretBox.encrypt(pkcs8) : pkcs8;
    const record = { format: KEY_FILE_FORMAT, version: 1, protection, publicKey: toBase64(raw), privateKey: stored.toString('base64') };
    await fsp.mkdir(options.dir, { recursive: true, mode: 0o700 });
    await writeFileAtomic(file, new TextEncoder().encode(JSON.stringify(record, null, 2) + '\n'), fsp, { mode: 0o600 });
    await fsp.chmod(file, 0o600).catch(() => undefined);
    return { identity: { publicKey: record.publicKey, fingerprint: fingerprintOfKey(raw), protection }, privateKey };
  };

  const load = async (): Promise<{ identity: PublicIdentity; privateKey: KeyObject }> => {
    let text: string;
    try {
      text = await fsp.readFile(file, 'utf8');
    } catch (e) {
      if ((e as { code?: unknown }).code === 'ENOENT') return create();
      throw e;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      raw = null;
    }
    if (!keyFileSchemaCheck(raw)) throw new KeyStoreError('damaged', `the signing key file ${file} is damaged`);
    let der: Buffer = Buffer.from(raw.privateKey, 'base64');
    if (raw.protection === 'safe-storage' && !options.secretBox.isAvailable()) {
      throw new KeyStoreError('locked', 'the system key store that protects the signing key is not available');
    }
    let privateKey: KeyObject;
    try {
      if (raw.protection === 'safe-storage') der = options.secretBox.decrypt(der);
      privateKey = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
    } catch {
      // Bytes that do not decrypt or parse: the same plain answer as a damaged file, not a crash.
      throw new KeyStoreError('damaged', `the signing key in ${file} cannot be read`);
    }
    const publicRaw = rawPublicKey(createPublicKey(privateKey));
    if (toBase64(publicRaw) !== raw.publicKey) throw new KeyStoreError('damaged', `the signing key file ${file} does not match its public key`);
    // A key sealed earlier by a box that does not protect (basic_text) is only as safe as its file.
    const protection: KeyProtection = raw.protection === 'safe-storage' && boxProtects() ? 'safe-storage' : 'file-permissions';
    return { identity: { publicKey: raw.publicKey, fingerprint: fingerprintOfKey(publicRaw), protection }, privateKey };
  };

  const get = (): Promise<{ identity: PublicIdentity; privateKey: KeyObject }> => {
    loaded ??= load().catch((e: unknown) => {
      loaded = null;
      throw e;
    });
    return loaded;
  };

  return {
    identity: async () => (await get()).identity,
    signApproval: async (release, signer, note, now) => {
      const { identity, privateKey } = await get();
      const unsigned: UnsignedApproval = {
        signerName: signer.name.normalize('NFC'),
        signerPosition: signer.position.normalize('NFC'),
        fingerprint: identity.fingerprint,
        publicKey: identity.publicKey,
        time: isoWithZone(now),
        contentHash: contentHash(release, CANONICAL_CONTENT_VERSION),
        contentForm: CANONICAL_CONTENT_VERSION,
        ...(note !== undefined && note !== '' ? { note: note.normalize('NFC') } : {}),
        chainHead: chainHead(release.workflow.log),
      };
      const signature = sign(null, approvalPayload(unsigned), privateKey);
      return { ...unsigned, signature: signature.toString('base64') };
    },
    signMove: async (release, from, move, now) => {
      const { identity, privateKey } = await get();
      const unsigned = nextMove(
        release,
        from,
        { to: move.to, who: move.who.normalize('NFC'), when: isoWithZone(now), note: move.note.normalize('NFC') },
        { fingerprint: identity.fingerprint, publicKey: identity.publicKey },
      );
      return { ...unsigned, signature: sign(null, movePayload(unsigned), privateKey).toString('base64') };
    },
  };
}
