/**
 * `pressdesk verify <file.pressdesk> [--trusted FILE]`: the workflow state, each approval and
 * whether it holds. Exit 0 only when the release is Approved or Published and the current content
 * carries a valid approval by a trusted key (a withdrawn approval does not count); 1 otherwise (or
 * when the file cannot be read); 2 bad usage (thrown as a usage error).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { approvalStanding, formatFingerprint, releaseApprovalState, swappedImages, type ApprovalVerdict } from '../core/signoff/approval';
import type { TrustedApprover } from '../core/signoff/trusted';
import { sha256Hex } from './services/files';
import { verifySignature } from './services/keys';
import { openReleaseFile, readTrustedList } from './services/readers';

interface Io {
  out(line: string): void;
  err(line: string): void;
  cwd: string;
}

export const VERIFY_HELP = `Usage: pressdesk verify <file.pressdesk> [--trusted FILE]

Prints the release's workflow state and each approval (signer, position, key fingerprint, time)
and whether it holds: valid; bad signature (the approval was altered, or not made by that key);
signed by an unknown key (not on the trusted approvers list); or content changed since approval.
Nothing in the file is changed.

Options:
  --trusted FILE   The trusted approvers list (a file exported from PressDesk's organisation
                   profile). Without it no key is trusted, so no approval is valid.
  -h, --help       This text.

Exit codes: 0 the release is Approved or Published and the current content carries a valid
              approval by a trusted approver;
            1 it does not (including an approval that was withdrawn), or the file could not
              be read; 2 wrong usage.`;

const VERDICTS: Record<ApprovalVerdict, string> = {
  valid: 'valid — signed by a trusted approver, for the current content',
  'bad-signature': 'bad signature — the approval was altered, or was not made by this key',
  'untrusted-key': 'signed by an unknown key — not on the trusted approvers list',
  'content-changed': 'content changed since approval — the release is no longer what was approved',
};

const STATES: Record<string, string> = {
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
  if (values.trusted !== undefined) {
    try {
      trusted = (await readTrustedList(resolve(io.cwd, values.trusted))).approvers;
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
  const state = releaseApprovalState(release, trusted, verifySignature, { assetBytes: assets, hashBytes: sha256Hex });

  io.out(`File: ${positionals[0]}`);
  io.out(`State: ${STATES[release.workflow.state] ?? release.workflow.state}`);
  io.out(`Content hash: ${state.contentHash}`);
  for (const hash of swappedImages(release, assets, sha256Hex)) io.out(`Warning: the photo ${hash.slice(0, 12)}… in the file is not the photo the release names.`);
  if (values.trusted === undefined) io.out('No trusted approvers list given (--trusted FILE): every key counts as unknown.');
  if (state.statuses.length === 0) io.out('Approvals: none');
  else io.out(`Approvals: ${state.statuses.length}`);
  state.statuses.forEach((status, i) => {
    const a = status.approval;
    io.out(`  ${i + 1}. ${a.signerName}${a.signerPosition ? `, ${a.signerPosition}` : ''}`);
    io.out(`     Key:   ${formatFingerprint(a.fingerprint)}${status.trustedAs ? ` (trusted as ${status.trustedAs.name})` : ''}`);
    io.out(`     Time:  ${a.time}`);
    if (a.note) io.out(`     Note:  ${a.note}`);
    io.out(`     Holds: ${status.verdict === 'valid' ? 'yes' : 'no'} — ${VERDICTS[status.verdict]}`);
  });
  const standing = approvalStanding(release, state);
  if (standing.approved) {
    io.out('Result: APPROVED — the current content carries a valid approval by a trusted approver.');
    return 0;
  }
  if (standing.withdrawn) {
    const stateName = STATES[release.workflow.state] ?? release.workflow.state;
    io.out(`Result: NOT APPROVED — the approval was withdrawn (state: ${stateName}); the release must be approved again.`);
    return 1;
  }
  io.out('Result: NOT APPROVED — the current content carries no valid approval by a trusted approver.');
  return 1;
}
