import { generateKeyPairSync, sign } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { approvalPayload, approvalStanding, fingerprintOfKey, releaseApprovalState } from '../../core/signoff/approval';
import { appendMove, CHAIN_GENESIS, chainHead, moveSignatureHolds } from '../../core/signoff/chain';
import { fromBase64 } from '../../core/signoff/bytes';
import { contentHash } from '../../core/signoff/canonical';
import { releaseSchema } from '../../core/document/release';
import { tempFolder, vietnameseRelease } from '../test-helpers';
import { toAppError } from './errors';
import { createKeyService, isoWithZone, KEY_FILE_NAME, rawPublicKey, verifySignature, type SecretBox } from './keys';

/** A reversible stand-in for safeStorage: XOR with a byte, with a marker so we can see it was used. */
function fakeBox(available = true): SecretBox & { used: number } {
  const box = {
    used: 0,
    isAvailable: () => available,
    encrypt: (b: Buffer) => {
      box.used++;
      return Buffer.concat([Buffer.from('SEALED'), Buffer.from(b.map((x) => x ^ 0x5a))]);
    },
    decrypt: (b: Buffer) => {
      if (!b.subarray(0, 6).equals(Buffer.from('SEALED'))) throw new Error('not sealed');
      return Buffer.from(b.subarray(6).map((x) => x ^ 0x5a));
    },
  };
  return box;
}

