/**
 * The signed workflow chain (format 1.3). Every move — submit, request changes, approve, withdraw,
 * publish, back to draft — is a record in release.workflow.log signed by the mover's installation
 * key and chained by hash to the record before it. The workflow state is what the chain says;
 * release.workflow.state is only a cache of it, and a mismatch is reported.
 *
 * A record is an AuditEntry with all four of fingerprint, publicKey, prev and signature:
 *   prev      = the chain head before it: CHAIN_GENESIS for the first record, then
 *               recordHash(previous record, the head before that);
 *   signature = Ed25519 over movePayload: the canonical JSON (canonical.ts) of
 *               { canon: "pressdesk-move/1", from, to, who, when, note, contentHash, fingerprint, publicKey, prev };
 *   recordHash(entry, head) = sha256 hex of the canonical JSON of
 *               { canon: "pressdesk-chain-link/1", prev: head, record: every field of the entry, its signature too }.
 * The head folds in the head before it, so unsigned entries (which name no prev) are chained too.
 * Moves logged before 1.3 carry none of the four fields: they may only come first (unsigned
 * history) and set the state they end in, but nothing they say can make a final export.
 *
 * Read in order, the first record that fails (bad signature, wrong prev, a move its state does not
 * allow, an unsigned record after a signed one) voids itself and everything after it.
 * Any valid signature makes a move count; what makes a release approved is decided in
 * chainStanding: the approve move the state rests on must be matched by a valid approval record of
 * the current content by a trusted key, made at the same chain head (ApprovalRecord.chainHead).
 */
import type { ApprovalRecord, AuditEntry, Release, WorkflowState } from '../document/release';
import { sha256, sha256Hex } from '../document/sha256';
import type { ApprovalStatus, SignatureVerifier } from './approval';
import { fromBase64, toHex } from './bytes';
import { canonicalJson, contentHash } from './canonical';
import type { TrustedApprover } from './trusted';
import { canMove, isLockedState } from './workflow';

export const MOVE_PAYLOAD_VERSION = 'pressdesk-move/1';
export const CHAIN_LINK_VERSION = 'pressdesk-chain-link/1';
/** The `prev` of the first record: sha256 of "pressdesk-workflow/1 genesis". */
export const CHAIN_GENESIS = sha256Hex('pressdesk-workflow/1 genesis');

export type SignedMove = AuditEntry & Required<Pick<AuditEntry, 'fingerprint' | 'publicKey' | 'prev' | 'signature'>>;
export type UnsignedMove = Omit<SignedMove, 'signature'>;

/** True when the entry carries a signature and everything it covers (a 1.3 record). */
export function isSignedMove(entry: AuditEntry): entry is SignedMove {
  return entry.fingerprint !== undefined && entry.publicKey !== undefined && entry.prev !== undefined && entry.signature !== undefined;
}

/** The exact bytes a move's signature covers. */
export function movePayload(move: UnsignedMove): Uint8Array {
  const { from, to, who, when, note, contentHash: hash, fingerprint, publicKey, prev } = move;
  return new TextEncoder().encode(canonicalJson({ canon: MOVE_PAYLOAD_VERSION, from, to, who, when, note, contentHash: hash, fingerprint, publicKey, prev }));
}

/** The chain head after `entry`, given the head before it: what the next record names as `prev`. */
export function recordHash(entry: AuditEntry, prev: string): string {
  return sha256Hex(canonicalJson({ canon: CHAIN_LINK_VERSION, prev, record: entry }));
}

/** The head after the log's last record (CHAIN_GENESIS for an empty log): where the next move chains on. */
export function chainHead(log: readonly AuditEntry[]): string {
  return log.reduce((head, entry) => recordHash(entry, head), CHAIN_GENESIS);
}

/**
 * valid: signed, chained and allowed; unsigned: a move from before signed workflow (format 1.2),
 * counted for the state only; bad-signature (or missing, after a signed record); broken-link: prev
 * is not the hash of the record before (one removed, reordered or inserted); invalid-move: the
 * move does not start from the state the chain is in, or the workflow does not allow it;
 * void: after a record that failed.
 */
