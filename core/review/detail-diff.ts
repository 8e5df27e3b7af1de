/**
 * The details of two releases (headline, sapo, dateline, contact, embargo, notice fields, …)
 * compared field by field. They are plain fields, not body text, so they cannot carry suggestion
 * marks: a compare view lists them, and a merge lists the reviewer's changes to them for the
 * author to take by hand.
 */
import type { Release } from '../document/release';

export interface DetailChange {
  /** The field's path in the release, e.g. "headline", "dateline.place", "notice.recipients". */
  field: string;
  before: string;
  after: string;
}

type Details = Pick<
  Release,
  'kind' | 'language' | 'headline' | 'subhead' | 'sapo' | 'dateline' | 'author' | 'contact' | 'embargo' | 'boilerplate' | 'notice'
>;

/** Every compared field as text, in the order the Details panel shows them. */
function fields(r: Details): [string, string][] {
  const n = r.notice;
  return [
    ['kind', r.kind],
    ['language', r.language],
    ['headline', r.headline],
    ['subhead', r.subhead],
    ['sapo', r.sapo],
    ['dateline.place', r.dateline.place],
    ['dateline.date', r.dateline.date],
    ['author.penName', r.author.penName],
    ['contact.name', r.contact.name],
    ['contact.phone', r.contact.phone],
    ['contact.email', r.contact.email],
    ['embargo', r.embargo.mode === 'until' ? r.embargo.at : ''],
    ['boilerplate', r.boilerplate],
    ['notice.number', n.number],
    ['notice.symbol', n.symbol],
    ['notice.summary', n.summary],
    ['notice.signatureLines', n.signatureLines.map((l) => `${l.authority} ${l.title}`.trim()).join('\n')],
    ['notice.signerName', n.signerName],
    ['notice.recipients', n.recipients.join('\n')],
  ];
}

/** The fields that differ, old -> new. */
export function diffDetails(before: Details, after: Details): DetailChange[] {
  const a = fields(before);
  const b = fields(after);
  return a.flatMap(([field, value], i) => (value === b[i]![1] ? [] : [{ field, before: value, after: b[i]![1] }]));
}
