/**
 * Tests only: a stand-in for Ed25519 with the same shapes (32-byte key, 64-byte signature), built on
 * sha256 so core tests need no node:crypto. It exercises the verdict logic, not the cryptography
 * (electron/services/keys.test.ts does that with real Ed25519).
 */
import type { ApprovalRecord, Release, WorkflowState } from '../document/release';
import { sha256 } from '../document/sha256';
import { approvalPayload, fingerprintOfKey, type SignatureVerifier } from './approval';
import { toBase64 } from './bytes';
import { CANONICAL_CONTENT_VERSION, contentHash } from './canonical';
import { appendMove, chainHead, movePayload, nextMove, type SignedMove } from './chain';
import type { TrustedApprover } from './trusted';

const concat = (a: Uint8Array, b: Uint8Array): Uint8Array => {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
};

/** The stand-in signature of `message` by `key` (tests that build records by hand). */
export const fakeSign = (key: Uint8Array, message: Uint8Array): Uint8Array => concat(sha256(concat(key, message)), sha256(concat(message, key)));

export const fakeVerify: SignatureVerifier = (key, message, signature) => {
  const expected = fakeSign(key, message);
  return signature.length === 64 && expected.every((b, i) => b === signature[i]);
};

export interface FakeSigner {
  publicKey: Uint8Array;
  trusted: TrustedApprover;
  approve(release: Release, note?: string, time?: string): ApprovalRecord;
  /** An approval made at the release's chain head (format 1.3). */
  approveAt(release: Release, note?: string, time?: string): ApprovalRecord;
  /** The signed record of a move from the release's stored state, chained onto its log. */
  signMove(release: Release, to: WorkflowState, note?: string, when?: string): SignedMove;
  /** The release after a signed move (approving: with the approval record, as the app does). */
  move(release: Release, to: WorkflowState, note?: string, when?: string): Release;
}

export function fakeSigner(seed: string, name = 'Nguyễn Văn An', position = 'Chánh Văn phòng'): FakeSigner {
  const publicKey = sha256(`fake key ${seed}`);
  const fingerprint = fingerprintOfKey(publicKey);
  const trusted: TrustedApprover = { name, position, fingerprint, publicKey: toBase64(publicKey) };
  const approval = (release: Release, note: string | undefined, time: string, head: string | undefined): ApprovalRecord => {
    const unsigned = {
      signerName: name,
      signerPosition: position,
      fingerprint,
      publicKey: toBase64(publicKey),
      time,
      contentHash: contentHash(release),
      contentForm: CANONICAL_CONTENT_VERSION,
      ...(note !== undefined ? { note } : {}),
      ...(head !== undefined ? { chainHead: head } : {}),
    };
    return { ...unsigned, signature: toBase64(fakeSign(publicKey, approvalPayload(unsigned))) };
  };
  const signMove = (release: Release, to: WorkflowState, note = '', when = '2026-11-26T09:30:00+07:00'): SignedMove => {
    const unsigned = nextMove(release, release.workflow.state, { to, who: name, when, note }, { fingerprint, publicKey: trusted.publicKey });
    return { ...unsigned, signature: toBase64(fakeSign(publicKey, movePayload(unsigned))) };
  };
  return {
    publicKey,
    trusted,
    approve: (release, note, time = '2026-11-26T09:30:00+07:00') => approval(release, note, time, undefined),
    approveAt: (release, note, time = '2026-11-26T09:30:00+07:00') => approval(release, note, time, chainHead(release.workflow.log)),
    signMove,
    move: (release, to, note, when) => {
      const withApproval = to === 'approved' ? { ...release, approvals: [...release.approvals, approval(release, note, when ?? '2026-11-26T09:30:00+07:00', chainHead(release.workflow.log))] } : release;
      return appendMove(withApproval, signMove(withApproval, to, note, when));
    },
  };
}