export type MoveVerdict = 'valid' | 'unsigned' | 'bad-signature' | 'broken-link' | 'invalid-move' | 'void';

export interface MoveStatus {
  entry: AuditEntry;
  verdict: MoveVerdict;
  /** Signed by a key on the trusted approvers list. */
  trusted: boolean;
}

export interface ChainReport {
  moves: MoveStatus[];
  /** The state the counted records end in ('draft' for an empty log): the workflow state. */
  state: WorkflowState;
  /** The state the file stores (a cache); `mismatch` when it is not `state`. */
  stored: WorkflowState;
  mismatch: boolean;
  /** The log starts with moves made before signed workflow. */
  unsignedHistory: boolean;
  /** Index of the first record that failed, or null when the chain holds. */
  brokenAt: number | null;
  /** The approve move the current Approved/Published state rests on, when a signed one does. */
  approveMove: SignedMove | null;
}

const ED25519_KEY_BYTES = 32;
const ED25519_SIGNATURE_BYTES = 64;

/** Whether the move's signature is intact: well-formed key and signature, fingerprint of this key, Ed25519 ok. */
export function moveSignatureHolds(move: SignedMove, verify: SignatureVerifier): boolean {
  const key = fromBase64(move.publicKey);
  const signature = fromBase64(move.signature);
  if (!key || key.length !== ED25519_KEY_BYTES || !signature || signature.length !== ED25519_SIGNATURE_BYTES) return false;
  if (toHex(sha256(key)) !== move.fingerprint) return false;
  const { signature: _signature, ...unsigned } = move;
  try {
    return verify(key, movePayload(unsigned), signature) === true;
  } catch {
    return false;
  }
}

function checkMove(entry: AuditEntry, state: WorkflowState, prev: string, signedSeen: boolean, verify: SignatureVerifier): MoveVerdict {
  if (!isSignedMove(entry)) {
    if (signedSeen) return 'bad-signature';
  } else {
    if (entry.prev !== prev) return 'broken-link';
    if (!moveSignatureHolds(entry, verify)) return 'bad-signature';
  }
  if (entry.from !== state || !canMove(entry.from, entry.to)) return 'invalid-move';
  return isSignedMove(entry) ? 'valid' : 'unsigned';
}

/** Reads the chain in order: each record's verdict and the state the chain is in. */
export function verifyChain(release: Release, verify: SignatureVerifier, trusted: readonly TrustedApprover[]): ChainReport {
  const moves: MoveStatus[] = [];
  let state: WorkflowState = 'draft';
  let prev = CHAIN_GENESIS;
  let brokenAt: number | null = null;
  let signedSeen = false;
  let unsignedHistory = false;
  let approveMove: SignedMove | null = null;
  release.workflow.log.forEach((entry, index) => {
    const verdict = brokenAt === null ? checkMove(entry, state, prev, signedSeen, verify) : 'void';
    const isTrusted = isSignedMove(entry) && trusted.some((t) => t.fingerprint === entry.fingerprint && t.publicKey === entry.publicKey);
    moves.push({ entry, verdict, trusted: isTrusted });
    if (verdict !== 'valid' && verdict !== 'unsigned') {
      // Nothing after a failed record counts: no need to hash on (a stuffed log stays cheap).
      brokenAt ??= index;
      return;
    }
    prev = recordHash(entry, prev);
    signedSeen ||= verdict === 'valid';
    unsignedHistory ||= verdict === 'unsigned';
    state = entry.to;
    // Moves out of Approved/Published end the approval; Approved -> Published keeps it.
    if (entry.to === 'approved') approveMove = verdict === 'valid' ? (entry as SignedMove) : null;
    else if (!isLockedState(entry.to)) approveMove = null;
  });
  const stored = release.workflow.state;
  return { moves, state, stored, mismatch: stored !== state, unsignedHistory, brokenAt, approveMove };
}

