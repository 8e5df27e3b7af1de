/**
 * One word both copies share, with the review marks of both: the author's pieces, cut wherever
 * either side's marks change, each carrying the author's marks plus the reviewer's new ones (a
 * comment anchor, a suggestion). A suggestion never lands on text the author already suggested
 * on: insertion and deletion exclude each other and the author's open suggestion is the author's.
 */
import { isSuggestionMark, type Piece, type PmMark } from './tokens';

const size = (p: Piece): number => (p.text === undefined ? 1 : p.text.length);

export function mergePieces(
  mine: readonly Piece[],
  theirs: readonly Piece[],
  isNew: (mark: PmMark) => boolean,
  /** Told the id of each new suggestion that met one of the author's and was left out. */
  matched: (id: string) => void = () => undefined,
): Piece[] {
  const out: Piece[] = [];
  let i = 0;
  let j = 0;
  let offA = 0;
  let offB = 0;
  while (i < mine.length && j < theirs.length) {
    const a = mine[i]!;
    const b = theirs[j]!;
    const take = Math.min(size(a) - offA, size(b) - offB);
    const extra = b.marks.filter(isNew);
    const blocked = a.marks.some(isSuggestionMark);
    if (blocked) for (const m of extra) if (isSuggestionMark(m)) matched(String(m.attrs?.['id']));
    const marks = extra.length === 0 ? a.marks : [...a.marks, ...extra.filter((m) => !(blocked && isSuggestionMark(m)))];
    out.push(a.text === undefined ? { ...a, marks } : { text: a.text.slice(offA, offA + take), marks });
    offA += take;
    offB += take;
    if (offA >= size(a)) {
      i++;
      offA = 0;
    }
    if (offB >= size(b)) {
      j++;
      offB = 0;
    }
  }
  return out;
}
