/**
 * Approvals under both canonical forms: records signed before form 2 (no contentForm) keep
 * verifying byte for byte; new records name form 2 and are signed as payload version 2.
 */
import { describe, expect, it } from 'vitest';
import { kitchenSinkRelease } from '../document/kitchen-sink';
import { approvalSchema, releaseSchema, type ApprovalRecord, type PmNode, type Release } from '../document/release';
import { approvalPayload, contentFormOf, signatureHolds, verifyApprovals, type UnsignedApproval } from './approval';
import { toBase64 } from './bytes';
import { CONTENT_FORM_V1, CONTENT_FORM_V2, contentHash } from './canonical';
import { fakeSign, fakeSigner, fakeVerify } from './test-signer';
import { approvedContentHash, editedWhileLocked } from './workflow';

const sink = (): Release => kitchenSinkRelease().release;

/** fakeSigner('v1 pin').approve(kitchen sink, 'Đồng ý'), made with the code before form 2 existed. */
const V1_RECORD: ApprovalRecord = {
  signerName: 'Nguyễn Văn An',
  signerPosition: 'Chánh Văn phòng',
  fingerprint: 'f6c786388fa0693c157056b88d5cb452751d4c783796bf3eacdfa4e0dbd8c3ca',
  publicKey: 'yidd2p3gvK949f/JgD4uK+8ChIT/wgu+z72dMO2A3vs=',
  time: '2026-11-26T09:30:00+07:00',
  contentHash: '142d3e8ab8bcb08d1fd2c7685f1ae230fd5f149a2cb9118c27136945262e756f',
  note: 'Đồng ý',
  signature: 'Rr+avRTjdy6pOfMSpy+5He7m/3VLNk8oJArT6Td47CsfoaexP6XK5VbOqSv9NenVf2G4+RKj7rn4YaIqwbfwxg==',
};
const v1Signer = fakeSigner('v1 pin');

/** A record signed over `unsigned` exactly as given (to build old-style or forged records). */
const signed = (unsigned: UnsignedApproval): ApprovalRecord => ({ ...unsigned, signature: toBase64(fakeSign(v1Signer.publicKey, approvalPayload(unsigned))) });
const { signature: _s, ...V1_UNSIGNED } = V1_RECORD;

/** The kitchen sink with a comment mark on part of its first paragraph's text (a review anchor). */
function commented(release: Release): Release {
  const [first, ...rest] = release.body.content;
  const [head, ...tail] = first!.content ?? [];
  const text = (head as PmNode).text!;
  const split: unknown[] = [
    { ...head, text: text.slice(0, 3) },
    { ...head, text: text.slice(3), marks: [...((head as PmNode).marks ?? []), { type: 'comment', attrs: { id: 't1' } }] },
  ];
  return { ...release, body: { type: 'doc', content: [{ ...first!, content: [...(split as PmNode[]), ...tail] }, ...rest] } };
}

describe('approvalPayload versions', () => {
  it('a record with only the 1.2 fields is signed as pressdesk-approval/1, byte for byte as before', () => {
    // The exact bytes, pinned from the code before form 2 (another key, same shape).
    const unsigned: UnsignedApproval = {
      signerName: 'Nguyễn Văn An',
      signerPosition: 'Chánh Văn phòng',
      fingerprint: '828a952915da5c92f59211b74f027f6e44d4a1a69f7a6134019399e2b6027b3b',
      publicKey: 'kfhN9NRQ6PitZmkuRZMHgHFgZANt2v/2oryoarIMvjA=',
      time: '2026-11-26T09:30:00+07:00',
      contentHash: '142d3e8ab8bcb08d1fd2c7685f1ae230fd5f149a2cb9118c27136945262e756f',
      note: 'Đồng ý phát hành',
    };
    expect(new TextDecoder().decode(approvalPayload(unsigned))).toBe(
      '{"canon":"pressdesk-approval/1","contentHash":"142d3e8ab8bcb08d1fd2c7685f1ae230fd5f149a2cb9118c27136945262e756f","fingerprint":"828a952915da5c92f59211b74f027f6e44d4a1a69f7a6134019399e2b6027b3b","note":"Đồng ý phát hành","publicKey":"kfhN9NRQ6PitZmkuRZMHgHFgZANt2v/2oryoarIMvjA=","signerName":"Nguyễn Văn An","signerPosition":"Chánh Văn phòng","time":"2026-11-26T09:30:00+07:00"}',
    );
    // An undefined optional field is no field.
    expect(approvalPayload({ ...unsigned, contentForm: undefined })).toEqual(approvalPayload(unsigned));
  });

  it('a record naming its content form is signed as pressdesk-approval/2, the form included', () => {
    const payload = new TextDecoder().decode(approvalPayload({ ...V1_UNSIGNED, contentForm: CONTENT_FORM_V2 }));
    expect(payload).toContain('"canon":"pressdesk-approval/2"');
    expect(payload).toContain('"contentForm":"pressdesk-content/2"');
  });

  it('any field beyond the 1.2 ones moves the record to payload 2, so it is signed', () => {
    const extra = { ...V1_UNSIGNED, chainHead: 'c'.repeat(64) } as UnsignedApproval;
    const text = new TextDecoder().decode(approvalPayload(extra));
    expect(text).toContain('"canon":"pressdesk-approval/2"');
    expect(text).toContain(`"chainHead":"${'c'.repeat(64)}"`);
  });

  it('the form cannot be added to or stripped from a signed record', () => {
    expect(signatureHolds(V1_RECORD, fakeVerify)).toBe(true);
    expect(signatureHolds({ ...V1_RECORD, contentForm: CONTENT_FORM_V2 }, fakeVerify)).toBe(false);
    const v2 = v1Signer.approve(sink());
    expect(v2.contentForm).toBe(CONTENT_FORM_V2);
    expect(signatureHolds(v2, fakeVerify)).toBe(true);
    const { contentForm: _f, ...stripped } = v2;
    expect(signatureHolds(stripped, fakeVerify)).toBe(false);
  });
});

