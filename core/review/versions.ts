/**
 * The zod-free part of the history (snapshot.ts has the file and its schema): the body as
 * published, which move keeps a version, and the user's own last one. The renderer uses these
 * without the file validator.
 */
import type { HistoryEntry, SnapshotMove } from '../document/history-entry';
import type { PmNode, Release } from '../document/release';

type Mark = NonNullable<PmNode['marks']>[number];

/** The body as published: suggested insertions left out, suggested deletions kept as plain text, no comment anchors. */
export function publishedBody(body: Release['body']): Release['body'] {
  const clean = (nodes: PmNode[] | undefined): PmNode[] | undefined => {
    if (nodes === undefined) return undefined;
    const out: PmNode[] = [];
    for (const node of nodes) {
      if (node.marks?.some((m) => m.type === 'insertion')) continue;
      const marks = node.marks?.filter((m: Mark) => m.type !== 'comment' && m.type !== 'deletion');
      const content = clean(node.content);
      const copy: PmNode = { ...node };
      if (marks === undefined || marks.length === 0) delete copy.marks;
      else copy.marks = marks;
      if (content !== undefined) copy.content = content;
      out.push(copy);
    }
    return out;
  };
  return { type: 'doc', content: clean(body.content) ?? [] };
}

/** The move a workflow transition is, for the history; null for those that keep no snapshot. */
export function snapshotMove(from: Release['workflow']['state'], to: Release['workflow']['state']): SnapshotMove | null {
  if (to === 'approved') return 'approve';
  if (to === 'changes-requested') return 'request-changes';
  if (to === 'in-review' && (from === 'draft' || from === 'changes-requested')) return 'submit';
  return null;
}

/**
 * The entry of the last snapshot kept at a move by `fingerprint` ("changes since my last review"),
 * or null when that key made none. A reviewer's moves are request changes and approve; any of the
 * user's own moves counts, so an author sees what changed since their own submit too.
 */
export function lastSnapshotBy(history: readonly HistoryEntry[], fingerprint: string): HistoryEntry | null {
  if (fingerprint === '') return null;
  for (let i = history.length - 1; i >= 0; i--) if (history[i]!.by.fingerprint === fingerprint) return history[i]!;
  return null;
}
