/**
 * Suggesting mode's rewrite: the steps of an edit, made on a document, replayed onto a fresh
 * Transform of the same document as suggestions. Text an edit would remove stays, marked
 * `deletion`; what it adds is marked `insertion`; typing over a selection is a replacement (both
 * under one id). Removing your own pending insertion removes it for real. Block structure (a split
 * by Enter, a pasted paragraph) is applied as made: marks live on text, so only text is tracked,
 * and no text is ever lost. Formatting and attribute steps pass through untracked.
 */
import { Fragment, Slice, type Mark, type Node as PmNode } from '@tiptap/pm/model';
import { ReplaceStep, type Step, type Transform } from '@tiptap/pm/transform';
import { isSuggestionMark, markAuthor, sameAuthor, type SuggestionAuthor } from './suggestions';

export interface TrackContext {
  author: SuggestionAuthor;
  /** ISO time stamped on new suggestions. */
  at: string;
  newId: () => string;
}

interface Segment {
  from: number;
  to: number;
  marks: readonly Mark[];
}

/** The inline pieces of [from, to), clipped to it. */
function inlineSegments(doc: PmNode, from: number, to: number): Segment[] {
  const out: Segment[] = [];
  doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isInline) return true;
    out.push({ from: Math.max(pos, from), to: Math.min(pos + node.nodeSize, to), marks: node.marks });
    return false;
  });
  return out;
}

const markNamed = (marks: readonly Mark[], name: string): Mark | undefined => marks.find((m) => m.type.name === name);

/** The same suggestion mark by this author on the inline node just before or after `pos`, to extend it. */
function ownMarkNear(doc: PmNode, pos: number, name: string, author: SuggestionAuthor, side: 'before' | 'after' | 'both'): Mark | undefined {
  const $pos = doc.resolve(pos);
  const nodes = side === 'before' ? [$pos.nodeBefore] : side === 'after' ? [$pos.nodeAfter] : [$pos.nodeBefore, $pos.nodeAfter];
  for (const node of nodes) {
    const mark = node?.isInline === true ? markNamed(node.marks, name) : undefined;
    if (mark !== undefined && sameAuthor(markAuthor(mark), author)) return mark;
  }
  return undefined;
}

/** The node without suggestion marks, at any depth. */
function stripNode(node: PmNode, drop: (m: Mark) => boolean): PmNode {
  if (node.isInline) return node.mark(node.marks.filter((m) => !drop(m)));
  const children: PmNode[] = [];
  node.content.forEach((child) => children.push(stripNode(child, drop)));
  return node.copy(Fragment.from(children));
}

/** The slice without suggestion marks: pasted suggested text is new text by whoever pastes it. */
function withoutSuggestionMarks(slice: Slice): Slice {
  let found = false;
  slice.content.descendants((node) => {
    if (node.marks.some(isSuggestionMark)) found = true;
    return !found;
  });
  if (!found) return slice;
  const children: PmNode[] = [];
  slice.content.forEach((node) => children.push(stripNode(node, isSuggestionMark)));
  return new Slice(Fragment.from(children), slice.openStart, slice.openEnd);
}

const hasInline = (slice: Slice): boolean => {
  let found = false;
  slice.content.descendants((node) => {
    if (node.isInline) found = true;
    return !found;
  });
  return found;
};

/** Where the edit was made from: the caret before it, to tell Backspace from Delete. */
export interface EditOrigin {
  head: number;
  empty: boolean;
}

/**
 * Backspace or Delete on a letter already struck through goes on to the nearest letter not yet
 * struck in the same paragraph, as in Word: a key press is never spent on text already deleted
 * (and a caret left just after struck text by a fast typist still deletes the next letter).
 */
function nextUnstruck(doc: PmNode, pos: number, forward: boolean): { from: number; to: number } | null {
  const $pos = doc.resolve(pos);
  if (!$pos.parent.isTextblock) return null;
  const [start, end] = [$pos.start(), $pos.end()];
  for (let p = forward ? pos : pos - 1; p >= start && p < end; p += forward ? 1 : -1) {
    const node = doc.nodeAt(p);
    if (node === null || !node.isText) return null;
    if (markNamed(node.marks, 'deletion') !== undefined) continue;
    // One letter, whole: a surrogate pair (emoji) is two positions.
    const text = doc.textBetween(Math.max(start, p - 1), Math.min(end, p + 2));
    const offset = p - Math.max(start, p - 1);
    const code = text.charCodeAt(offset);
    if (code >= 0xdc00 && code <= 0xdfff) return { from: p - 1, to: p + 1 };
    if (code >= 0xd800 && code <= 0xdbff) return { from: p, to: p + 2 };
    return { from: p, to: p + 1 };
  }
  return null;
}

