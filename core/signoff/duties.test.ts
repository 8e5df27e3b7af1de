import { describe, expect, it } from 'vitest';
import { kitchenSinkRelease } from '../document/kitchen-sink';
import type { Release } from '../document/release';
import { verifyChain } from './chain';
import { dutyConflict } from './duties';
import { fakeSigner, fakeVerify } from './test-signer';

const reporter = fakeSigner('reporter', 'Lê Thị Hoa', 'Phóng viên');
const secretary = fakeSigner('secretary', 'Trần Văn Bình', 'Thư ký tòa soạn');
const chief = fakeSigner('chief', 'Nguyễn Văn An', 'Chánh Văn phòng');
const fp = (s: typeof chief) => s.trusted.fingerprint;
const conflict = (r: Release, s: typeof chief) => dutyConflict(verifyChain(r, fakeVerify, []), fp(s));

describe('separation of duties', () => {
  const submitted = reporter.move(kitchenSinkRelease().release, 'in-review');

  it('names the author (first submit) and the one who submitted, by key', () => {
    expect(conflict(submitted, reporter)).toBe('authored');
    expect(conflict(submitted, chief)).toBeNull();
    // Sent back and resubmitted by the secretary: the reporter stays the author, the secretary submitted.
    const resubmitted = secretary.move(chief.move(submitted, 'changes-requested'), 'in-review');
    expect(conflict(resubmitted, reporter)).toBe('authored');
    expect(conflict(resubmitted, secretary)).toBe('submitted');
    expect(conflict(resubmitted, chief)).toBeNull();
  });

  it('a withdrawal is not a submit: the approver may approve again', () => {
    const withdrawn = chief.move(chief.move(submitted, 'approved'), 'in-review');
    expect(conflict(withdrawn, chief)).toBeNull();
  });

  it('a typed name counts for nothing: another key with the same name is someone else', () => {
    const sameName = fakeSigner('other key', 'Lê Thị Hoa', 'Phóng viên');
    expect(conflict(submitted, sameName)).toBeNull();
  });

  it('a move that does not verify (altered) does not make anyone the submitter', () => {
    const log = submitted.workflow.log.map((e) => ({ ...e, note: 'altered' }));
    expect(conflict({ ...submitted, workflow: { ...submitted.workflow, log } }, reporter)).toBeNull();
  });
});
