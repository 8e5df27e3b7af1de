/**
 * "Compare with…" and "Restore as suggestions" (issue 9): a snapshot kept at a workflow move
 * against the release as it is now, through the review diff (diff.ts). Both sides are compared as
 * published — open suggested insertions are not text yet, comments are not content — so what the
 * red-line shows is exactly what a reader would find changed since the move.
 */
import type { PmNode, Release } from '../document/release';
import { BlockIndex } from './align';
import { diffBodies, diffDetails, idMaker, suggestionIdsIn, suggestionMark, walkBlocks, type Body, type DetailChange, type FigureChange, type Suggester } from './diff';
import { diffSequences } from './sequence-diff';
import type { SnapshotContent } from './snapshot';
import { publishedBody } from './versions';
import { isSuggestionMark, type Piece } from './tokens';

export interface Comparison {
  /** The current body with what changed since the snapshot as insertion/deletion marks (read-only view). */
  body: Body;
  /** Changed runs of text in the body (each replacement counts once). */
  textChanges: number;
  figures: FigureChange[];
  details: DetailChange[];
  /** Table cells whose header role, span or width changed: signed content that no text change shows. */
  tableCells: number;
}

/** The marks the red-line view draws carry no author: it is the difference, not anyone's suggestion. */
const RED_LINE: Suggester = { by: '', name: '', initials: '', at: '' };

/** The snapshot (before) against the release now (after). */
export function compareWithSnapshot(snapshot: SnapshotContent, current: Release): Comparison {
  const diff = diffBodies(snapshot.body as Body, publishedBody(current.body) as Body, RED_LINE);
  return { body: diff.body, textChanges: diff.suggestionIds.length, figures: diff.figures, details: diffDetails(snapshot, current), tableCells: diff.tableCells };
}

/**
 * The current body with suggestions by `author` that, accepted, give the snapshot's text back;
 * rejected, nothing changes. Text kept on both sides keeps its own marks (comment anchors, other
 * people's open suggestions); text already suggested by someone is left as it is. Photos cannot be
 * suggestions: a photo the snapshot had and the text no longer has is listed in `figures`, not put back.
 */
export function restoreAsSuggestions(current: Body, snapshot: SnapshotContent, author: Suggester): { body: Body; suggestionIds: string[]; figures: FigureChange[] } {
  const newId = idMaker(suggestionIdsIn(current.content, suggestionIdsIn(snapshot.body.content)), 'r');
  const ids: string[] = [];
  const fresh = (): string => {
    const id = newId();
    ids.push(id);
    return id;
  };
  const mark = (pieces: Piece[], type: 'insertion' | 'deletion', id: string): Piece[] =>
    pieces.map((p) => (p.marks.some(isSuggestionMark) ? p : { ...p, marks: [...p.marks, suggestionMark(type, id, author)] }));
  const markBlock = (node: PmNode, type: 'insertion' | 'deletion'): PmNode | null => {
    if (node.type === 'figure') return type === 'deletion' ? node : null;
    const id = fresh();
    const walk = (n: PmNode): PmNode =>
      n.type === 'text' || n.type === 'hardBreak' || n.type === 'footnote'
        ? (n.marks ?? []).some(isSuggestionMark)
          ? n
          : { ...n, marks: [...(n.marks ?? []), suggestionMark(type, id, author)] }
        : n.content === undefined
          ? n
          : { ...n, content: n.content.filter((c) => type === 'deletion' || c.type !== 'figure').map(walk) };
    return walk(node);
  };
  const content = walkBlocks(new BlockIndex(), current.content, snapshot.body.content, {
    same: (a) => a,
    inline(a, b) {
      const out: Piece[] = [];
      let gone: Piece[] = [];
      let back: Piece[] = [];
      const flush = (): void => {
        if (gone.length + back.length === 0) return;
        const id = fresh();
        out.push(...mark(gone, 'deletion', id), ...mark(back, 'insertion', id));
        gone = [];
        back = [];
      };
      for (const op of diffSequences(
        a.map((t) => t.key),
        b.map((t) => t.key),
      )) {
        if (op.kind === 'equal') {
          flush();
          out.push(...a[op.a]!.pieces);
        } else if (op.kind === 'delete') gone.push(...a[op.a]!.pieces);
        else back.push(...b[op.b]!.pieces);
      }
      flush();
      return out;
    },
    // The snapshot's block comes back as suggested text; one the text has now is suggested for deletion.
    added: (b) => markBlock(b, 'insertion'),
    removed: (a) => markBlock(a, 'deletion'),
  });
  // The figure changes as the compare view names them (snapshot -> now).
  const figures = diffBodies(snapshot.body as Body, current, RED_LINE).figures;
  return { body: { type: 'doc', content }, suggestionIds: ids, figures };
}
