/**
 * The workflow moves and the audit log, pure. Draft -> In review -> Changes requested / Approved
 * -> Published; every move is recorded in release.workflow.log with who, when, from, to, the note
 * and the content hash at that moment. Moving to 'approved' here only records the move: the
 * approval itself is a signed record (keys.signApproval) added to release.approvals.
 */
import type { AuditEntry, Release, WorkflowState } from '../document/release';
import { contentHash } from './canonical';

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

/** The release after one move, with its audit entry; throws on a move the workflow does not allow. */
export function moveWorkflow(release: Release, move: { to: WorkflowState; who: string; when: string; note?: string }): Release {
  const from = release.workflow.state;
  if (!canMove(from, move.to)) throw new Error(`workflow: cannot move from ${from} to ${move.to}`);
  const entry: AuditEntry = { who: move.who, when: move.when, from, to: move.to, note: move.note ?? '', contentHash: contentHash(release) };
  return { ...release, workflow: { state: move.to, log: [...release.workflow.log, entry] } };
}
