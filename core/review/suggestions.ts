/**
 * Suggested edits (issue 9): the `insertion` and `deletion` marks of the body, read as
 * suggestions and accepted or rejected. A suggestion is every run carrying one id: an insertion,
 * a deletion, or both (a replacement). Pure: works on a ProseMirror Transform, so the editor, the
 * CLI and the merge share it, and on plain JSON for the main process and preflight.
 */
import type { Mark, Node as PmNode } from '@tiptap/pm/model';
import type { Transform } from '@tiptap/pm/transform';
import type { PmNode as JsonNode } from '../document/release';

/** Who made a suggestion: `by` is their key fingerprint ('' for a Word reviewer without one). */
export interface SuggestionAuthor {
  by: string;
  name: string;
  initials: string;
}

export type SuggestionKind = 'insertion' | 'deletion' | 'replacement';

export interface Suggestion {
  id: string;
  kind: SuggestionKind;
  author: SuggestionAuthor;
  /** ISO time of its first run. */
  at: string;
  inserted: string;
  deleted: string;
  /** Where its runs start and end in the body. */
  from: number;
  to: number;
}

export const SUGGESTION_MARKS = ['insertion', 'deletion'] as const;
export type SuggestionMarkName = (typeof SUGGESTION_MARKS)[number];

export const isSuggestionMark = (mark: Mark): boolean => mark.type.name === 'insertion' || mark.type.name === 'deletion';

/** The author a mark names. */
export function markAuthor(mark: Mark): SuggestionAuthor {
  const a = mark.attrs as Record<string, unknown>;
  const text = (v: unknown): string => (typeof v === 'string' ? v : '');
  return { by: text(a['by']), name: text(a['name']), initials: text(a['initials']) };
}

/** One person: by key when both have one, else by name (a Word reviewer has only a name). */
export function sameAuthor(a: SuggestionAuthor, b: SuggestionAuthor): boolean {
  if (a.by !== '' && b.by !== '') return a.by === b.by;
  return a.by === b.by && a.name === b.name;
}

/** A key for grouping and filtering by author. */
export const authorKey = (a: SuggestionAuthor): string => (a.by !== '' ? `key:${a.by}` : `name:${a.name}`);

interface Run {
  from: number;
  to: number;
  mark: Mark;
  text: string;
}

/** Every inline run carrying an insertion or deletion mark, in document order. */
function suggestionRuns(doc: PmNode): Run[] {
  const runs: Run[] = [];
  doc.descendants((node, pos) => {
    if (!node.isInline) return true;
    const mark = node.marks.find(isSuggestionMark);
    // A footnote reads as its text in brackets (issue 10), a line break as one.
    const text = node.isText ? (node.text ?? '') : node.type.name === 'footnote' ? `[${String(node.attrs['text'] ?? '')}]` : '\n';
    if (mark !== undefined) runs.push({ from: pos, to: pos + node.nodeSize, mark, text });
    return false;
  });
  return runs;
}

/** The suggestions of a body, in the order they start. */
export function suggestionsIn(doc: PmNode): Suggestion[] {
  const byId = new Map<string, Suggestion>();
  for (const run of suggestionRuns(doc)) {
    const id = String(run.mark.attrs['id']);
    const insertion = run.mark.type.name === 'insertion';
    let s = byId.get(id);
    if (s === undefined) {
      s = { id, kind: insertion ? 'insertion' : 'deletion', author: markAuthor(run.mark), at: String(run.mark.attrs['at']), inserted: '', deleted: '', from: run.from, to: run.to };
      byId.set(id, s);
    }
    if (insertion) s.inserted += run.text;
    else s.deleted += run.text;
    if ((s.kind === 'insertion') !== insertion) s.kind = 'replacement';
    s.to = Math.max(s.to, run.to);
  }
  return [...byId.values()];
}

/** Which suggestions an accept or reject acts on. */
export type SuggestionFilter = (id: string, author: SuggestionAuthor) => boolean;

export const byId =
  (id: string): SuggestionFilter =>
  (other) =>
    other === id;
export const byAuthor =
  (author: SuggestionAuthor): SuggestionFilter =>
  (_id, other) =>
    sameAuthor(author, other);
export const everySuggestion: SuggestionFilter = () => true;

/**
 * Settles the chosen suggestions in `tr`: accepting keeps inserted text (its mark removed) and
 * removes deleted text; rejecting the reverse. Returns how many suggestions it settled.
 */
function settle(tr: Transform, which: SuggestionFilter, accept: boolean): number {
  const keep = accept ? 'insertion' : 'deletion';
  const settled = new Set<string>();
  const remove: Run[] = [];
  for (const run of suggestionRuns(tr.doc)) {
    const id = String(run.mark.attrs['id']);
    if (!which(id, markAuthor(run.mark))) continue;
    settled.add(id);
    if (run.mark.type.name === keep) tr.removeMark(run.from, run.to, run.mark);
    else remove.push(run);
  }
  // Removing marks moves nothing; removals from the end leave earlier positions valid.
  for (const range of withWholeBlocks(tr.doc, remove).reverse()) tr.delete(range.from, range.to);
  return settled.size;
}

/**
 * The ranges to remove, where a paragraph or heading whose whole text goes is removed whole (a
 * deleted paragraph leaves no empty one behind) when its container stays valid without it.
 */
function withWholeBlocks(doc: PmNode, runs: readonly Run[]): { from: number; to: number }[] {
  const starts = new Set(runs.map((r) => r.from));
  const whole: { from: number; to: number }[] = [];
  const covered = new Set<number>();
  doc.descendants((node, pos, parent, index) => {
    if (!node.isTextblock) return true;
    if (node.type.name === 'figure' || node.childCount === 0 || parent === null) return false;
    let all = true;
    node.forEach((_child, offset) => {
      if (!starts.has(pos + 1 + offset)) all = false;
    });
    if (all && parent.childCount > 1 && parent.canReplace(index, index + 1)) {
      whole.push({ from: pos, to: pos + node.nodeSize });
      node.forEach((_child, offset) => covered.add(pos + 1 + offset));
    }
    return false;
  });
  const rest = runs.filter((r) => !covered.has(r.from)).map((r) => ({ from: r.from, to: r.to }));
  return [...rest, ...whole].sort((a, b) => a.from - b.from);
}

export const acceptSuggestions = (tr: Transform, which: SuggestionFilter): number => settle(tr, which, true);
export const rejectSuggestions = (tr: Transform, which: SuggestionFilter): number => settle(tr, which, false);

/** Ids of the open suggestions in a body as stored (JSON), for checks that build no schema. */
export function suggestionIdsInJson(body: { content?: JsonNode[] }): Set<string> {
  const ids = new Set<string>();
  const stack: JsonNode[] = [...(body.content ?? [])];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    for (const mark of node.marks ?? []) {
      if ((mark.type as string) === 'insertion' || (mark.type as string) === 'deletion') ids.add(String(mark.attrs?.['id'] ?? ''));
    }
    if (node.content !== undefined) stack.push(...node.content);
  }
  return ids;
}
