/**
 * One block both copies have, merged word by word (merge.ts): the words both share take the
 * reviewer's new review marks (merge-pieces.ts); where the words differ, the reviewer's direct
 * edits become suggestions by them, and the author's own suggestions stay as the author has them.
 */
import { suggestionMark, type Suggester } from './diff';
import { mergePieces } from './merge-pieces';
import { diffSequences, joinAcrossSpaces } from './sequence-diff';
import { isSpaceToken, isSuggestionMark, type Piece, type PmMark, type Token } from './tokens';

export interface InlineContext {
  isNew(mark: PmMark): boolean;
  isMine(mark: PmMark): boolean;
  directId(): string;
  by: Suggester;
  /** A suggestion of theirs that lies on one of the author's own (a copy without our ids, e.g. Word): not new. */
  matched(id: string): void;
  directEdits: boolean;
  /** Counts a gap whose plain differences were not taken (directEdits off). */
  notTaken(): void;
}

const hasInsertion = (t: Token): boolean => t.pieces.some((p) => p.marks.some((m) => m.type === 'insertion'));

/** A block both copies have: shared words take the reviewer's new marks, the differences become suggestions by them. */
export function mergeInline(a: Token[], b: Token[], ctx: InlineContext): Piece[] {
  const out: Piece[] = [];
  const same = (x: Token, y: Token): void => {
    out.push(...mergePieces(x.pieces, y.pieces, ctx.isNew, ctx.matched));
  };
  let gone: Token[] = [];
  let added: Token[] = [];
  const flush = (): void => {
    if (gone.length + added.length === 0) return;
    // Inside a gap holding the author's own suggestions, the copy's plain words that equal them are
    // the same words (the reviewer accepted or rejected the suggestion there): the author's stays.
    // Otherwise the gap is one change, removed then added, even across a space.
    const mine = gone.some((t) => t.pieces.some((p) => p.marks.some(ctx.isMine)));
    const suggested = (t: Token): boolean => t.pieces.some((p) => p.marks.some(isSuggestionMark));
    const ops = diffSequences(
      gone.map((t, i) => (mine && (suggested(t) || isSpaceToken(t)) ? t.key : `\u0006a${i}`)),
      added.map((t, i) => (mine && !suggested(t) ? t.key : `\u0006b${i}`)),
    );
    let id = '';
    let skipped = false;
    const direct = (): string => (id ||= ctx.directId());
    for (const op of ops) {
      if (op.kind === 'equal') {
        same(gone[op.a]!, added[op.b]!);
        continue;
      }
      if (op.kind === 'delete') {
        // The author's own suggestions stay as the author has them; plain text they removed is their deletion.
        for (const p of gone[op.a]!.pieces) {
          if (p.marks.some(isSuggestionMark)) out.push(p);
          else if (!ctx.directEdits) {
            out.push(p);
            skipped = true;
          } else out.push({ ...p, marks: [...p.marks, suggestionMark('deletion', direct(), ctx.by)] });
        }
        continue;
      }
      for (const p of added[op.b]!.pieces) {
        // Their take on the author's suggestions, and their deletions of text the author no longer has, stay out (listed).
        if (p.marks.some((m) => ctx.isMine(m) || (m.type === 'deletion' && ctx.isNew(m)))) continue;
        const marks = p.marks.filter((m) => m.type !== 'comment' || ctx.isNew(m));
        if (!ctx.directEdits && !p.marks.some(isSuggestionMark)) {
          skipped = true;
          continue;
        }
        out.push(p.marks.some(isSuggestionMark) ? { ...p, marks } : { ...p, marks: [...marks, suggestionMark('insertion', direct(), ctx.by)] });
      }
    }
    if (skipped) ctx.notTaken();
    gone = [];
    added = [];
  };
  // Suggested insertions are matched only with suggested insertions: their new ones are text the
  // author's copy cannot have, and an insertion of the author's that came back under another id
  // (Word) is the same suggestion.
  const key = (t: Token): string => (hasInsertion(t) ? `${t.key}\u0005` : t.key);
  const ops = diffSequences(a.map(key), b.map(key));
  for (const op of joinAcrossSpaces(ops, (i) => isSpaceToken(a[i]!))) {
    if (op.kind === 'equal') {
      flush();
      same(a[op.a]!, b[op.b]!);
    } else if (op.kind === 'delete') gone.push(a[op.a]!);
    else added.push(b[op.b]!);
  }
  flush();
  return out;
}
