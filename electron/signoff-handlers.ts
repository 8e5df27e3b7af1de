/**
 * Sign-off (issue 4): the installation's identity, workflow moves, signed approvals, verification
 * against the organisation's trusted approvers, and the shared trusted-approvers file. "Who" is
 * always the user profile in settings, never the renderer's word.
 */
import * as fsp from 'node:fs/promises';
import { blockers, runPreflight } from '../core/checks';
import type { Release, WorkflowState } from '../core/document/release';
import { approvalStanding, releaseApprovalState, type ReleaseApprovalState } from '../core/signoff/approval';
import { appendMove, verifyChain, type ChainReport } from '../core/signoff/chain';
import { dutyConflict, type DutyConflict } from '../core/signoff/duties';
import { addTrustedApprover, exportTrustedFile, mergeWithdrawn, TrustedFileError, trustListFileName } from '../core/signoff/trusted';
import { canMove, isLockedState } from '../core/signoff/workflow';
import { suggestionIdsInJson } from '../core/review/suggestions';
import { normalizeRelease } from '../core/vi/nfc';
import type { Handlers, ReleaseVerification, Settings } from './api';
import type { HandlerDeps } from './handlers';
import { currentPerson, withMoveSnapshot } from './history-handlers';
import type { AssetStore } from './services/asset-store';
import { writeFileAtomic } from './services/atomic-write';
import { AppFailure } from './services/errors';
import { verifySignature } from './services/keys';
import { requestedOrChosenPath } from './services/path-policy';
import { readTrustedList } from './services/readers';

/** The largest trusted-approvers file read (200 approvers are a few tens of kB). */
const MAX_TRUSTED_FILE_BYTES = 1_000_000;

/** The name the audit log and approvals carry: the profile's full name, else the pen name. */
export function profileName(settings: Settings): string {
  return settings.profile.fullName || settings.profile.penName;
}

/** The approval state of a release against the organisation's trusted approvers and the approvals it withdrew. */
export function approvalStateOf(release: Release, settings: Settings): ReleaseApprovalState {
  return releaseApprovalState(release, settings.organisation.trustedApprovers, verifySignature, { withdrawn: settings.organisation.withdrawnApprovals });
}

/**
 * One workflow move, signed with this installation's key and chained onto the log. It starts from
 * the state the signed chain is in (the stored state is only a cache); invalid-move when the
 * workflow does not allow it, or when the chain is broken (a move after a failed record is void).
 */
export async function logMove(deps: Pick<HandlerDeps, 'keys'>, release: Release, to: WorkflowState, who: string, when: Date, note: string): Promise<Release> {
  // Where the chain is and whether it holds need no trusted list (trust decides approval, not moves).
  const chain = verifyChain(release, verifySignature, []);
  const from = chain.state;
  if (chain.brokenAt !== null || !canMove(from, to)) throw new AppFailure('invalid-move', { from, to });
  return appendMove(release, await deps.keys.signMove(release, from, { to, who, note }, when));
}

/** Withdrawing here puts the withdrawn approval on the local list, so the next "Export list…" carries it to kept copies. */
function rememberWithdrawal(deps: Pick<HandlerDeps, 'settings'>, release: Release, chain: ChainReport): void {
  const move = chain.approveMove;
  const approval = move === null ? undefined : release.approvals.find((a) => a.chainHead === move.prev && a.fingerprint === move.fingerprint);
  if (approval === undefined) return;
  const settings = deps.settings.get();
  const entry = { contentHash: approval.contentHash, fingerprint: approval.fingerprint, chainHead: move!.prev };
  const withdrawnApprovals = mergeWithdrawn(settings.organisation.withdrawnApprovals, [entry]);
  deps.settings.set({ ...settings, organisation: { ...settings.organisation, withdrawnApprovals } });
}

/** The duty this installation's key already did on the release; an unusable key (locked keyring) tells nothing, and approving says so itself. */
async function ownDutyConflict(deps: Pick<HandlerDeps, 'keys'>, chain: ChainReport): Promise<DutyConflict | null> {
  try {
    return dutyConflict(chain, (await deps.keys.identity()).fingerprint);
  } catch {
    return null;
  }
}

