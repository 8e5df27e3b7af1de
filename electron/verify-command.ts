/**
 * `pressdesk verify <file.pressdesk> [--trusted FILE]`: the workflow state as the signed chain of
 * moves has it (the stored state is only a cache: a mismatch is printed), each move and approval
 * and whether it holds. Exit 0 only when the signed chain is Approved or Published on a valid
 * approval of the current content by a trusted key (not withdrawn, in the file or on the list);
 * 1 otherwise (or when the file cannot be read); 2 bad usage (thrown as a usage error).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openReview } from '../core/checks/review';
import type { WorkflowState } from '../core/document/release';
import { approvalStanding, formatFingerprint, releaseApprovalState, swappedImages, type ApprovalVerdict } from '../core/signoff/approval';
import type { ChainReport, MoveVerdict } from '../core/signoff/chain';
import { dutyConflict } from '../core/signoff/duties';
import type { TrustedApprover, WithdrawnApproval } from '../core/signoff/trusted';
import { sha256Hex } from './services/files';
import { verifySignature } from './services/keys';
import { openReleaseFile, readTrustedList } from './services/readers';

interface Io {
  out(line: string): void;
  err(line: string): void;
  cwd: string;
}

export const VERIFY_HELP = `Usage: pressdesk verify <file.pressdesk> [--trusted FILE]

Prints the release's workflow state as its signed history of moves says (each move is signed
by the mover and chained to the one before; the state stored in the file is only a cache, and a
difference is reported), each move, and each approval (signer, position, key fingerprint, time)
and whether it holds: valid; bad signature (the approval was altered, or not made by that key);
signed by an unknown key (not on the trusted approvers list); content changed since approval; or
withdrawn (in the signed history, or the trusted approvers list says so). Only the approval the
release stands on holds. Nothing in the file is changed.

Options:
  --trusted FILE   The trusted approvers list (a file exported from PressDesk's organisation
                   profile), with the approvals the office withdrew. Without it no key is
                   trusted, so no approval is valid.
  -h, --help       This text.

Exit codes: 0 the signed history is Approved or Published, on a valid approval of the current
              content by a trusted approver;
            1 it is not (including an approval that was withdrawn, a history that was altered,
              or one made before signed workflow), or the file could not be read; 2 wrong usage.`;

const VERDICTS: Record<ApprovalVerdict, string> = {
  valid: 'valid — signed by a trusted approver, for the current content',
  'bad-signature': 'bad signature — the approval was altered, or was not made by this key',
  'untrusted-key': 'signed by an unknown key — not on the trusted approvers list',
  'content-changed': 'content changed since approval — the release is no longer what was approved',
  withdrawn: 'withdrawn — the trusted approvers list says this approval was withdrawn',
};
const WITHDRAWN_IN_HISTORY = 'withdrawn — the approval was withdrawn in the signed history (it no longer counts, though its signature is intact)';
const NOT_RESTED_ON = 'signed by a trusted approver for the current content, but no approve move in the signed history rests on it';

const MOVES: Record<MoveVerdict, string> = {
  valid: 'signed',
  unsigned: 'unsigned history — made before signed workflow',
  'bad-signature': 'bad signature — altered, or not signed by this key',
  'broken-link': 'out of place — a move before it was removed, reordered or inserted',
  'invalid-move': 'not a move the workflow allows from the state before it',
  void: 'does not count — a move before it failed',
};

const STATES: Record<WorkflowState, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  'changes-requested': 'Changes requested',
  approved: 'Approved',
  published: 'Published',
};

export async function runVerify(
  args: string[],
  io: Io,
  describe: (e: unknown, file: string) => string,
  usage: (message: string) => Error,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { trusted: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    io.out(VERIFY_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw usage('verify takes exactly one .pressdesk file');

  let trusted: TrustedApprover[] = [];
  let withdrawn: WithdrawnApproval[] = [];
  if (values.trusted !== undefined) {
    try {
      ({ approvers: trusted, withdrawn } = await readTrustedList(resolve(io.cwd, values.trusted)));
    } catch (e) {
      const limit = e instanceof Error && e.name === 'AppFailure' && ['too-complex', 'too-large'].includes((e as { code?: string }).code ?? '');
      io.err(limit ? describe(e, `--trusted ${values.trusted}`) : `pressdesk: --trusted ${values.trusted}: ${e instanceof Error && e.name === 'TrustedFileError' ? e.message : 'the file could not be read'}`);
      return 1;
    }
  }

  let read;
  try {
    read = await openReleaseFile(resolve(io.cwd, positionals[0]!));
  } catch (e) {
    io.err(describe(e, positionals[0]!));
    return 1;
  }
  const { release, assets } = read;
  const state = releaseApprovalState(release, trusted, verifySignature, { assetBytes: assets, hashBytes: sha256Hex, withdrawn });
  const { chain } = state;

  io.out(`File: ${positionals[0]}`);
  io.out(`State: ${STATES[chain.state]} (from the signed history)`);
  if (chain.mismatch) io.out(`Warning: the file says ${STATES[chain.stored]}, but its signed history says ${STATES[chain.state]}; the stored state does not count.`);
  io.out(`Content hash: ${state.contentHash}`);
  printHistory(io, chain);
  for (const hash of swappedImages(release, assets, sha256Hex)) io.out(`Warning: the photo ${hash.slice(0, 12)}… in the file is not the photo the release names.`);
  if (values.trusted === undefined) io.out('No trusted approvers list given (--trusted FILE): every key counts as unknown.');
  if (state.statuses.length === 0) io.out('Approvals: none');
  else io.out(`Approvals: ${state.statuses.length}`);
  const standing = approvalStanding(release, state);
  state.statuses.forEach((status, i) => {
    const a = status.approval;
    io.out(`  ${i + 1}. ${a.signerName}${a.signerPosition ? `, ${a.signerPosition}` : ''}`);
    io.out(`     Key:   ${formatFingerprint(a.fingerprint)}${status.trustedAs ? ` (trusted as ${status.trustedAs.name})` : ''}`);
    io.out(`     Time:  ${a.time}`);
    if (a.note) io.out(`     Note:  ${a.note}`);
    // "yes" only for the approval the release stands on: a withdrawn one never reads as holding.
    const holds = status.verdict === 'valid' && standing.approval === a;
    const why = status.withdrawnBy === 'history' ? WITHDRAWN_IN_HISTORY : status.verdict === 'valid' && !holds ? NOT_RESTED_ON : VERDICTS[status.verdict];
    io.out(`     Holds: ${holds ? 'yes' : 'no'} — ${why}`);
  });
  // Separation of duties, by key: the same truth the app's approve question tells.
  const role = standing.approval === undefined ? null : dutyConflict(chain, standing.approval.fingerprint);
  if (role !== null) io.out(`Note: the approver's key also ${role === 'authored' ? 'wrote this release (signed its first submit)' : 'submitted it for review'}: no second person approved it.`);
  // The same refusal the app's Approve gives: suggested edits are not yet the text.
  const review = openReview(release);
  if (review.suggestions > 0 || review.comments > 0) {
    const blocks = review.suggestions > 0 ? ' — suggested edits must be accepted or rejected before the release can be approved' : '';
    io.out(`Review: open suggested edits ${review.suggestions}, open comment threads ${review.comments}${blocks}.`);
  }
  if (standing.approved) {
    io.out('Result: APPROVED — the current content carries a valid approval by a trusted approver.');
    return 0;
  }
  io.out(`Result: NOT APPROVED — ${NOT_APPROVED[standing.reason === 'withdrawn' && chain.state !== 'approved' && chain.state !== 'published' ? 'withdrawn-move' : standing.reason]}`);
  return 1;
}

const NOT_APPROVED: Record<string, string> = {
  'withdrawn-move': 'the approval was withdrawn in the signed history; the release must be approved again.',
  withdrawn: 'the trusted approvers list says the approval was withdrawn; the release must be approved again.',
  'broken-chain': 'the signed history was altered; only a release approved again can be published as final.',
  'unsigned-history': 'unsigned history — made before signed workflow; the release must be approved again.',
  'no-approval': 'the current content carries no valid approval by a trusted approver.',
  'not-approved': 'the current content carries no valid approval by a trusted approver.',
};

/** The moves, each with what became of it; the first one that failed voids the rest. */
function printHistory(io: Io, chain: ChainReport): void {
  if (chain.moves.length === 0) {
    io.out('History: none');
    return;
  }
  io.out(`History: ${chain.moves.length} moves${chain.brokenAt !== null ? ` — altered at move ${chain.brokenAt + 1}: it and every move after it do not count` : ''}`);
  chain.moves.forEach(({ entry, verdict, trusted }, i) => {
    const by = `${entry.who}${trusted ? ' (trusted approver)' : ''}`;
    io.out(`  ${i + 1}. ${entry.when} ${STATES[entry.from]} → ${STATES[entry.to]} by ${by}: ${MOVES[verdict]}`);
  });
}