/**
 * Whether the counted history withdrew this approval: its approve move was followed by a move out
 * of Approved/Published. Matched like chainStanding does (chain head, key, content); an approval
 * from before signed workflow (no chainHead) by its content and a withdrawal made after it.
 */
export function withdrawnInChain(chain: ChainReport, approval: ApprovalRecord): boolean {
  let open: AuditEntry | null = null;
  for (const { entry, verdict } of chain.moves) {
    if (verdict !== 'valid' && verdict !== 'unsigned') break;
    if (entry.to === 'approved') open = entry;
    else if (!isLockedState(entry.to) && open !== null) {
      if (approvesThis(open, approval) && (approval.chainHead !== undefined || !(Date.parse(approval.time) > Date.parse(entry.when)))) return true;
      open = null;
    }
  }
  return false;
}

function approvesThis(move: AuditEntry, approval: ApprovalRecord): boolean {
  if (move.contentHash !== approval.contentHash) return false;
  if (approval.chainHead === undefined) return true;
  return isSignedMove(move) && move.prev === approval.chainHead && move.fingerprint === approval.fingerprint;
}

/** The unsigned record of the next move: from the chain's state, chained onto the log's last record. */
export function nextMove(
  release: Release,
  from: WorkflowState,
  move: { to: WorkflowState; who: string; when: string; note: string },
  signer: { fingerprint: string; publicKey: string },
): UnsignedMove {
  if (!canMove(from, move.to)) throw new Error(`workflow: cannot move from ${from} to ${move.to}`);
  return {
    who: move.who,
    when: move.when,
    from,
    to: move.to,
    note: move.note,
    contentHash: contentHash(release),
    fingerprint: signer.fingerprint,
    publicKey: signer.publicKey,
    prev: chainHead(release.workflow.log),
  };
}

/** The release with one signed move appended and its state cache set to where the move leads. */
export function appendMove(release: Release, move: SignedMove): Release {
  return { ...release, workflow: { state: move.to, log: [...release.workflow.log, move] } };
}

/**
 * approved: the chain is Approved or Published by a signed approve move matched by a valid
 * approval (trusted key, intact signature, current content, not withdrawn on the office list)
 * made at the same chain head. `approval` is that record.
 * withdrawn: an approval of the current content holds, but it no longer stands — the chain moved
 * out of Approved/Published, or the office list withdrew it.
 * reason: why not ('unsigned-history': the state comes from moves made before signed workflow;
 * 'broken-chain': a record failed — a file that shows tampering is never approved, whatever
 * the records before the break say).
 */
export interface ChainStanding {
  approved: boolean;
  withdrawn: boolean;
  approval?: ApprovalRecord;
  reason: 'approved' | 'not-approved' | 'withdrawn' | 'unsigned-history' | 'no-approval' | 'broken-chain';
}

export function chainStanding(chain: ChainReport, statuses: readonly ApprovalStatus[]): ChainStanding {
  if (chain.brokenAt !== null) return { approved: false, withdrawn: false, reason: 'broken-chain' };
  const holds = statuses.some((s) => s.verdict === 'valid' || s.verdict === 'withdrawn');
  if (!isLockedState(chain.state)) return holds ? { approved: false, withdrawn: true, reason: 'withdrawn' } : { approved: false, withdrawn: false, reason: 'not-approved' };
  const move = chain.approveMove;
  // Locked without a signed approve move: the state comes from moves made before signed workflow.
  if (move === null) return { approved: false, withdrawn: false, reason: 'unsigned-history' };
  const match = statuses.find(
    (s) => s.approval.chainHead === move.prev && s.approval.fingerprint === move.fingerprint && s.approval.contentHash === move.contentHash,
  );
  if (match?.verdict === 'valid') return { approved: true, withdrawn: false, approval: match.approval, reason: 'approved' };
  if (match?.verdict === 'withdrawn') return { approved: false, withdrawn: true, reason: 'withdrawn' };
  return { approved: false, withdrawn: false, reason: 'no-approval' };
}
