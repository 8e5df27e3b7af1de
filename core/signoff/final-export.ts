/**
 * The one rule for "this export is final" (no DRAFT mark, names its approval, publishes the
 * release). The app's export handler, the browser host (the same handlers) and the CLI all ask
 * here, so the rule cannot drift between them again. Pure: the signature check and the photo
 * hash are injected (node:crypto at the edge).
 */
import { figureAssetHashes, type ApprovalRecord, type PmNode, type Release } from '../document/release';
import { approvalStanding, releaseApprovalState, type ReleaseApprovalState, type SignatureVerifier, type VerifyOptions } from './approval';
import type { TrustedApprover } from './trusted';

export interface FinalExportCheck {
  /** The office's trusted approvers. */
  trusted: readonly TrustedApprover[];
  verify: SignatureVerifier;
  /** The bytes that will be exported, by the hash the release names: always checked. */
  assetBytes: ReadonlyMap<string, Uint8Array>;
  /** sha256 hex of bytes (node:crypto's at the edge: photos are large). */
  hashBytes: (bytes: Uint8Array) => string;
  /** Anything more that verification takes (passed to releaseApprovalState). */
  options?: Omit<VerifyOptions, 'assetBytes' | 'hashBytes' | 'contentHash'>;
}

/** Why an export cannot be final. */
export type FinalExportRefusal =
  /** A photo the body shows is missing, or its bytes are not the photo the release (and so the approval) names. */
  | 'photo-changed'
  /** An approval of this content holds, but it was withdrawn. */
  | 'withdrawn'
  /** No valid approval by a trusted key of this content stands. */
  | 'not-approved'
  /** A comment thread is unresolved or a suggestion open (issue 9): what is published must be settled. */
  | 'review-open';

export type FinalExportDecision =
  | { final: true; approval: ApprovalRecord; state: ReleaseApprovalState }
  | { final: false; reason: FinalExportRefusal; state?: ReleaseApprovalState };

/** Unresolved comment threads and open suggestions (distinct suggestion ids in the body). */
export function openReview(release: Pick<Release, 'body' | 'threads'>): { threads: number; suggestions: number } {
  const ids = new Set<string>();
  const walk = (node: PmNode): void => {
    for (const mark of node.marks ?? []) if (mark.type === 'insertion' || mark.type === 'deletion') ids.add(String(mark.attrs?.['id']));
    for (const child of node.content ?? []) walk(child);
  };
  walk(release.body as PmNode);
  return { threads: release.threads.filter((t) => t.resolved === null).length, suggestions: ids.size };
}

/** Hashes of the photos the body shows whose bytes are missing or not what their hash names. */
export function changedPhotos(release: Release, assetBytes: ReadonlyMap<string, Uint8Array>, hashBytes: (bytes: Uint8Array) => string): string[] {
  return [...new Set(figureAssetHashes(release.body))].filter((hash) => {
    const bytes = assetBytes.get(hash);
    return bytes === undefined || hashBytes(bytes) !== hash;
  });
}

/**
 * Whether exporting `release` with these photo bytes is final, and on which approval. The photo
 * bytes come first: the content hash covers a photo only by its name (its sha256), so bytes that
 * do not hash to that name are not what was approved, whatever the signatures say.
 */
export function finalExportApproval(release: Release, check: FinalExportCheck): FinalExportDecision {
  if (changedPhotos(release, check.assetBytes, check.hashBytes).length > 0) return { final: false, reason: 'photo-changed' };
  // Comments are not in the content hash, so an approval can stand while a thread is open: refuse here.
  const open = openReview(release);
  if (open.threads > 0 || open.suggestions > 0) return { final: false, reason: 'review-open' };
  const state = releaseApprovalState(release, check.trusted, check.verify, check.options);
  const standing = approvalStanding(release, state);
  // The approval the signed workflow chain stands on (core/signoff/chain.ts), not just any valid one.
  const approval = standing.approved ? standing.approval : undefined;
  if (approval !== undefined) return { final: true, approval, state };
  return { final: false, reason: standing.withdrawn ? 'withdrawn' : 'not-approved', state };
}
