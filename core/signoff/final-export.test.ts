import { describe, expect, it } from 'vitest';
import { kitchenSinkRelease } from '../document/kitchen-sink';
import type { Release, WorkflowState } from '../document/release';
import { sha256Hex } from '../document/sha256';
import { changedPhotos, finalExportApproval, openReview, type FinalExportCheck } from './final-export';
import { fakeSigner, fakeVerify } from './test-signer';
import { moveWorkflow } from './workflow';

const signer = fakeSigner('final');
const when = '2026-11-26T09:00:00+07:00';

/**
 * One workflow move as the app makes it: signed and chained when the signing test helper can
 * (the signed workflow chain), else the logged move of format 1.2. Approving adds the approval.
 */
function move(release: Release, to: WorkflowState, note = ''): Release {
  const signed = (signer as { move?: (r: Release, to: WorkflowState, note?: string, when?: string) => Release }).move;
  if (signed !== undefined) return signed(release, to, note, when);
  const withApproval = to === 'approved' ? { ...release, approvals: [...release.approvals, signer.approve(release)] } : release;
  return moveWorkflow(withApproval, { to, who: signer.trusted.name, when, note });
}

/** The kitchen sink approved by `signer` (in review, signed, Approved). */
function approved(): { release: Release; assets: Map<string, Uint8Array> } {
  const { release, assets } = kitchenSinkRelease();
  return { release: move(move(release, 'in-review'), 'approved'), assets };
}

const check = (assetBytes: ReadonlyMap<string, Uint8Array>, trusted = [signer.trusted]): FinalExportCheck => ({ trusted, verify: fakeVerify, assetBytes, hashBytes: sha256Hex });

/** The same bytes with one bit flipped near the end (the picture still decodes, it is another picture). */
function flipped(bytes: Uint8Array): Uint8Array {
  const copy = new Uint8Array(bytes);
  copy[copy.length - 30] = copy[copy.length - 30]! ^ 0x01;
  return copy;
}

describe('finalExportApproval', () => {
  it('is final with a standing trusted approval of this content and the photos it names', () => {
    const { release, assets } = approved();
    const decision = finalExportApproval(release, check(assets));
    expect(decision).toMatchObject({ final: true, approval: release.approvals[0] });
    expect(decision.state?.contentHash).toBeDefined();
    // Published (after the final export) is still final.
    const published = move(release, 'published');
    expect(finalExportApproval(published, check(assets)).final).toBe(true);
  });

  it('is not final when a photo the body shows was swapped or is missing, whatever the signatures say', () => {
    const { release, assets } = approved();
    for (const hash of release.assets.map((a) => a.hash)) {
      const swapped = new Map(assets).set(hash, flipped(assets.get(hash)!));
      expect(finalExportApproval(release, check(swapped))).toEqual({ final: false, reason: 'photo-changed' });
      const missing = new Map(assets);
      missing.delete(hash);
      expect(finalExportApproval(release, check(missing))).toEqual({ final: false, reason: 'photo-changed' });
    }
  });

  it('checks the bytes with the hash function it is given', () => {
    const { release, assets } = approved();
    const seen: number[] = [];
    const decision = finalExportApproval(release, { ...check(assets), hashBytes: (b) => (seen.push(b.length), 'f'.repeat(64)) });
    expect(decision).toEqual({ final: false, reason: 'photo-changed' });
    expect(seen.length).toBeGreaterThan(0);
  });

  it('ignores bytes of images the body does not show (they are not exported)', () => {
    const { release, assets } = approved();
    const unused = 'e'.repeat(64);
    const listed: Release = { ...release, assets: [...release.assets, { hash: unused, ext: 'png', mime: 'image/png', width: 1, height: 1, bytes: 1 }] };
    expect(finalExportApproval(listed, check(assets)).final).toBe(true);
  });

  it('is refused while a comment thread is unresolved or a suggestion open (the approval still holds for comments)', () => {
    const { release, assets } = approved();
    const who = { name: 'Hà', initials: 'H', fingerprint: '' };
    const thread = { id: 't1', general: true, quote: '', resolved: null, comments: [{ id: 'c1', by: who, at: when, text: 'Xem lại', edited: null }] };
    const open = { ...release, threads: [thread] };
    expect(finalExportApproval(open, check(assets))).toEqual({ final: false, reason: 'review-open' });
    expect(openReview(open)).toEqual({ threads: 1, suggestions: 0 });
    const resolved = { ...release, threads: [{ ...thread, resolved: { by: who, at: when } }] };
    expect(finalExportApproval(resolved, check(assets)).final).toBe(true);
    const attrs = { id: 's1', by: '', name: 'Hà', initials: 'H', at: when };
    const suggested = { ...release, body: { ...release.body, content: [...release.body.content, { type: 'paragraph', content: [{ type: 'text', text: 'thêm', marks: [{ type: 'insertion' as const, attrs }] }, { type: 'text', text: 'bỏ', marks: [{ type: 'deletion' as const, attrs }] }] }] } };
    expect(openReview(suggested)).toEqual({ threads: 0, suggestions: 1 });
    expect(finalExportApproval(suggested, check(assets))).toEqual({ final: false, reason: 'review-open' });
  });

  it('is not final once the approval was withdrawn (the signature still holds)', () => {
    const { release, assets } = approved();
    const withdrawn = move(release, 'in-review', 'Rút duyệt');
    expect(finalExportApproval(withdrawn, check(assets))).toMatchObject({ final: false, reason: 'withdrawn' });
  });

  it('is not final without a valid approval by a trusted key of this content', () => {
    const { release, assets } = approved();
    expect(finalExportApproval(release, check(assets, []))).toMatchObject({ final: false, reason: 'not-approved' });
    expect(finalExportApproval({ ...release, headline: 'Khác' }, check(assets))).toMatchObject({ final: false, reason: 'not-approved' });
    expect(finalExportApproval({ ...release, approvals: [] }, check(assets))).toMatchObject({ final: false, reason: 'not-approved' });
    const draft = kitchenSinkRelease();
    expect(finalExportApproval(draft.release, check(draft.assets))).toMatchObject({ final: false, reason: 'not-approved' });
  });
});

describe('changedPhotos', () => {
  it('names each photo the body shows whose bytes are missing or wrong, once', () => {
    const { release, assets } = approved();
    expect(changedPhotos(release, assets, sha256Hex)).toEqual([]);
    const [first, second] = release.assets.map((a) => a.hash);
    const twice: Release = { ...release, body: { type: 'doc', content: [...release.body.content, { type: 'figure', attrs: { asset: first } }] } };
    const broken = new Map(assets).set(first!, flipped(assets.get(first!)!));
    broken.delete(second!);
    expect(changedPhotos(twice, broken, sha256Hex).sort()).toEqual([first, second].sort());
  });
});
