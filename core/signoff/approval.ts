/**
 * Approval records: what is signed, and whether an approval holds for the current content.
 * Pure: the Ed25519 check itself is injected (node:crypto in electron/services/keys.ts), so the
 * renderer, the CLI and tests share this logic.
 *
 * The signed message (approvalPayload) is the canonical JSON (sorted keys, no whitespace, NFC;
 * see canonical.ts) of every record field except `signature`, plus `canon`, as UTF-8 bytes. A
 * missing note is left out of the object; an empty note is kept as "". `canon` is
 * "pressdesk-approval/1" when the record holds only the fields approvals had before the content
 * form was named (so their signatures verify unchanged), "pressdesk-approval/2" as soon as it
 * holds any other field (contentForm, and whatever a later version adds): a field the
 * signature does not cover can never ride along on an old-style payload.
 */
import type { ApprovalRecord, Release } from '../document/release';
import { sha256, sha256Hex } from '../document/sha256';
import { fromBase64, toHex } from './bytes';
import { canonicalJson, contentHash, CANONICAL_CONTENT_VERSION, CONTENT_FORM_V1, type ContentForm } from './canonical';
import { chainStanding, verifyChain, withdrawnInChain, type ChainReport, type ChainStanding } from './chain';
import { isWithdrawn, type TrustedApprover, type WithdrawnApproval } from './trusted';

export const APPROVAL_PAYLOAD_V1 = 'pressdesk-approval/1';
export const APPROVAL_PAYLOAD_V2 = 'pressdesk-approval/2';
export const ED25519_PUBLIC_KEY_BYTES = 32;
export const ED25519_SIGNATURE_BYTES = 64;

/** The fields a "pressdesk-approval/1" record has (note optional). */
const V1_RECORD_FIELDS: ReadonlySet<string> = new Set(['signerName', 'signerPosition', 'fingerprint', 'publicKey', 'time', 'contentHash', 'note']);

export type UnsignedApproval = Omit<ApprovalRecord, 'signature'>;

/** `(publicKey raw 32 bytes, message, signature 64 bytes) => signature valid`. Must not throw; if it does, it counts as false. */
export type SignatureVerifier = (publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array) => boolean;

/** The exact bytes an approval's signature covers (see the top of this file). */
export function approvalPayload(record: UnsignedApproval): Uint8Array {
  const fields = Object.entries(record).filter(([, value]) => value !== undefined);
  const canon = fields.every(([key]) => V1_RECORD_FIELDS.has(key)) ? APPROVAL_PAYLOAD_V1 : APPROVAL_PAYLOAD_V2;
  return new TextEncoder().encode(canonicalJson({ ...Object.fromEntries(fields), canon }));
}

/** The canonical form an approval's content hash was made in: absent means form 1. */
export function contentFormOf(approval: Pick<ApprovalRecord, 'contentForm'>): ContentForm {
  return approval.contentForm ?? CONTENT_FORM_V1;
}

/** sha256 of the raw public key, 64 lowercase hex digits. */
export function fingerprintOfKey(publicKey: Uint8Array): string {
  return toHex(sha256(publicKey));
}

/** "1a2b 3c4d ..." — a fingerprint in groups of 4 hex digits, for people to compare. */
export function formatFingerprint(fingerprint: string): string {
  return (fingerprint.toLowerCase().match(/.{1,4}/g) ?? []).join(' ');
}

/**
 * 'withdrawn': valid in every other respect, but withdrawn — in the signed history (a move out of
 * Approved/Published after it) or on the office's trusted list; `withdrawnBy` says which.
 */
export type ApprovalVerdict = 'valid' | 'bad-signature' | 'untrusted-key' | 'content-changed' | 'withdrawn';

export interface ApprovalStatus {
  approval: ApprovalRecord;
  verdict: ApprovalVerdict;
  /** Where a 'withdrawn' verdict comes from: the release's own history is named first. */
  withdrawnBy?: 'history' | 'list';
  /** The trusted-list entry that vouches for the key, when there is one. */
  trustedAs?: TrustedApprover;
}

export interface VerifyOptions {
  /**
   * Image bytes by the hash the release names (as read from the file). When given, a photo whose
   * bytes do not hash to its name voids every approval (content-changed): the picture was swapped.
   */
  assetBytes?: ReadonlyMap<string, Uint8Array>;
  /** sha256 hex of image bytes; defaults to core's pure one (node:crypto's is ~15x faster on photos). */
  hashBytes?: (bytes: Uint8Array) => string;
  /** The current content hash (current form), when the caller already has it. */
  contentHash?: string;
  /** Approvals the office's trusted list withdrew (trusted.ts): they no longer count. */
  withdrawn?: readonly WithdrawnApproval[];
  /** Approvals the release's signed history withdrew (chain.ts withdrawnInChain). */
  withdrawnInHistory?: (approval: ApprovalRecord) => boolean;
}