describe('verifying under the form the approval signed', () => {
  it('an approval made before form 2 still verifies, compared under form 1', () => {
    const release = { ...sink(), approvals: [V1_RECORD] };
    expect(releaseSchema.safeParse(release).success).toBe(true);
    expect(contentFormOf(V1_RECORD)).toBe(CONTENT_FORM_V1);
    expect(V1_RECORD.contentHash).not.toBe(contentHash(release));
    expect(verifyApprovals(release, [v1Signer.trusted], fakeVerify).map((s) => s.verdict)).toEqual(['valid']);
    // Given the current (form 2) hash, form 1 is still what it is compared in.
    expect(verifyApprovals(release, [v1Signer.trusted], fakeVerify, { contentHash: contentHash(release) })[0]!.verdict).toBe('valid');
    expect(verifyApprovals({ ...release, headline: 'x' }, [v1Signer.trusted], fakeVerify)[0]!.verdict).toBe('content-changed');
  });

  it('a new approval is compared under form 2, even when handed the form 1 hash', () => {
    const approval = v1Signer.approve(sink());
    const release = { ...sink(), approvals: [approval] };
    expect(approvalSchema.safeParse(approval).success).toBe(true);
    expect(contentFormOf(approval)).toBe(CONTENT_FORM_V2);
    expect(verifyApprovals(release, [v1Signer.trusted], fakeVerify)[0]!.verdict).toBe('valid');
    expect(verifyApprovals(release, [v1Signer.trusted], fakeVerify, { contentHash: contentHash(release, CONTENT_FORM_V1) })[0]!.verdict).toBe('content-changed');
  });

  it('a record claiming form 1 for a form 2 hash (or the reverse) is content-changed', () => {
    const release = sink();
    const wrongV1 = signed({ ...V1_UNSIGNED, contentHash: contentHash(release, CONTENT_FORM_V2) });
    const wrongV2 = signed({ ...V1_UNSIGNED, contentForm: CONTENT_FORM_V2, contentHash: contentHash(release, CONTENT_FORM_V1) });
    const verdicts = verifyApprovals({ ...release, approvals: [wrongV1, wrongV2] }, [v1Signer.trusted], fakeVerify).map((s) => s.verdict);
    expect(verdicts).toEqual(['content-changed', 'content-changed']);
  });

  it('a review comment voids a form 1 approval (as it always did) but not a form 2 one', () => {
    const withComment = commented(sink());
    const release = { ...withComment, approvals: [V1_RECORD, v1Signer.approve(sink())] };
    expect(verifyApprovals(release, [v1Signer.trusted], fakeVerify).map((s) => s.verdict)).toEqual(['content-changed', 'valid']);
  });
});

describe('the lock under both forms', () => {
  const locked = (release: Release, approval: ApprovalRecord, logHash: string | null): Release => ({
    ...release,
    approvals: [approval],
    workflow: {
      state: 'approved',
      log: logHash === null ? [] : [{ who: 'A', when: '2026-11-26T09:00:00+07:00', from: 'in-review', to: 'approved', note: '', contentHash: logHash }],
    },
  });

  it('holds an approval made before form 2 to its form 1 hash, from the log or the record', () => {
    for (const logHash of [V1_RECORD.contentHash, null]) {
      const release = locked(sink(), V1_RECORD, logHash);
      expect(approvedContentHash(release)).toBe(V1_RECORD.contentHash);
      expect(editedWhileLocked(release)).toBe(false);
      expect(editedWhileLocked({ ...release, sapo: 'Khác' })).toBe(true);
    }
  });

  it('a comment on a form 2 approved release is no edit; on a form 1 approved release it is', () => {
    const v2 = v1Signer.approve(sink());
    expect(editedWhileLocked(locked(commented(sink()), v2, v2.contentHash))).toBe(false);
    expect(editedWhileLocked(locked(commented(sink()), V1_RECORD, V1_RECORD.contentHash))).toBe(true);
  });
});