describe('keys service', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempFolder('pressdesk-keys-')));
  afterEach(() => cleanup());

  it('makes a key pair on first use, keeps it (0600, encrypted with the box) and reuses it', async () => {
    const box = fakeBox();
    const keys = createKeyService({ dir: join(dir, 'keys'), secretBox: box });
    const id = await keys.identity();
    expect(id.protection).toBe('safe-storage');
    expect(id.fingerprint).toBe(fingerprintOfKey(fromBase64(id.publicKey)!));
    const file = join(dir, 'keys', KEY_FILE_NAME);
    if (process.platform !== 'win32') expect((await fsp.stat(file)).mode & 0o777).toBe(0o600);
    const stored = JSON.parse(await fsp.readFile(file, 'utf8')) as { privateKey: string };
    expect(Buffer.from(stored.privateKey, 'base64').subarray(0, 6).toString()).toBe('SEALED');
    expect(box.used).toBe(1);
    const again = createKeyService({ dir: join(dir, 'keys'), secretBox: box });
    expect(await again.identity()).toEqual(id);
    expect(box.used).toBe(1);
  });

  it('stores the key unencrypted (file permissions only) where no secret store is available, and says so', async () => {
    const keys = createKeyService({ dir: join(dir, 'keys'), secretBox: fakeBox(false) });
    expect((await keys.identity()).protection).toBe('file-permissions');
    const locked = createKeyService({ dir: join(dir, 'keys2'), secretBox: fakeBox(true) });
    await locked.identity();
    await expect(createKeyService({ dir: join(dir, 'keys2'), secretBox: fakeBox(false) }).identity()).rejects.toMatchObject({ reason: 'locked' });
  });

  it('signs an approval that verifies with real Ed25519 and passes the file schema', async () => {
    const keys = createKeyService({ dir, secretBox: fakeBox() });
    const release = vietnameseRelease();
    const record = await keys.signApproval(release, { name: 'Nguyễn Văn An', position: 'Chánh Văn phòng' }, 'Đồng ý', new Date('2026-11-26T02:30:00Z'));
    expect(record).toMatchObject({ signerName: 'Nguyễn Văn An', contentHash: contentHash(release), note: 'Đồng ý' });
    expect(record.time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
    expect(new Date(record.time).toISOString()).toBe('2026-11-26T02:30:00.000Z');
    const signed = { ...release, approvals: [record] };
    expect(releaseSchema.safeParse(signed).success).toBe(true);
    const { signature, ...unsigned } = record;
    expect(verifySignature(fromBase64(record.publicKey)!, approvalPayload(unsigned), fromBase64(signature)!)).toBe(true);

    const id = await keys.identity();
    const trusted = [{ name: 'Nguyễn Văn An', position: 'Chánh Văn phòng', fingerprint: id.fingerprint, publicKey: id.publicKey }];
    expect(releaseApprovalState(signed, trusted, verifySignature).statuses.map((s) => s.verdict)).toEqual(['valid']);
    expect(releaseApprovalState({ ...signed, sapo: signed.sapo + ' ' }, trusted, verifySignature).statuses[0]!.verdict).toBe('content-changed');
    expect(releaseApprovalState({ ...signed, approvals: [{ ...record, signerName: 'Kẻ giả mạo' }] }, trusted, verifySignature).statuses[0]!.verdict).toBe('bad-signature');
    expect(releaseApprovalState(signed, [], verifySignature).statuses[0]!.verdict).toBe('untrusted-key');
  });

  it('signs workflow moves with real Ed25519, chained onto the log, and names the chain head in the approval', async () => {
    const keys = createKeyService({ dir, secretBox: fakeBox() });
    const id = await keys.identity();
    const now = new Date('2026-11-26T02:30:00Z');
    const release = vietnameseRelease();
    const submit = await keys.signMove(release, 'draft', { to: 'in-review', who: 'Lê Thị Hoa', note: 'Nhờ duyệt' }, now);
    expect(submit).toMatchObject({ from: 'draft', to: 'in-review', who: 'Lê Thị Hoa', note: 'Nhờ duyệt', prev: CHAIN_GENESIS, fingerprint: id.fingerprint, publicKey: id.publicKey, contentHash: contentHash(release) });
    expect(new Date(submit.when).toISOString()).toBe('2026-11-26T02:30:00.000Z');
    expect(moveSignatureHolds(submit, verifySignature)).toBe(true);
    expect(moveSignatureHolds({ ...submit, note: 'Khác' }, verifySignature)).toBe(false);
    const inReview = appendMove(release, submit);
    const approval = await keys.signApproval(inReview, { name: 'Nguyễn Văn An', position: 'Chánh Văn phòng' }, undefined, now);
    expect(approval.chainHead).toBe(chainHead(inReview.workflow.log));
    const approve = await keys.signMove({ ...inReview, approvals: [approval] }, 'in-review', { to: 'approved', who: 'Nguyễn Văn An', note: '' }, now);
    const approved = appendMove({ ...inReview, approvals: [approval] }, approve);
    expect(releaseSchema.safeParse(approved).success).toBe(true);
    const trusted = [{ name: 'Nguyễn Văn An', position: 'Chánh Văn phòng', fingerprint: id.fingerprint, publicKey: id.publicKey }];
    const state = releaseApprovalState(approved, trusted, verifySignature);
    expect(state.chain.moves.map((m) => m.verdict)).toEqual(['valid', 'valid']);
    expect(approvalStanding(approved, state)).toMatchObject({ approved: true, approval });
    // A move the workflow does not allow is never signed.
    await expect(keys.signMove(release, 'draft', { to: 'published', who: 'x', note: '' }, now)).rejects.toThrow(/cannot move/);
  });

  it('verifySignature refuses wrong keys, altered messages and malformed input without throwing', () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const other = rawPublicKey(generateKeyPairSync('ed25519').publicKey);
    const message = new TextEncoder().encode('thông cáo');
    const sig = new Uint8Array(sign(null, message, privateKey));
    const raw = rawPublicKey(publicKey);
    expect(verifySignature(raw, message, sig)).toBe(true);
    expect(verifySignature(other, message, sig)).toBe(false);
    expect(verifySignature(raw, new TextEncoder().encode('thông cáo!'), sig)).toBe(false);
    expect(verifySignature(raw.subarray(1), message, sig)).toBe(false);
    expect(verifySignature(raw, message, sig.subarray(1))).toBe(false);
  });

  it('a damaged or unreadable key file, or a locked keyring, is a plain signing-key error and the file is kept', async () => {
    const keysDir = join(dir, 'keys');
    await createKeyService({ dir: keysDir, secretBox: fakeBox() }).identity();
    const file = join(keysDir, KEY_FILE_NAME);
    const good = await fsp.readFile(file, 'utf8');
    const failure = async (box: SecretBox): Promise<unknown> => createKeyService({ dir: keysDir, secretBox: box }).identity().catch((e: unknown) => e);

    // The keyring is unavailable (e.g. not signed in to the desktop session).
    expect(toAppError(await failure(fakeBox(false)))).toEqual({ code: 'signing-key', params: { reason: 'locked' } });
    // The private key bytes no longer decrypt / parse.
    const record = JSON.parse(good) as Record<string, string>;
    await fsp.writeFile(file, JSON.stringify({ ...record, privateKey: Buffer.from('SEALEDgarbage').toString('base64') }));
    expect(toAppError(await failure(fakeBox()))).toEqual({ code: 'signing-key', params: { reason: 'damaged' } });
    // Not JSON at all.
    await fsp.writeFile(file, '{ half a file');
    expect(toAppError(await failure(fakeBox()))).toEqual({ code: 'signing-key', params: { reason: 'damaged' } });
    // Nothing replaced the damaged file with a new key: the approver's identity is not silently changed.
    expect(await fsp.readFile(file, 'utf8')).toBe('{ half a file');
  });

  it('writes times in ISO 8601 with the zone', () => {
    expect(isoWithZone(new Date('2026-01-02T03:04:05Z'))).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
  });
});