/** Whether the signature is intact: well-formed key and signature, fingerprint of this key, Ed25519 ok. */
export function signatureHolds(approval: ApprovalRecord, verify: SignatureVerifier): boolean {
  const key = fromBase64(approval.publicKey);
  const signature = fromBase64(approval.signature);
  if (!key || key.length !== ED25519_PUBLIC_KEY_BYTES || !signature || signature.length !== ED25519_SIGNATURE_BYTES) return false;
  if (fingerprintOfKey(key) !== approval.fingerprint) return false;
  const { signature: _signature, ...unsigned } = approval;
  try {
    return verify(key, approvalPayload(unsigned), signature) === true;
  } catch {
    return false;
  }
}

/** Hashes of images whose bytes are not the image their entry names (empty when all agree). */
export function swappedImages(
  release: Release,
  assetBytes: ReadonlyMap<string, Uint8Array>,
  hashBytes: (bytes: Uint8Array) => string = sha256Hex,
): string[] {
  return release.assets.filter((a) => {
    const bytes = assetBytes.get(a.hash);
    return bytes === undefined || hashBytes(bytes) !== a.hash;
  }).map((a) => a.hash);
}

/**
 * Each approval's verdict, checked in this order: the signature (bad-signature), the key on the
 * trusted list with the same public key (untrusted-key), the content hash equal to the current
 * content's (content-changed). 'valid' means all three hold.
 */
export function verifyApprovals(
  release: Release,
  trusted: readonly TrustedApprover[],
  verify: SignatureVerifier,
  options: VerifyOptions = {},
): ApprovalStatus[] {
  // Each approval is compared in the form it signed; each form is hashed at most once.
  const hashes = new Map<ContentForm, string>(options.contentHash !== undefined ? [[CANONICAL_CONTENT_VERSION, options.contentHash]] : []);
  const hashIn = (form: ContentForm): string => {
    const known = hashes.get(form) ?? contentHash(release, form);
    hashes.set(form, known);
    return known;
  };
  const imagesIntact = options.assetBytes === undefined || swappedImages(release, options.assetBytes, options.hashBytes).length === 0;
  return release.approvals.map((approval) => {
    if (!signatureHolds(approval, verify)) return { approval, verdict: 'bad-signature' };
    const trustedAs = trusted.find((t) => t.fingerprint === approval.fingerprint && t.publicKey === approval.publicKey);
    if (!trustedAs) return { approval, verdict: 'untrusted-key' };
    if (approval.contentHash !== hashIn(contentFormOf(approval)) || !imagesIntact) return { approval, verdict: 'content-changed', trustedAs };
    if (options.withdrawnInHistory?.(approval) === true) return { approval, verdict: 'withdrawn', withdrawnBy: 'history', trustedAs };
    if (isWithdrawn(approval, options.withdrawn ?? [])) return { approval, verdict: 'withdrawn', withdrawnBy: 'list', trustedAs };
    return { approval, verdict: 'valid', trustedAs };
  });
}

export interface ReleaseApprovalState {
  /**
   * The current content carries at least one valid approval by a trusted key (the signatures
   * alone; whether the approval still stands or was withdrawn is approvalStanding's question).
   */
  approved: boolean;
  contentHash: string;
  statuses: ApprovalStatus[];
  /** The valid ones (trusted key, intact signature, current content). */
  valid: ApprovalStatus[];
  /** The signed workflow chain, read against the same trusted list (chain.ts). */
  chain: ChainReport;
}

/** The summary the app, the CLI and export gating use. */
export function releaseApprovalState(
  release: Release,
  trusted: readonly TrustedApprover[],
  verify: SignatureVerifier,
  options: VerifyOptions = {},
): ReleaseApprovalState {
  const hash = options.contentHash ?? contentHash(release);
  const chain = verifyChain(release, verify, trusted);
  // A withdrawn approval is shown as withdrawn, never as holding, though its signature still does.
  const withdrawnInHistory = (approval: ApprovalRecord): boolean => withdrawnInChain(chain, approval);
  const statuses = verifyApprovals(release, trusted, verify, { ...options, contentHash: hash, withdrawnInHistory });
  const valid = statuses.filter((s) => s.verdict === 'valid');
  return { approved: valid.length > 0, contentHash: hash, statuses, valid, chain };
}

/**
 * Whether an approval stands, derived from the signed workflow chain (chain.ts chainStanding):
 * `approved` is what the app, `pressdesk verify` and final export count as approved, with the
 * approval record it rests on; `withdrawn` an approval of the current content that holds but no
 * longer stands. The stored workflow state is never consulted: it is only a cache.
 */
export type ApprovalStanding = ChainStanding;

export function approvalStanding(_release: Release, state: ReleaseApprovalState): ApprovalStanding {
  return chainStanding(state.chain, state.statuses);
}