export function createSignoffHandlers(
  deps: HandlerDeps,
  /** Where a move's snapshot file waits to be saved (history-handlers.ts). */
  store: Pick<AssetStore, 'put' | 'read'>,
): Pick<Handlers, 'getIdentity' | 'moveWorkflow' | 'approveRelease' | 'verifyRelease' | 'importTrustedApprovers' | 'exportTrustedApprovers'> {
  const now = deps.now ?? (() => new Date());
  /** A submit, request for changes or approval keeps a snapshot of the content, by this user and key. */
  const snapshot = async (moved: Release, from: WorkflowState, when: Date): Promise<Release> => {
    const settings = deps.settings.get();
    const by = currentPerson(settings, profileName(settings), (await deps.keys.identity()).fingerprint);
    return withMoveSnapshot(store, moved, from, by, when);
  };

  return {
    async getIdentity() {
      const { fingerprint, publicKey, protection } = await deps.keys.identity();
      return { fingerprint, publicKey, protection };
    },

    async moveWorkflow({ release, to, note }) {
      // Approving is a signature (approveRelease), never a bare move.
      if (to === 'approved') throw new AppFailure('invalid-move', { from: release.workflow.state, to });
      const clean = normalizeRelease(release);
      const chain = verifyChain(clean, verifySignature, []);
      // Moving away from Approved/Published is withdrawing the approval; the chain records it like any move.
      const when = now();
      const moved = await logMove(deps, clean, to, profileName(deps.settings.get()), when, note);
      if (isLockedState(chain.state)) rememberWithdrawal(deps, clean, chain);
      return snapshot(moved, chain.state, when);
    },

    async approveRelease({ release, note }) {
      const clean = normalizeRelease(release);
      const chain = verifyChain(clean, verifySignature, []);
      const from = chain.state;
      if (from !== 'in-review') throw new AppFailure('invalid-move', { from, to: 'approved' });
      // Separation of duties by key, never by the typed name: 'warn' was said in the confirmation.
      const role = dutyConflict(chain, (await deps.keys.identity()).fingerprint);
      if (role !== null && deps.settings.get().organisation.separationOfDuties === 'refuse') throw new AppFailure('separation-of-duties', { role });
      // Suggested edits are not yet the text: what would be signed is undecided (issue 9).
      const suggestions = suggestionIdsInJson(clean.body).size;
      if (suggestions > 0) throw new AppFailure('suggestions-open', { count: suggestions });
      const when = now();
      const blocking = blockers(runPreflight(clean, when));
      if (blocking.length > 0) throw new AppFailure('preflight-blocked', { count: blocking.length });
      const { profile } = deps.settings.get();
      const who = profileName(deps.settings.get());
      const approval = await deps.keys.signApproval(clean, { name: who, position: profile.position }, note, when);
      // The approval names the chain head; the approve move chains on at that same head.
      const signed: Release = { ...clean, approvals: [...clean.approvals, approval] };
      return snapshot(await logMove(deps, signed, 'approved', who, when, note), from, when);
    },

    async verifyRelease({ release }) {
      const clean = normalizeRelease(release);
      const state = approvalStateOf(clean, deps.settings.get());
      // From the signed chain: withdrawn is not approved, though each signature still holds.
      const standing = approvalStanding(clean, state);
      const { chain } = state;
      const verification: ReleaseVerification = {
        approved: standing.approved,
        contentHash: state.contentHash,
        approvals: state.statuses.map(({ approval, verdict, withdrawnBy }) => ({
          signerName: approval.signerName,
          signerPosition: approval.signerPosition,
          fingerprint: approval.fingerprint,
          time: approval.time,
          note: approval.note ?? '',
          verdict,
          ...(withdrawnBy !== undefined ? { withdrawnBy } : {}),
        })),
        duty: { conflict: await ownDutyConflict(deps, chain), rule: deps.settings.get().organisation.separationOfDuties },
        workflow: {
          state: chain.state,
          stored: chain.stored,
          mismatch: chain.mismatch,
          unsignedHistory: chain.unsignedHistory,
          brokenAt: chain.brokenAt,
          moves: chain.moves.map((m) => m.verdict),
          reason: standing.reason,
        },
      };
      return verification;
    },

    async importTrustedApprovers({ path }) {
      const chosen = await requestedOrChosenPath(deps.paths, path, () => deps.dialogs.chooseTrustedImportPath(), 'trusted-list');
      if (chosen === null) return null;
      const info = await fsp.stat(chosen);
      if (info.size > MAX_TRUSTED_FILE_BYTES) throw new AppFailure('too-large');
      let approvers;
      let withdrawn;
      try {
        ({ approvers, withdrawn } = await readTrustedList(chosen, MAX_TRUSTED_FILE_BYTES));
      } catch (e) {
        if (e instanceof TrustedFileError) throw new AppFailure('import-failed', { reason: e.message });
        throw e;
      }
      if (approvers.length > 200) throw new AppFailure('too-large');
      // The shared list replaces the organisation's list (it is the office's one source of truth);
      // its withdrawals join ours (a withdrawal is never undone by importing an older list).
      const settings = deps.settings.get();
      const withdrawnApprovals = mergeWithdrawn(settings.organisation.withdrawnApprovals, withdrawn);
      deps.settings.set({ ...settings, organisation: { ...settings.organisation, trustedApprovers: approvers, withdrawnApprovals } });
      return deps.settings.get();
    },

    async exportTrustedApprovers({ path, name }) {
      // The list carries this key under a name: one typed now is kept as the profile's full name.
      const typed = name?.normalize('NFC').trim() ?? '';
      if (typed !== '' && typed !== profileName(deps.settings.get())) {
        const current = deps.settings.get();
        deps.settings.set({ ...current, profile: { ...current.profile, fullName: typed } });
      }
      const settings = deps.settings.get();
      const who = profileName(settings).trim();
      // Never an entry with an empty name (the renderer asks for it first); no dialog opens without one.
      const noName = (): AppFailure => new AppFailure('invalid-request', { reason: 'name' });
      if (who === '' && path === undefined) throw noName();
      const chosen = await requestedOrChosenPath(deps.paths, path, () => deps.dialogs.chooseTrustedExportPath(trustListFileName(who)), 'write');
      if (chosen === null) return null;
      if (who === '') throw noName();
      // The list this office trusts, plus this installation's own key: exporting is how an
      // approver hands their key to the office (name and position from the user profile).
      const { fingerprint, publicKey } = await deps.keys.identity();
      const own = { name: who, position: settings.profile.position, fingerprint, publicKey };
      const added = addTrustedApprover(settings.organisation.trustedApprovers, own);
      const text = exportTrustedFile(added.ok ? added.list : settings.organisation.trustedApprovers, settings.organisation.withdrawnApprovals);
      await writeFileAtomic(chosen, new TextEncoder().encode(text));
      return { path: chosen };
    },
  };
}
