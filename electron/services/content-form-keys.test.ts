/**
 * Real Ed25519 across the content forms: an approval signed by the code before form 2 (pinned,
 * key thrown away) still verifies with node:crypto; the key service signs form 2 now.
 */
import { describe, expect, it } from 'vitest';
import { kitchenSinkRelease } from '../../core/document/kitchen-sink';
import type { ApprovalRecord } from '../../core/document/release';
import { verifyApprovals } from '../../core/signoff/approval';
import { CONTENT_FORM_V2, contentHash } from '../../core/signoff/canonical';
import { tempFolder } from '../test-helpers';
import { createKeyService, verifySignature } from './keys';

/** Signed over pressdesk-approval/1 of the kitchen sink's pressdesk-content/1 hash (commit 162cfac). */
const OLD_APPROVAL: ApprovalRecord = {
  signerName: 'Nguyễn Văn An',
  signerPosition: 'Chánh Văn phòng',
  fingerprint: '0aa0721748ab0d2deddd3a432e42e03a2f8925652627c53e0c4d4403e956a51c',
  publicKey: 'e2acry5oZ6KQg3CVHe2Ck8SKdzrPAyhgwtHjoyIApZ0=',
  time: '2026-11-26T09:30:00+07:00',
  contentHash: '142d3e8ab8bcb08d1fd2c7685f1ae230fd5f149a2cb9118c27136945262e756f',
  note: 'Đồng ý phát hành',
  signature: 'vkTzonsREndm8KY1ono1+W9Rjt8SIWQ7+sp6jacSUrnnIlftCtTjGriasq43QPjegXyN2pims87VYI5yFkgkBg==',
};
const trusted = [{ name: 'Nguyễn Văn An', position: 'Chánh Văn phòng', fingerprint: OLD_APPROVAL.fingerprint, publicKey: OLD_APPROVAL.publicKey }];

describe('approvals across content forms, real Ed25519', () => {
  it('an approval signed before form 2 still verifies, and still notices an edit', () => {
    const { release } = kitchenSinkRelease();
    expect(verifyApprovals({ ...release, approvals: [OLD_APPROVAL] }, trusted, verifySignature).map((s) => s.verdict)).toEqual(['valid']);
    expect(verifyApprovals({ ...release, headline: 'x', approvals: [OLD_APPROVAL] }, trusted, verifySignature)[0]!.verdict).toBe('content-changed');
    expect(verifyApprovals({ ...release, approvals: [{ ...OLD_APPROVAL, contentForm: CONTENT_FORM_V2 }] }, trusted, verifySignature)[0]!.verdict).toBe('bad-signature');
  });

  it('the key service signs form 2: the record names it and its signature covers it', async () => {
    const { dir, cleanup } = await tempFolder();
    try {
      const refuse = (): never => {
        throw new Error('no secret box');
      };
      const keys = createKeyService({ dir, secretBox: { isAvailable: () => false, encrypt: refuse, decrypt: refuse } });
      const { release } = kitchenSinkRelease();
      const approval = await keys.signApproval(release, { name: 'A', position: 'B' }, '', new Date('2026-11-26T02:30:00Z'));
      expect(approval).toMatchObject({ contentForm: CONTENT_FORM_V2, contentHash: contentHash(release, CONTENT_FORM_V2) });
      const id = await keys.identity();
      const mine = [{ name: 'A', position: 'B', fingerprint: id.fingerprint, publicKey: id.publicKey }];
      expect(verifyApprovals({ ...release, approvals: [approval] }, mine, verifySignature)[0]!.verdict).toBe('valid');
      const { contentForm: _f, ...stripped } = approval;
      expect(verifyApprovals({ ...release, approvals: [stripped] }, mine, verifySignature)[0]!.verdict).toBe('bad-signature');
    } finally {
      await cleanup();
    }
  });
});
