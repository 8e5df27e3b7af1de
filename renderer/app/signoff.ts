/**
 * Sign-off (issue 4): the workflow moves and approvals go through the main process (it signs with
 * this installation's key and records who from the user profile); the renderer keeps the last
 * verification of the open release for the banners, the Sign-off tab and the export dialog.
 */
import type { AppError } from '../desktop';
import type { Release, WorkflowState } from '../../core/document/release';
import { isLockedState } from '../../core/signoff/workflow';
import { normalizeRelease } from '../../core/vi/nfc';
import { desktop } from '../desktop';
import { createStore, useStore } from '../lib/store';
import { currentRelease, documentStore, updateMeta } from './document-store';

/** What verifyRelease answers (taken from the bridge: the renderer reads the contract only through desktop.ts). */
export type ReleaseVerification = Extract<Awaited<ReturnType<typeof desktop.verifyRelease>>, { ok: true }>['value'];
export type Verdict = ReleaseVerification['approvals'][number]['verdict'];

/**
 * The workflow state as the signed chain has it (the stored state is only a cache): the last
 * verification's, while it was made of the state the document shows; right after a move, until
 * the new verification answers, the document's.
 */
export function useWorkflowState(): WorkflowState {
  const stored = useStore(documentStore, (s) => s.meta.workflow.state);
  const chain = useStore(verificationStore, (v) => v?.workflow);
  return chain !== undefined && chain.stored === stored ? chain.state : stored;
}

/** A line above the sheet about the signed workflow history itself. */
export type ChainNotice =
  | { kind: 'broken'; move: number }
  | { kind: 'mismatch'; stored: WorkflowState; state: WorkflowState }
  | { kind: 'unsigned' };

/**
 * What the signed history says beyond the approvals: altered (from which move on nothing counts),
 * a stored state it does not back, or an approval resting on history from before signed workflow.
 */
export function chainNotices(verification: ReleaseVerification): ChainNotice[] {
  const { workflow } = verification;
  const out: ChainNotice[] = [];
  if (workflow.brokenAt !== null) out.push({ kind: 'broken', move: workflow.brokenAt + 1 });
  if (workflow.mismatch) out.push({ kind: 'mismatch', stored: workflow.stored, state: workflow.state });
  if (workflow.reason === 'unsigned-history') out.push({ kind: 'unsigned' });
  return out;
}

/** Whether the open release is locked (approved or published): withdraw the approval to edit; the main process refuses to save it edited. */
export function useLocked(): boolean {
  return useStore(documentStore, (s) => isLockedState(s.meta.workflow.state));
}

/** One banner above the sheet: an approval and what to say of it ('withdrawn': it holds, but no longer stands). */
export interface ApprovalNotice {
  approval: ReleaseVerification['approvals'][number];
  kind: Verdict | 'withdrawn';
}

/**
 * The banners above the sheet: the latest valid approval while it stands (approved, and the
 * release still Approved or Published — `locked` is read from the document, so a move shows at
 * once, before the new verification answers), else the latest approval's problem, or a neutral
 * line when the latest approval holds but was withdrawn; an altered record always.
 */
export function approvalNotices(verification: ReleaseVerification, locked: boolean): ApprovalNotice[] {
  const { approvals } = verification;
  if (approvals.length === 0) return [];
  const out: ApprovalNotice[] = [];
  const altered = approvals.filter((a) => a.verdict === 'bad-signature').at(-1);
  if (verification.approved && locked) {
    const valid = approvals.filter((a) => a.verdict === 'valid').at(-1);
    if (valid !== undefined) out.push({ approval: valid, kind: 'valid' });
  } else {
    const latest = approvals.at(-1)!;
    if (latest.verdict === 'valid') {
      // The signature still matches, but a withdrawn approval is not an approval: no "Approved by".
      if (!locked) out.push({ approval: latest, kind: 'withdrawn' });
    } else if (latest.verdict !== 'bad-signature') out.push({ approval: latest, kind: latest.verdict });
  }
  if (altered !== undefined) out.push({ approval: altered, kind: 'bad-signature' });
  return out;
}

/** The last verification of the open release (null until it answers, or when it failed). */
export const verificationStore = createStore<ReleaseVerification | null>(null);

export interface SignoffState {
  busy: boolean;
  error: AppError | null;
}

export const signoffStore = createStore<SignoffState>({ busy: false, error: null });

let verifying = 0;

/** Verifies the approvals of the release as it stands now. */
export async function verifyCurrent(): Promise<void> {
  const ticket = ++verifying;
  const session = documentStore.get().session;
  const result = await desktop.verifyRelease({ release: normalizeRelease(currentRelease()) });
  // A newer verification or another document arrived meanwhile: this answer is stale.
  if (ticket !== verifying || session !== documentStore.get().session) return;
  verificationStore.set(result.ok ? result.value : null);
}

/**
 * The main process's answer to a move: only its workflow, approvals and history are taken, onto the
 * metadata as it is now — a headline or sapo typed while the call ran stays. A normal edit
 * (dirty, autosaved). `session` is the document the call was made for: another one loaded
 * meanwhile takes nothing.
 */
export function applyRelease(release: Release, session = documentStore.get().session): void {
  if (documentStore.get().session !== session) return;
  const { workflow, approvals, history } = normalizeRelease(release);
  updateMeta((meta) => ({ ...meta, workflow, approvals, history }));
}

export type SignoffAction = 'submit' | 'request-changes' | 'approve' | 'withdraw';

const TARGET: Record<Exclude<SignoffAction, 'approve'>, WorkflowState> = {
  submit: 'in-review',
  'request-changes': 'changes-requested',
  withdraw: 'in-review',
};

/** The actions a state allows, in the order the tab shows them. */
export function actionsFor(state: WorkflowState): SignoffAction[] {
  switch (state) {
    case 'draft':
    case 'changes-requested':
      return ['submit'];
    case 'in-review':
      return ['approve', 'request-changes'];
    case 'approved':
    case 'published':
      // Published -> In review reopens a published release the same way.
      return ['withdraw'];
  }
}

/** Runs one action; true when the release moved. */
export async function runSignoffAction(action: SignoffAction, note: string): Promise<boolean> {
  if (signoffStore.get().busy) return false;
  signoffStore.set({ busy: true, error: null });
  const session = documentStore.get().session;
  const release = normalizeRelease(currentRelease());
  const result =
    action === 'approve' ? await desktop.approveRelease({ release, note }) : await desktop.moveWorkflow({ release, to: TARGET[action], note });
  if (!result.ok) {
    signoffStore.set({ busy: false, error: result.error });
    return false;
  }
  applyRelease(result.value, session);
  signoffStore.set({ busy: false, error: null });
  // Every move changes what the banners say (withdrawing ends "Approved by …"): verify again now.
  await verifyCurrent();
  return true;
}

/** Verifies every release as it is loaded (open, drop, restore, import, new). */
export function startSignoff(): () => void {
  let session = documentStore.get().session;
  void verifyCurrent();
  const stop = documentStore.subscribe(() => {
    const next = documentStore.get().session;
    if (next !== session) {
      session = next;
      verificationStore.set(null);
      signoffStore.set({ busy: false, error: null });
      void verifyCurrent();
    }
  });
  return stop;
}
