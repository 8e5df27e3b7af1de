import { describe, expect, it } from 'vitest';
import { kitchenSinkRelease } from '../document/kitchen-sink';
import { MAX_WORKFLOW_MOVES, releaseSchema, type AuditEntry, type Release } from '../document/release';
import { sha256, sha256Hex } from '../document/sha256';
import { approvalStanding, releaseApprovalState } from './approval';
import { toBase64, toHex } from './bytes';
import { canonicalJson, contentHash } from './canonical';
import {
  appendMove,
  CHAIN_GENESIS,
  chainHead,
  isSignedMove,
  moveSignatureHolds,
  movePayload,
  nextMove,
  recordHash,
  verifyChain,
  type SignedMove,
} from './chain';
import { fakeSign, fakeSigner, fakeVerify } from './test-signer';
import type { WithdrawnApproval } from './trusted';

const reporter = fakeSigner('reporter', 'Lê Thị Hoa', 'Phóng viên');
const chief = fakeSigner('chief', 'Nguyễn Văn An', 'Chánh Văn phòng');
const stranger = fakeSigner('stranger', 'Kẻ giả mạo', 'Không rõ');
const trusted = [chief.trusted];

const draft = (): Release => kitchenSinkRelease().release;
const submitted = (): Release => reporter.move(draft(), 'in-review', 'Nhờ anh duyệt');
const approved = (): Release => chief.move(submitted(), 'approved', 'Đồng ý');
const chain = (r: Release) => verifyChain(r, fakeVerify, trusted);
const standing = (r: Release, withdrawn: WithdrawnApproval[] = [], list = trusted) =>
  approvalStanding(r, releaseApprovalState(r, list, fakeVerify, { withdrawn }));
const verdicts = (r: Release) => chain(r).moves.map((m) => m.verdict);
const withLog = (r: Release, log: AuditEntry[], state = r.workflow.state): Release => ({ ...r, workflow: { state, log } });
/** The 1.2 way: an unsigned entry. */
const unsignedMove = (r: Release, to: Release['workflow']['state']): Release => {
  const entry: AuditEntry = { who: 'An', when: '2026-11-20T09:00:00+07:00', from: r.workflow.state, to, note: '', contentHash: contentHash(r) };
  return withLog(r, [...r.workflow.log, entry], to);
};

describe('the signed chain', () => {
  it('chains each record onto the one before: genesis first, then the hash of the previous record', () => {
    expect(CHAIN_GENESIS).toBe(sha256Hex('pressdesk-workflow/1 genesis'));
    const log = approved().workflow.log as SignedMove[];
    expect(log[0]!.prev).toBe(CHAIN_GENESIS);
    expect(log[1]!.prev).toBe(recordHash(log[0]!, CHAIN_GENESIS));
    expect(chainHead([])).toBe(CHAIN_GENESIS);
    expect(chainHead(log)).toBe(recordHash(log[1]!, log[1]!.prev));
    expect(recordHash(log[0]!, CHAIN_GENESIS)).toBe(sha256Hex(canonicalJson({ canon: 'pressdesk-chain-link/1', prev: CHAIN_GENESIS, record: log[0]! })));
    // The head before is part of the link: the same record after another head links differently.
    expect(recordHash(log[0]!, log[1]!.prev)).not.toBe(log[1]!.prev);
    // The approval names the head it was made at, as the approve move's prev does.
    expect(approved().approvals[0]!.chainHead).toBe(log[1]!.prev);
  });

  it('signs exactly from, to, who, when, note, contentHash, fingerprint, publicKey and prev', () => {
    const { signature: _s, ...unsigned } = approved().workflow.log[1]! as SignedMove;
    const text = new TextDecoder().decode(movePayload(unsigned));
    expect(JSON.parse(text)).toEqual({ canon: 'pressdesk-move/1', ...unsigned });
    expect(text).toBe(canonicalJson({ canon: 'pressdesk-move/1', ...unsigned }));
    // Fields beyond the record's own are not signed (nothing rides along).
    expect(movePayload({ ...unsigned, extra: 'x' } as typeof unsigned)).toEqual(movePayload(unsigned));
  });

  it('a clean chain verifies: every move valid, the state from the chain, the approval standing', () => {
    const r = approved();
    expect(releaseSchema.safeParse(r).success).toBe(true);
    expect(chain(r)).toMatchObject({ state: 'approved', stored: 'approved', mismatch: false, unsignedHistory: false, brokenAt: null });
    expect(chain(r).moves.map((m) => [m.verdict, m.trusted])).toEqual([
      ['valid', false],
      ['valid', true],
    ]);
    expect(chain(r).approveMove).toEqual(r.workflow.log[1]);
    expect(standing(r)).toEqual({ approved: true, withdrawn: false, approval: r.approvals[0], reason: 'approved' });
    // Publishing (a final export, by whoever makes it) keeps the approval standing.
    const published = reporter.move(r, 'published');
    expect(chain(published).state).toBe('published');
    expect(standing(published).approved).toBe(true);
  });

  it('before any approval the release is simply not approved', () => {
    expect(standing(draft())).toEqual({ approved: false, withdrawn: false, reason: 'not-approved' });
    expect(standing(submitted())).toEqual({ approved: false, withdrawn: false, reason: 'not-approved' });
    expect(chain(reporter.move(submitted(), 'changes-requested'))).toMatchObject({ state: 'changes-requested', mismatch: false });
  });

  it('a withdrawal ends the approval; approving again at the new head stands again', () => {
    const withdrawn = chief.move(approved(), 'in-review', 'Rút duyệt để sửa');
    expect(standing(withdrawn)).toEqual({ approved: false, withdrawn: true, reason: 'withdrawn' });
    expect(chain(withdrawn).approveMove).toBeNull();
    const again = chief.move(withdrawn, 'approved');
    expect(standing(again)).toMatchObject({ approved: true, approval: again.approvals[1] });
    // A withdrawal after publishing ends it too.
    expect(standing(chief.move(reporter.move(approved(), 'published'), 'in-review')).approved).toBe(false);
  });
});

