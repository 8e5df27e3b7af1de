import { describe, expect, it } from 'vitest';
import { kitchenSinkRelease } from '../document/kitchen-sink';
import { releaseSchema, type Release } from '../document/release';
import { approvalPayload, approvalStanding, formatFingerprint, releaseApprovalState, verifyApprovals } from './approval';
import { fromBase64, toBase64 } from './bytes';
import { contentHash } from './canonical';
import { fakeSigner, fakeVerify } from './test-signer';

const sink = (): Release => kitchenSinkRelease().release;

describe('approvalPayload', () => {
  it('covers every field but the signature, canonically', () => {
    const record = fakeSigner('a').approve(sink(), 'Đồng ý phát hành');
    const { signature: _s, ...unsigned } = record;
    const text = new TextDecoder().decode(approvalPayload(unsigned));
    for (const value of Object.values(unsigned)) expect(text).toContain(JSON.stringify(value));
    // fakeSigner's records name their content form, so they are signed as payload version 2.
    expect(text).toContain('"canon":"pressdesk-approval/2"');
    expect(text).not.toContain(record.signature);
    expect(approvalPayload({ ...unsigned, note: undefined })).toEqual(approvalPayload((({ note: _n, ...rest }) => rest)(unsigned)));
  });
});

describe('verifyApprovals', () => {
  const signer = fakeSigner('a');
  const approved = (): Release => {
    const release = sink();
    return { ...release, approvals: [signer.approve(release)] };
  };

  it('valid: intact signature, trusted key, current content; the record passes the file schema', () => {
    const release = approved();
    expect(releaseSchema.safeParse(release).error?.issues ?? []).toEqual([]);
    const state = releaseApprovalState(release, [signer.trusted], fakeVerify);
    expect(state).toMatchObject({ approved: true, contentHash: contentHash(release) });
    expect(state.statuses.map((s) => s.verdict)).toEqual(['valid']);
    expect(state.valid[0]!.trustedAs).toEqual(signer.trusted);
  });

  it('untrusted-key: a good signature by a key not on the list, or listed with another key', () => {
    const release = approved();
    expect(verifyApprovals(release, [], fakeVerify)[0]!.verdict).toBe('untrusted-key');
    expect(verifyApprovals(release, [fakeSigner('b').trusted], fakeVerify)[0]!.verdict).toBe('untrusted-key');
    expect(releaseApprovalState(release, [], fakeVerify).approved).toBe(false);
  });

  it('bad-signature: any signed field altered, a flipped signature bit, a key swapped, or a verifier that throws', () => {
    const release = approved();
    const record = release.approvals[0]!;
    const other = fakeSigner('b');
    const sig = fromBase64(record.signature)!;
    sig[10] = sig[10]! ^ 1;
    const tampered = [
      { ...record, signerName: 'Trần Văn Bình' },
      { ...record, signerPosition: 'Giám đốc' },
      { ...record, time: '2026-11-27T09:30:00+07:00' },
      { ...record, note: 'x' },
      { ...record, contentHash: 'f'.repeat(64) },
      { ...record, signature: toBase64(sig) },
      { ...record, publicKey: other.trusted.publicKey, fingerprint: other.trusted.fingerprint },
      { ...record, fingerprint: other.trusted.fingerprint },
      { ...record, signature: 'AAAA' },
    ];
    for (const approval of tampered) {
      const verdicts = verifyApprovals({ ...release, approvals: [approval] }, [signer.trusted, other.trusted], fakeVerify);
      expect(verdicts[0]!.verdict).toBe('bad-signature');
    }
    const throwing = () => {
      throw new Error('boom');
    };
    expect(verifyApprovals(release, [signer.trusted], throwing)[0]!.verdict).toBe('bad-signature');
  });

  it('content-changed: a trusted, intact approval of other content; and a swapped photo when bytes are given', () => {
    const release = approved();
    const edited = { ...release, headline: release.headline + '!' };
    expect(verifyApprovals(edited, [signer.trusted], fakeVerify)[0]!.verdict).toBe('content-changed');
    const { assets } = kitchenSinkRelease();
    expect(verifyApprovals(release, [signer.trusted], fakeVerify, { assetBytes: assets })[0]!.verdict).toBe('valid');
    const [hash, bytes] = [...assets][0]!;
    const flipped = new Uint8Array(bytes);
    flipped[flipped.length - 20] = flipped[flipped.length - 20]! ^ 0x40;
    const swapped = new Map([...assets, [hash, flipped]]);
    expect(verifyApprovals(release, [signer.trusted], fakeVerify, { assetBytes: swapped })[0]!.verdict).toBe('content-changed');
  });

  it('one valid trusted approval is enough; each approval gets its own verdict', () => {
    const release = approved();
    const stranger = fakeSigner('c').approve(release);
    const both = { ...release, approvals: [stranger, ...release.approvals] };
    const state = releaseApprovalState(both, [signer.trusted], fakeVerify);
    expect(state.statuses.map((s) => s.verdict)).toEqual(['untrusted-key', 'valid']);
    expect(state.approved).toBe(true);
    expect(releaseApprovalState({ ...release, approvals: [] }, [signer.trusted], fakeVerify).approved).toBe(false);
  });

  it('shows fingerprints in groups of four hex digits', () => {
    expect(formatFingerprint('0123456789abcdef'.repeat(4))).toMatch(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
  });
});

describe('approvalStanding', () => {
  const signer = fakeSigner('a');
  const approvedRelease = (): Release => signer.move(signer.move(sink(), 'in-review'), 'approved');
  const standing = (release: Release) => approvalStanding(release, releaseApprovalState(release, [signer.trusted], fakeVerify));

  it('approved only while the signed chain is Approved or Published with a valid trusted approval of the current content', () => {
    const approved = approvedRelease();
    expect(standing(approved)).toMatchObject({ approved: true, withdrawn: false, approval: approved.approvals[0] });
    expect(standing(signer.move(approved, 'published'))).toMatchObject({ approved: true, withdrawn: false });
    expect(standing({ ...approved, headline: approved.headline + '!' })).toMatchObject({ approved: false, withdrawn: false });
  });

  it('the stored state is only a cache: an approval with a state but no signed chain is not an approval', () => {
    const release = sink();
    for (const state of ['approved', 'published'] as const) {
      const forged = { ...release, approvals: [signer.approve(release)], workflow: { state, log: [] } };
      expect(standing(forged), state).toMatchObject({ approved: false });
    }
  });

  it('a withdrawn approval is not an approval, and its verdict says withdrawn (in the history), never valid', () => {
    const withdrawn = signer.move(approvedRelease(), 'in-review');
    for (const release of [withdrawn, signer.move(withdrawn, 'changes-requested'), signer.move(signer.move(withdrawn, 'changes-requested'), 'draft')]) {
      expect(standing(release), release.workflow.state).toEqual({ approved: false, withdrawn: true, reason: 'withdrawn' });
      const statuses = releaseApprovalState(release, [signer.trusted], fakeVerify).statuses;
      expect(statuses.map((s) => [s.verdict, s.withdrawnBy])).toEqual([['withdrawn', 'history']]);
    }
    // Withdrawn after publishing too; approving again leaves the first withdrawn and the second valid.
    const published = signer.move(approvedRelease(), 'published');
    const reopened = signer.move(published, 'in-review');
    expect(releaseApprovalState(reopened, [signer.trusted], fakeVerify).statuses.map((s) => s.verdict)).toEqual(['withdrawn']);
    const again = signer.move(reopened, 'approved');
    expect(releaseApprovalState(again, [signer.trusted], fakeVerify).statuses.map((s) => s.verdict)).toEqual(['withdrawn', 'valid']);
    expect(standing(again)).toMatchObject({ approved: true, approval: again.approvals[1] });
    // Approved and not withdrawn: valid, whatever the office list does not say.
    expect(releaseApprovalState(published, [signer.trusted], fakeVerify).statuses.map((s) => s.verdict)).toEqual(['valid']);
    // Withdrawn and then edited: simply not approved (content changed).
    expect(standing({ ...withdrawn, headline: 'x' })).toEqual({ approved: false, withdrawn: false, reason: 'not-approved' });
    // An untrusted key was never an approval, withdrawn or not.
    expect(approvalStanding(withdrawn, releaseApprovalState(withdrawn, [], fakeVerify))).toEqual({ approved: false, withdrawn: false, reason: 'not-approved' });
  });

  it('an approval the office list withdrew is reported as withdrawn', () => {
    const approved = approvedRelease();
    const a = approved.approvals[0]!;
    const state = releaseApprovalState(approved, [signer.trusted], fakeVerify, { withdrawn: [{ contentHash: a.contentHash, fingerprint: a.fingerprint }] });
    expect(state.statuses.map((s) => [s.verdict, s.withdrawnBy])).toEqual([['withdrawn', 'list']]);
    expect(state.approved).toBe(false);
    expect(approvalStanding(approved, state)).toEqual({ approved: false, withdrawn: true, reason: 'withdrawn' });
    // Other content changed wins over the list: it is not an approval of this content at all.
    const edited = { ...approved, sapo: 'x' };
    expect(releaseApprovalState(edited, [signer.trusted], fakeVerify, { withdrawn: [{ contentHash: a.contentHash, fingerprint: a.fingerprint }] }).statuses[0]!.verdict).toBe('content-changed');
  });
});
