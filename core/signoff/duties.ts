/**
 * Separation of duties: the approver must not be the release's author or the one who submitted
 * it. Decided by key fingerprint from the signed chain, never by a typed name (anyone can type
 * any name). "Author" is the signer of the first submit (Draft -> In review): the chain knows no
 * earlier author than that. "Submitted" is the signer of the latest submit into review (a
 * withdrawal Approved -> In review is not a submit: the approver may approve again).
 */
import type { ChainReport } from './chain';
import { isSignedMove } from './chain';

export type DutyConflict = 'authored' | 'submitted';

/** The organisation's rule: 'warn' lets the approval through after saying so; 'refuse' stops it in the main process. */
export const SEPARATION_RULES = ['warn', 'refuse'] as const;
export type SeparationRule = (typeof SEPARATION_RULES)[number];

/** Which duty the key `fingerprint` already did on this release, or null. Only counted, signed moves speak. */
export function dutyConflict(chain: ChainReport, fingerprint: string): DutyConflict | null {
  const submits = chain.moves.filter(
    ({ entry, verdict }) => verdict === 'valid' && isSignedMove(entry) && entry.to === 'in-review' && (entry.from === 'draft' || entry.from === 'changes-requested'),
  );
  const first = submits[0]?.entry;
  const last = submits.at(-1)?.entry;
  if (first !== undefined && first.fingerprint === fingerprint) return 'authored';
  if (last !== undefined && last.fingerprint === fingerprint) return 'submitted';
  return null;
}