describe('forgeries', () => {
  it('state edited: a withdrawn approval re-asserted by setting state back to approved does not stand', () => {
    const withdrawn = chief.move(approved(), 'in-review', 'Rút duyệt');
    const forged = withLog(withdrawn, withdrawn.workflow.log, 'approved');
    expect(chain(forged)).toMatchObject({ state: 'in-review', stored: 'approved', mismatch: true, brokenAt: null });
    expect(standing(forged)).toMatchObject({ approved: false, withdrawn: true });
  });

  it('a draft with a valid approval, set to published with an empty log, is a draft', () => {
    const r = draft();
    const forged = { ...withLog(r, [], 'published'), approvals: [chief.approve(r)] };
    expect(chain(forged)).toMatchObject({ state: 'draft', stored: 'published', mismatch: true, approveMove: null });
    expect(standing(forged).approved).toBe(false);
    // The same approval named at the (empty) chain head, with an approve move forged in plain text, does not help either.
    const entry: AuditEntry = { who: 'x', when: '2026-11-26T09:00:00+07:00', from: 'in-review', to: 'approved', note: '', contentHash: contentHash(r) };
    expect(standing({ ...withLog(r, [entry], 'approved'), approvals: [chief.approveAt(r)] }).approved).toBe(false);
  });

  it('a log entry removed from the middle breaks the chain: it and everything after are void', () => {
    const r = reporter.move(chief.move(chief.move(approved(), 'in-review'), 'approved'), 'published');
    const log = r.workflow.log;
    const cut = withLog(r, [log[0]!, log[1]!, log[3]!, log[4]!]);
    expect(verdicts(cut)).toEqual(['valid', 'valid', 'broken-link', 'void']);
    expect(chain(cut)).toMatchObject({ state: 'approved', brokenAt: 2, mismatch: true });
    // The records before the break still hold an approval, but a file that shows tampering never stands.
    expect(standing(cut)).toEqual({ approved: false, withdrawn: false, reason: 'broken-chain' });
    const firstGone = withLog(r, log.slice(1));
    expect(verdicts(firstGone)).toEqual(['broken-link', 'void', 'void', 'void']);
    expect(chain(firstGone).state).toBe('draft');
    expect(standing(firstGone).approved).toBe(false);
  });

  it('log entries reordered break the chain', () => {
    const r = chief.move(approved(), 'in-review');
    const [a, b, c] = r.workflow.log as [AuditEntry, AuditEntry, AuditEntry];
    expect(verdicts(withLog(r, [a, c, b], 'approved'))).toEqual(['valid', 'broken-link', 'void']);
    expect(standing(withLog(r, [a, c, b], 'approved')).approved).toBe(false);
    expect(verdicts(withLog(r, [b, a, c]))).toEqual(['broken-link', 'void', 'void']);
  });

  it('a move signed by an unknown key counts for the chain, but its approval does not make the release approved', () => {
    const r = stranger.move(submitted(), 'approved');
    expect(chain(r)).toMatchObject({ state: 'approved', mismatch: false, brokenAt: null });
    expect(chain(r).moves.map((m) => m.trusted)).toEqual([false, false]);
    expect(standing(r)).toEqual({ approved: false, withdrawn: false, reason: 'no-approval' });
    // A trusted approval alone is not enough when the approve move is the stranger's.
    const mixed = { ...r, approvals: [chief.approveAt(submitted()), ...r.approvals] };
    expect(releaseApprovalState(mixed, trusted, fakeVerify).statuses.map((s) => s.verdict)).toEqual(['valid', 'untrusted-key']);
    expect(standing(mixed).approved).toBe(false);
  });

  it('an altered record (who, note, state, content hash) fails its signature and voids what follows', () => {
    const r = reporter.move(approved(), 'published');
    for (const change of [{ who: 'Người khác' }, { note: 'Sửa' }, { contentHash: 'ab'.repeat(32) }, { when: '2026-11-27T09:00:00+07:00' }]) {
      const log = r.workflow.log.map((e, i) => (i === 1 ? { ...e, ...change } : e));
      expect(verdicts(withLog(r, log))).toEqual(['valid', 'bad-signature', 'void']);
      expect(chain(withLog(r, log))).toMatchObject({ state: 'in-review', brokenAt: 1 });
      expect(standing(withLog(r, log)).approved).toBe(false);
    }
    // A record re-signed by another key under the approver's name and fingerprint fails too.
    const { signature: _s, ...unsigned } = r.workflow.log[1] as SignedMove;
    const resigned = { ...unsigned, signature: toBase64(fakeSign(stranger.publicKey, movePayload(unsigned))) };
    expect(verdicts(withLog(r, [r.workflow.log[0]!, resigned, r.workflow.log[2]!]))).toEqual(['valid', 'bad-signature', 'void']);
  });

  it('an approval moved onto other content, or another chain position, does not stand', () => {
    const r = approved();
    const edited = { ...r, headline: r.headline + ' (sửa)' };
    expect(standing(edited)).toMatchObject({ approved: false, reason: 'no-approval' });
    // Another release whose approve move was signed by the same key, given this approval.
    const other = chief.move(reporter.move({ ...draft(), sapo: 'Khác' }, 'in-review'), 'approved');
    expect(standing({ ...other, approvals: r.approvals }).approved).toBe(false);
    // An approval of this content at this head by this key, but the approve move signed other content.
    const before = submitted();
    const editedBefore = { ...before, sapo: 'Khác' };
    const movedOn = { ...editedBefore, workflow: chief.move(before, 'approved').workflow, approvals: [chief.approveAt(editedBefore)] };
    expect(movedOn.approvals[0]!.chainHead).toBe(movedOn.workflow.log[1]!.prev);
    expect(releaseApprovalState(movedOn, trusted, fakeVerify).statuses.map((s) => s.verdict)).toEqual(['valid']);
    expect(standing(movedOn)).toEqual({ approved: false, withdrawn: false, reason: 'no-approval' });
    // This release's approval from an earlier round reused after a withdrawal and a forged re-approval.
    const round2 = chief.move(chief.move(r, 'in-review'), 'approved');
    expect(standing({ ...round2, approvals: [r.approvals[0]!] }).approved).toBe(false);
  });

  it('a move that does not start where the chain is, or that the workflow does not allow, is an invalid move', () => {
    const r = submitted();
    const jump = { ...reporter.signMove(withLog(r, r.workflow.log, 'approved'), 'published') };
    expect(verdicts(appendMove(r, jump))).toEqual(['valid', 'invalid-move']);
    // Draft -> Approved, signed by a trusted key (nextMove refuses to build it; a forger need not).
    const unsigned = { ...chief.signMove(draft(), 'in-review'), to: 'approved' as const };
    const { signature: _s, ...payload } = unsigned;
    const skip = { ...payload, signature: toBase64(fakeSign(chief.publicKey, movePayload(payload))) };
    expect(isSignedMove(skip)).toBe(true);
    expect(verdicts(appendMove(draft(), skip))).toEqual(['invalid-move']);
  });
});