/**
 * Replays "replace [from, to) with slice" as a suggestion: the slice goes in after the range (a
 * replacement reads deleted-then-inserted, as in Word), the range's text is marked deleted. Next
 * to a suggestion of the same kind by the same person it extends that one (a word typed or
 * backspaced is one suggestion). Returns where the caret goes.
 */
function trackReplace(tr: Transform, from: number, to: number, slice: Slice, ctx: TrackContext, forward: boolean): number {
  const { insertion, deletion } = tr.doc.type.schema.marks;
  if (insertion === undefined || deletion === undefined) throw new Error('The body schema has no suggestion marks.');
  const start = tr.steps.length;
  const doc = tr.doc;
  const segments = inlineSegments(doc, from, to);
  if (!hasInline(slice) && to - from <= 2 && segments.length > 0 && segments.every((s) => markNamed(s.marks, 'deletion') !== undefined)) {
    const next = nextUnstruck(doc, forward ? to : from, forward);
    if (next !== null) return trackReplace(tr, next.from, next.to, slice, ctx, forward);
  }
  const toMark = segments.filter((s) => markNamed(s.marks, 'deletion') === undefined && markNamed(s.marks, 'insertion') === undefined);
  const inserts = hasInline(slice);
  const fresh = (): Record<string, string> => ({ id: ctx.newId(), ...ctx.author, at: ctx.at });
  let delMark: Mark | undefined;
  let insMark: Mark | undefined;
  if (toMark.length > 0 && inserts) {
    const attrs = fresh();
    delMark = deletion.create(attrs);
    insMark = insertion.create(attrs);
  } else if (toMark.length > 0) {
    delMark = ownMarkNear(doc, from, 'deletion', ctx.author, 'before') ?? ownMarkNear(doc, to, 'deletion', ctx.author, 'after') ?? deletion.create(fresh());
  } else if (inserts) {
    insMark = ownMarkNear(doc, to, 'insertion', ctx.author, 'both') ?? insertion.create(fresh());
  }
  if (slice.size > 0) {
    tr.replace(to, to, withoutSuggestionMarks(slice));
    const map = tr.mapping.slice(start);
    if (insMark !== undefined) tr.addMark(map.map(to, -1), map.map(to, 1), insMark);
  }
  // Everything below changes only positions before `to`, from the end backwards.
  for (const s of [...segments].reverse()) {
    if (markNamed(s.marks, 'deletion') !== undefined) continue;
    const ins = markNamed(s.marks, 'insertion');
    // Another person's pending insertion stays: rejecting it is theirs to see.
    if (ins !== undefined) {
      if (sameAuthor(markAuthor(ins), ctx.author)) tr.delete(s.from, s.to);
    } else if (delMark !== undefined) tr.addMark(s.from, s.to, delMark);
  }
  const map = tr.mapping.slice(start);
  return slice.size > 0 || forward ? map.map(to, 1) : map.map(from, -1);
}

/**
 * Replays `original`'s steps (made on the document `tracked` starts from) onto `tracked` as
 * suggestions. Returns where the caret should go, or null when no text edit was tracked.
 */
export function trackEdit(original: Transform, tracked: Transform, ctx: TrackContext, origin: EditOrigin): number | null {
  let caret: { pos: number; steps: number } | null = null;
  original.steps.forEach((step, i) => {
    // Back to the starting document through the steps before it, then forward through ours.
    let mapped: Step | null = step;
    for (let j = i - 1; j >= 0 && mapped !== null; j--) mapped = mapped.map(original.steps[j]!.getMap().invert());
    mapped = mapped?.map(tracked.mapping) ?? null;
    if (mapped === null) return;
    if (mapped instanceof ReplaceStep) {
      const forward = !origin.empty || origin.head <= mapped.from;
      caret = { pos: trackReplace(tracked, mapped.from, mapped.to, mapped.slice, ctx, forward), steps: tracked.steps.length };
    } else {
      tracked.maybeStep(mapped);
    }
  });
  if (caret === null) return null;
  const { pos, steps } = caret;
  return tracked.mapping.slice(steps).map(pos);
}
