import { describe, expect, it } from 'vitest';
import { WORKFLOW_STATES } from '../../core/document/release';
import { canMove, isLockedState } from '../../core/signoff/workflow';
import { actionsFor, approvalNotices, chainNotices, type ReleaseVerification, type Verdict } from './signoff';

const TARGET = { submit: 'in-review', 'request-changes': 'changes-requested', approve: 'approved', withdraw: 'in-review' } as const;

describe('sign-off actions', () => {
  it('offers only moves the workflow allows', () => {
    for (const state of WORKFLOW_STATES) for (const action of actionsFor(state)) expect(canMove(state, TARGET[action]), `${state} ${action}`).toBe(true);
  });

  it('approves only from review and locks approved and published releases', () => {
    expect(WORKFLOW_STATES.filter((s) => actionsFor(s).includes('approve'))).toEqual(['in-review']);
    expect(WORKFLOW_STATES.filter(isLockedState)).toEqual(['approved', 'published']);
  });
});

const WORKFLOW: ReleaseVerification['workflow'] = {
  state: 'approved',
  stored: 'approved',
  mismatch: false,
  unsignedHistory: false,
  brokenAt: null,
  moves: ['valid', 'valid'],
  reason: 'approved',
};

describe('workflow history notices', () => {
  const notices = (workflow: Partial<ReleaseVerification['workflow']>) =>
    chainNotices({ approved: false, contentHash: 'cd'.repeat(32), approvals: [], workflow: { ...WORKFLOW, ...workflow }, duty: { conflict: null, rule: 'warn' } });

  it('say nothing of a clean chain', () => {
    expect(notices({})).toEqual([]);
    // Unsigned history alone (a 1.2 file now in review) is shown in the history, not above the sheet.
    expect(notices({ unsignedHistory: true, reason: 'not-approved' })).toEqual([]);
  });

  it('name the altered move, a stored state the chain does not back, and an approval on unsigned history', () => {
    expect(notices({ brokenAt: 2, moves: ['valid', 'valid', 'broken-link'], reason: 'broken-chain' })).toEqual([{ kind: 'broken', move: 3 }]);
    expect(notices({ brokenAt: 0, mismatch: true, stored: 'published', state: 'draft' })).toEqual([
      { kind: 'broken', move: 1 },
      { kind: 'mismatch', stored: 'published', state: 'draft' },
    ]);
    expect(notices({ unsignedHistory: true, reason: 'unsigned-history' })).toEqual([{ kind: 'unsigned' }]);
  });
});

describe('approval banners', () => {
  const approval = (verdict: Verdict, signerName = 'Nguyễn Văn An') => ({ signerName, signerPosition: 'Chánh Văn phòng', fingerprint: 'ab'.repeat(32), time: '2026-11-26T09:30:00+07:00', note: '', verdict });
  const verification = (approved: boolean, ...approvals: ReturnType<typeof approval>[]): ReleaseVerification => ({ approved, contentHash: 'cd'.repeat(32), approvals, workflow: WORKFLOW, duty: { conflict: null, rule: 'warn' } });

  it('says "Approved by" only while the approval stands', () => {
    expect(approvalNotices(verification(true, approval('valid')), true).map((n) => n.kind)).toEqual(['valid']);
    // Withdrawn: the signature still holds, but no "Approved by" — a neutral line instead.
    expect(approvalNotices(verification(false, approval('valid')), false).map((n) => n.kind)).toEqual(['withdrawn']);
    // Withdrawn in the signed history (its verdict says so): the neutral line, never "Approved by".
    expect(approvalNotices(verification(false, approval('withdrawn')), false).map((n) => n.kind)).toEqual(['withdrawn']);
    // Just withdrawn, the old verification (approved) not yet replaced: the document's state wins.
    expect(approvalNotices(verification(true, approval('valid')), false).map((n) => n.kind)).toEqual(['withdrawn']);
  });

  it('keeps the problems: changed content, an unknown key, an altered record', () => {
    expect(approvalNotices(verification(false, approval('content-changed')), false).map((n) => n.kind)).toEqual(['content-changed']);
    expect(approvalNotices(verification(false, approval('untrusted-key')), true).map((n) => n.kind)).toEqual(['untrusted-key']);
    expect(approvalNotices(verification(true, approval('bad-signature', 'Kẻ giả mạo'), approval('valid')), true).map((n) => [n.kind, n.approval.signerName])).toEqual([
      ['valid', 'Nguyễn Văn An'],
      ['bad-signature', 'Kẻ giả mạo'],
    ]);
    expect(approvalNotices(verification(false), false)).toEqual([]);
  });
});