describe('unsigned history (format 1.2)', () => {
  const legacyApproved = (): Release => {
    const r = unsignedMove(unsignedMove(draft(), 'in-review'), 'approved');
    return { ...r, approvals: [chief.approve(r)] };
  };

  it('an approval from before chain heads, withdrawn after it was made, reads as withdrawn', () => {
    const r = legacyApproved();
    const verdictsOf = (x: Release) => releaseApprovalState(x, trusted, fakeVerify).statuses.map((st) => [st.verdict, st.withdrawnBy]);
    expect(verdictsOf(r)).toEqual([['valid', undefined]]);
    // Withdrawn at (or after) the approval's time: withdrawn, in the history.
    expect(verdictsOf(chief.move(r, 'in-review'))).toEqual([['withdrawn', 'history']]);
    // A withdrawal dated before the approval cannot have withdrawn it.
    expect(verdictsOf(chief.move(r, 'in-review', '', '2026-11-20T09:00:00+07:00'))).toEqual([['valid', undefined]]);
  });

  it('sets the state but cannot make a final export until approved again', () => {
    const r = legacyApproved();
    expect(verdicts(r)).toEqual(['unsigned', 'unsigned']);
    expect(chain(r)).toMatchObject({ state: 'approved', unsignedHistory: true, approveMove: null, mismatch: false });
    expect(standing(r)).toEqual({ approved: false, withdrawn: false, reason: 'unsigned-history' });
    // Withdrawing and approving again, signed, chains onto the unsigned history and stands.
    const reapproved = chief.move(chief.move(r, 'in-review'), 'approved');
    expect(verdicts(reapproved)).toEqual(['unsigned', 'unsigned', 'valid', 'valid']);
    expect(reapproved.workflow.log[2]).toMatchObject({ prev: chainHead(r.workflow.log) });
    expect(standing(reapproved).approved).toBe(true);
    // Published on unsigned history alone is still not approved.
    expect(standing(reporter.move(r, 'published'))).toMatchObject({ approved: false, reason: 'unsigned-history' });
  });

  it('an unsigned record after a signed one is a missing signature', () => {
    const r = unsignedMove(approved(), 'published');
    expect(verdicts(r)).toEqual(['valid', 'valid', 'bad-signature']);
    expect(chain(r)).toMatchObject({ state: 'approved', brokenAt: 2, unsignedHistory: false });
  });

  it('edited unsigned history breaks the signed chain built on it', () => {
    const reapproved = chief.move(chief.move(legacyApproved(), 'in-review'), 'approved');
    const log = reapproved.workflow.log.map((e, i) => (i === 0 ? { ...e, who: 'Người khác' } : e));
    expect(verdicts(withLog(reapproved, log))).toEqual(['unsigned', 'unsigned', 'broken-link', 'void']);
    // An unsigned move the workflow does not allow is refused like a signed one.
    expect(verdicts(unsignedMove(draft(), 'published'))).toEqual(['invalid-move']);
  });
});

