/**
 * The workflow moves and the approval lock, pure. Draft -> In review -> Changes requested /
 * Approved -> Published; every move is recorded in release.workflow.log with who, when, from, to,
 * the note and the content hash at that moment — since format 1.3 as a signed record chained to
 * the one before (chain.ts, which also derives the state). The approval itself is a signed record
 * (keys.signApproval) added to release.approvals.
 */
import type { AuditEntry, Release, WorkflowState } from '../document/release';
import { contentHash, hashMatchesContent } from './canonical';

/** The moves each state allows. 'approved' -> 'in-review' is "Withdraw approval". */
export const WORKFLOW_MOVES: Record<WorkflowState, readonly WorkflowState[]> = {
  draft: ['in-review'],
  'in-review': ['changes-requested', 'approved', 'draft'],
  'changes-requested': ['in-review', 'draft'],
  approved: ['published', 'in-review'],
  published: ['in-review'],
};

export function canMove(from: WorkflowState, to: WorkflowState): boolean {
  return WORKFLOW_MOVES[from].includes(to);
}

/**
 * Approved or Published: the approval stands and the content is locked. Every move out of these
 * states is "Withdraw approval" (logged), after which the signature no longer counts as approval.
 */
export function isLockedState(state: WorkflowState): boolean {
  return state === 'approved' || state === 'published';
}

/**
 * The content hash a locked release is held to: the one the latest move into Approved recorded
 * (the audit log is where the workflow says what it approved), else the latest approval record's
 * (a file written without that log entry); null when there is neither.
 */
export function approvedContentHash(release: Release): string | null {
  const log = release.workflow.log;
  for (let i = log.length - 1; i >= 0; i--) if (log[i]!.to === 'approved') return log[i]!.contentHash;
  return release.approvals.at(-1)?.contentHash ?? null;
}

/**
 * True when the release is Approved or Published but its content is not what was approved: it was
 * edited without withdrawing the approval. Signatures are not checked (verification does that):
 * this is the lock, not the trust decision. With nothing to compare against it counts as edited.
 */
export function editedWhileLocked(release: Release): boolean {
  if (!isLockedState(release.workflow.state)) return false;
  const approved = approvedContentHash(release);
  // The approved hash may be of either canonical form (an approval made before form 2, or its log entry).
  return approved === null || !hashMatchesContent(release, approved);
}

/**
 * The release after one move with an UNSIGNED audit entry, as format 1.2 logged it (tests of the
 * lock and of unsigned history use it; the app signs every move: chain.ts nextMove/appendMove).
 * Throws on a move the workflow does not allow.
 */
export function moveWorkflow(release: Release, move: { to: WorkflowState; who: string; when: string; note?: string }): Release {
  const from = release.workflow.state;
  if (!canMove(from, move.to)) throw new Error(`workflow: cannot move from ${from} to ${move.to}`);
  const entry: AuditEntry = { who: move.who, when: move.when, from, to: move.to, note: move.note ?? '', contentHash: contentHash(release) };
  return { ...release, workflow: { state: move.to, log: [...release.workflow.log, entry] } };
}
