/**
 * Release kinds and a blank release, without importing core/document/release.ts's values: those
 * pull zod (the file validator) into the renderer bundle, and the renderer never validates —
 * the main process does. The types keep this in step with the model; the blank release comes
 * from core/document/new-release.ts, which imports only types.
 */
import { createRelease } from '../../core/document/new-release';
import type { Release, ReleaseKind } from '../../core/document/release';

/** Menu order; `satisfies` makes a missing or unknown kind a type error. */
const ORDER = { news: 0, press: 1, notice: 2 } satisfies Record<ReleaseKind, number>;

export const KINDS = (Object.keys(ORDER) as ReleaseKind[]).sort((a, b) => ORDER[a] - ORDER[b]);

/** A blank release, only for when the main process cannot give the defaults (newReleaseKind). */
export function blankRelease(kind: ReleaseKind): Release {
  return createRelease(kind);
}