describe('withdrawal through the office list', () => {
  it('a kept copy from before the withdrawal stands until the office list carries the withdrawal', () => {
    const r = approved();
    const later = chief.move(r, 'in-review', 'Rút duyệt');
    // The old copy is the chain cut before the withdrawal: nothing in it shows the withdrawal.
    expect(withLog(later, later.workflow.log.slice(0, 2), 'approved')).toEqual(r);
    expect(standing(r).approved).toBe(true);
    const a = r.approvals[0]!;
    const entry = { contentHash: a.contentHash, fingerprint: a.fingerprint, chainHead: a.chainHead! };
    expect(standing(r, [entry])).toEqual({ approved: false, withdrawn: true, reason: 'withdrawn' });
    expect(standing(r, [{ contentHash: a.contentHash, fingerprint: a.fingerprint }]).approved).toBe(false);
    // Another key, other content or another head is another approval.
    expect(standing(r, [{ ...entry, fingerprint: reporter.trusted.fingerprint }]).approved).toBe(true);
    expect(standing(r, [{ ...entry, contentHash: 'ab'.repeat(32) }]).approved).toBe(true);
    // Re-approving the same content after the withdrawal is a new approval (a new chain head).
    const again = chief.move(later, 'approved');
    expect(standing(again, [entry]).approved).toBe(true);
    // The withdrawn copy itself stays withdrawn, whether the list says so or not.
    expect(standing(later, [entry])).toEqual({ approved: false, withdrawn: true, reason: 'withdrawn' });
  });
});

describe('a log stuffed with moves', () => {
  it('is refused past MAX_WORKFLOW_MOVES; a broken one is read without hashing on', () => {
    const r = submitted();
    const entry = r.workflow.log[0]!;
    expect(releaseSchema.safeParse(withLog(r, Array(MAX_WORKFLOW_MOVES).fill(entry))).success).toBe(true);
    expect(releaseSchema.safeParse(withLog(r, Array(MAX_WORKFLOW_MOVES + 1).fill(entry))).success).toBe(false);
    const stuffed = verifyChain(withLog(r, Array(MAX_WORKFLOW_MOVES).fill(entry)), fakeVerify, trusted);
    expect(stuffed).toMatchObject({ brokenAt: 1, state: 'in-review' });
    expect(stuffed.moves.filter((m) => m.verdict === 'void')).toHaveLength(MAX_WORKFLOW_MOVES - 2);
  });
});

describe('signatures and moves', () => {
  it('a move signature holds only for a well-formed key whose fingerprint it names', () => {
    const move = approved().workflow.log[1] as SignedMove;
    expect(moveSignatureHolds(move, fakeVerify)).toBe(true);
    expect(moveSignatureHolds({ ...move, publicKey: 'AAAA' }, fakeVerify)).toBe(false);
    expect(moveSignatureHolds({ ...move, publicKey: 'not base64!' }, fakeVerify)).toBe(false);
    expect(moveSignatureHolds({ ...move, signature: 'AAAA' }, fakeVerify)).toBe(false);
    expect(moveSignatureHolds({ ...move, signature: 'not base64!' }, fakeVerify)).toBe(false);
    expect(moveSignatureHolds(move, () => true)).toBe(true);
    // Checked before the signature itself: a verifier that says yes to anything changes nothing.
    const yes = () => true;
    expect(moveSignatureHolds({ ...move, fingerprint: reporter.trusted.fingerprint }, yes)).toBe(false);
    const short = new Uint8Array(31).fill(1);
    expect(moveSignatureHolds({ ...move, publicKey: toBase64(short), fingerprint: toHex(sha256(short)) }, yes)).toBe(false);
    expect(moveSignatureHolds({ ...move, signature: toBase64(new Uint8Array(63)) }, yes)).toBe(false);
    expect(moveSignatureHolds(move, () => 1 as unknown as boolean)).toBe(false);
    expect(
      moveSignatureHolds(move, () => {
        throw new Error('x');
      }),
    ).toBe(false);
  });

  it('a move is by a trusted approver only when both its fingerprint and its key are the listed ones', () => {
    const r = approved();
    expect(verifyChain(r, fakeVerify, [{ ...chief.trusted, publicKey: reporter.trusted.publicKey }]).moves.map((m) => m.trusted)).toEqual([false, false]);
    expect(verifyChain(r, fakeVerify, [{ ...chief.trusted, fingerprint: reporter.trusted.fingerprint }]).moves.map((m) => m.trusted)).toEqual([false, false]);
    expect(verifyChain(r, fakeVerify, []).moves.map((m) => m.trusted)).toEqual([false, false]);
    expect(verifyChain(unsignedMove(draft(), 'in-review'), fakeVerify, trusted).moves[0]!.trusted).toBe(false);
  });

  it('isSignedMove needs all four fields', () => {
    const move = approved().workflow.log[0] as SignedMove;
    expect(isSignedMove(move)).toBe(true);
    for (const field of ['fingerprint', 'publicKey', 'prev', 'signature'] as const) {
      const { [field]: _gone, ...rest } = move;
      expect(isSignedMove(rest)).toBe(false);
    }
  });

  it('nextMove starts from the state given, chains onto the log and hashes the content; appendMove caches the new state', () => {
    const r = submitted();
    const signer = { fingerprint: chief.trusted.fingerprint, publicKey: chief.trusted.publicKey };
    const move = nextMove(r, 'in-review', { to: 'changes-requested', who: 'An', when: '2026-11-26T10:00:00+07:00', note: 'Sửa tít' }, signer);
    expect(move).toEqual({
      who: 'An',
      when: '2026-11-26T10:00:00+07:00',
      from: 'in-review',
      to: 'changes-requested',
      note: 'Sửa tít',
      contentHash: contentHash(r),
      ...signer,
      prev: chainHead(r.workflow.log),
    });
    expect(() => nextMove(r, 'draft', { to: 'approved', who: 'An', when: '2026-11-26T10:00:00+07:00', note: '' }, signer)).toThrow(/cannot move from draft to approved/);
    const signed = { ...move, signature: 'x' };
    expect(appendMove(r, signed).workflow).toEqual({ state: 'changes-requested', log: [...r.workflow.log, signed] });
  });
});
