/**
 * Merge a reviewer's copy into the author's release (issue 9, "Reviewers' copies come back"). The
 * reviewer's copy is a .pressdesk they commented and suggested in, or a reviewed DOCX read back
 * into a release. What comes in:
 * - their threads, replies, edits and resolutions, by thread id (merge-threads.ts);
 * - their suggestions, by id, on the words both copies share;
 * - where they edited directly instead of suggesting, the difference, as suggestions by them;
 * - what cannot be placed — a thread whose text is gone, a suggestion on text the author has since
 *   changed, a changed detail field or photo, which marks cannot carry — listed, never dropped.
 * The author's text, photos, details, open suggestions and sign-off stay as they are: the author
 * decides on the reviewer's work. Pure: the caller reads the files and says who and when.
 */
import type { Person, PmNode, Release } from '../document/release';
import { BlockIndex, isTextBlock } from './align';
import { diffDetails } from './detail-diff';
import { idMaker, remarkBlock, suggestionIdsIn, suggestionMark, walkBlocks, type Body, type Suggester, type WalkPolicy } from './diff';
import { anchoredThreads, mergeThreads } from './merge-threads';
import { mergeInline } from './merge-inline';
import { publishedBody } from './snapshot';
import { inlineKey, isSuggestionMark, type PmMark } from './tokens';

export type UnplacedKind = 'thread' | 'suggestion' | 'detail' | 'photo' | 'table';

/** Something of the reviewer's the merge could not put in the body or the threads as it was. */
export interface Unplaced {
  kind: UnplacedKind;
  /** Thread or suggestion id, the detail's field, the photo's asset hash, or table-1, table-2… for table cells. */
  id: string;
  /** The quote, the suggested text, the detail's new value, the photo's caption, or the cell's text. */
  text: string;
  /** Who made it, where known. */
  by: string;
}

export interface MergeReport {
  /** Whose direct edits came in as suggestions. */
  reviewer: Person;
  threadsAdded: number;
  repliesAdded: number;
  /** Newer comment edits and resolutions taken from the reviewer's copy. */
  updatesTaken: number;
  suggestionsAdded: number;
  directEditsAsSuggestions: number;
  /** With directEdits off: places where the copy's text differs outside suggestions, not taken. */
  differencesNotTaken: number;
  unplaced: Unplaced[];
}

export interface MergeOptions {
  /** Whose direct edits these are; by default the one who wrote most of the copy's new comments and suggestions. */
  reviewer?: Person;
  /** Used when the copy names nobody new (a reviewer who only edited directly). */
  fallbackReviewer: Person;
  /** ISO time of the merge: the time the direct edits are suggested at. */
  at: string;
  /**
   * Whether text that differs outside suggestions comes in as the reviewer's suggestions (default
   * true). Off for a Word copy: its text is the export's layout read back (subhead, dateline and
   * captions as paragraphs, details missing), so only its comments and tracked changes are taken,
   * and the places where its text differs are counted (differencesNotTaken).
   */
  directEdits?: boolean;
  /**
   * The published text both copies started from (the newest history snapshot they share), when
   * known: a block the reviewer left as it was there is the author's to change — the author's
   * later edits (changed, added or removed blocks) are then not taken as the reviewer's.
   */
  base?: Body;
}

const markId = (mark: PmMark): string => String(mark.attrs?.[mark.type === 'comment' ? 'thread' : 'id']);

/** Who wrote most of what is new in the reviewer's copy, or null. */
export function guessReviewer(author: Release, reviewed: Release): Person | null {
  const count = new Map<string, { person: Person; n: number }>();
  const add = (person: Person): void => {
    const key = person.fingerprint !== '' ? person.fingerprint : `name:${person.name}`;
    const entry = count.get(key) ?? { person, n: 0 };
    entry.n++;
    count.set(key, entry);
  };
  const known = new Map(author.threads.map((t) => [t.id, new Set(t.comments.map((c) => c.id))]));
  for (const thread of reviewed.threads) {
    for (const comment of thread.comments) if (!known.get(thread.id)?.has(comment.id)) add(comment.by);
  }
  const mine = suggestionIdsIn(author.body.content);
  const walk = (nodes: readonly PmNode[] | undefined): void => {
    for (const node of nodes ?? []) {
      for (const mark of node.marks ?? []) {
        if (!isSuggestionMark(mark) || mine.has(markId(mark))) continue;
        const a = mark.attrs ?? {};
        add({ name: String(a['name'] ?? ''), initials: String(a['initials'] ?? ''), fingerprint: String(a['by'] ?? '') });
      }
      walk(node.content);
    }
  };
  walk(reviewed.body.content);
  let best: { person: Person; n: number } | null = null;
  for (const entry of count.values()) if (best === null || entry.n > best.n) best = entry;
  return best?.person ?? null;
}

/** Fewer distinct words than this on either side: too little text to tell whether two copies are related. */
const RELATED_MIN_WORDS = 20;
/** Copies of one release share far more of their words than this (Dice), even after heavy review. */
const RELATED_MIN_SHARE = 0.2;

/** Whether the copy reads as a version of the release at all (not a copy of another release chosen by mistake). */
export function sharesText(author: Release, reviewed: Release): boolean {
  const index = new BlockIndex();
  const words = (body: Body): Set<string> => index.wordsOf({ type: 'doc', content: body.content });
  const a = words(author.body);
  const b = words(reviewed.body);
  if (a.size < RELATED_MIN_WORDS || b.size < RELATED_MIN_WORDS) return true;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return (2 * common) / (a.size + b.size) >= RELATED_MIN_SHARE;
}

export function mergeReview(author: Release, reviewed: Release, options: MergeOptions): { release: Release; report: MergeReport } {
  const reviewer = options.reviewer ?? guessReviewer(author, reviewed) ?? options.fallbackReviewer;
  const by: Suggester = { by: reviewer.fingerprint, name: reviewer.name, initials: reviewer.initials, at: options.at };
  const mySuggestions = suggestionIdsIn(author.body.content);
  const theirSuggestions = suggestionIdsIn(reviewed.body.content);
  const myThreads = new Set([...author.threads.map((t) => t.id), ...anchoredThreads(author.body.content)]);
  const newId = idMaker(new Set([...mySuggestions, ...theirSuggestions]), 'm');
  const unplaced: Unplaced[] = [];
  const matched = new Set<string>();
  let direct = 0;
  let notTaken = 0;
  const directEdits = options.directEdits ?? true;
  const directId = (): string => {
    direct++;
    return newId();
  };
  /** Review marks of theirs the author's copy does not know. */
  const isNew = (mark: PmMark): boolean =>
    mark.type === 'comment' ? !myThreads.has(markId(mark)) : isSuggestionMark(mark) && !mySuggestions.has(markId(mark));
  const isMine = (mark: PmMark): boolean => isSuggestionMark(mark) && mySuggestions.has(markId(mark));

  const base = options.base === undefined ? null : baseKeys(options.base);
  /** Every text block of a block read as published is in the base: the reviewer did not write it. */
  const inBase = (node: PmNode): boolean => base !== null && textBlocksOf(node).every((block) => base.has(publishedKey(block)));
  const policy: WalkPolicy = {
    // A heading level, a photo's layout, a list's start: not text, so no suggestion can carry them; the author's stay.
    attrsFrom: 'a',
    same: (a, b) => (JSON.stringify(a.content) === JSON.stringify(b.content) ? a : null),
    inline: (a, b, blocks) =>
      mergeInline(a, b, {
        isNew,
        isMine,
        directId,
        by,
        matched: (id) => matched.add(id),
        // The reviewer's block reads as the base did: any difference is the author's later edit.
        directEdits: directEdits && !inBase(blocks.b),
        notTaken: () => void (directEdits ? undefined : notTaken++),
      }),
    added(b) {
      // Only in the copy and as it was in the base: the author removed it since.
      if (directEdits && inBase(b)) return null;
      if (!directEdits) {
        const kept = onlyTheirInsertions(b, isNew);
        if (kept === null) notTaken++;
        return kept;
      }
      if (b.type === 'figure') {
        unplaced.push(photo(b, reviewer));
        return null;
      }
      const id = directId();
      // Their suggestions keep theirs; text the author's copy has as a suggestion of its own is the author's call.
      return remarkBlock(b, (marks) =>
        marks.some(isSuggestionMark) ? marks : [...marks.filter((m) => m.type !== 'comment' || isNew(m)), suggestionMark('insertion', id, by)],
      );
    },
    reshaped(a) {
      // A cell's header role, span or width is not text: the author's stays, the reviewer's is listed.
      // Not for a Word copy, whose widths are read back from twips and would all differ.
      if (directEdits) unplaced.push(reshapedCell(a, unplaced.filter((u) => u.kind === 'table').length + 1, reviewer));
    },
    removed(a) {
      // Only in the author's copy and not in the base: the author wrote it since.
      if (directEdits && base !== null && !inBase(a)) return a;
      if (!directEdits) {
        notTaken++;
        return a;
      }
      if (a.type === 'figure') {
        unplaced.push(photo(a, reviewer));
        return a;
      }
      const id = directId();
      return remarkBlock(a, (marks) => (marks.some(isSuggestionMark) ? marks : [...marks, suggestionMark('deletion', id, by)]));
    },
  };
  const index = new BlockIndex();
  const content = walkBlocks(index, author.body.content, reviewed.body.content, policy);

  const threads = mergeThreads(author.threads, reviewed.threads, content);
  for (const thread of threads.unplaced) {
    unplaced.push({ kind: 'thread', id: thread.id, text: thread.quote, by: thread.comments[0]?.by.name ?? '' });
  }
  const placed = suggestionIdsIn(threads.content);
  const added = [...theirSuggestions].filter((id) => !mySuggestions.has(id) && !(matched.has(id) && !placed.has(id)));
  for (const id of added) {
    if (!placed.has(id)) unplaced.push({ kind: 'suggestion', id, ...suggestionText(reviewed.body, id) });
  }
  if (directEdits) for (const change of diffDetails(author, reviewed)) unplaced.push({ kind: 'detail', id: change.field, text: change.after, by: reviewer.name });

  const known = new Set(threads.threads.map((t) => t.id));
  const body: Body = { type: 'doc', content: dropMarks(threads.content, (m) => m.type === 'comment' && !known.has(markId(m))) };
  const release: Release = { ...author, body, threads: threads.threads };
  return {
    release,
    report: {
      reviewer,
      threadsAdded: threads.threadsAdded,
      repliesAdded: threads.repliesAdded,
      updatesTaken: threads.updatesTaken,
      suggestionsAdded: added.filter((id) => placed.has(id)).length,
      directEditsAsSuggestions: direct,
      differencesNotTaken: notTaken,
      unplaced,
    },
  };
}

/** The text blocks of a block (itself, or those inside it). */
const textBlocksOf = (node: PmNode): PmNode[] => (isTextBlock(node) ? [node] : (node.content ?? []).flatMap(textBlocksOf));

/** A text block as published (suggested insertions out, deletions kept), by text and formatting. */
const publishedKey = (block: PmNode): string => `${block.type}${inlineKey(publishedBody({ type: 'doc', content: [block] }).content[0]?.content)}`;

const baseKeys = (base: Body): Set<string> => new Set(base.content.flatMap(textBlocksOf).map(publishedKey));

/** Of a block only the copy has, only the reviewer's suggested insertions (in their blocks), or null. */
function onlyTheirInsertions(node: PmNode, isNew: (mark: PmMark) => boolean): PmNode | null {
  const theirs = (n: PmNode): boolean => (n.marks ?? []).some((m) => m.type === 'insertion' && isNew(m));
  if (isTextBlock(node)) {
    if (node.type === 'figure') return null;
    const content = (node.content ?? []).filter(theirs);
    return content.length === 0 ? null : { ...node, content };
  }
  const content = (node.content ?? []).map((child) => onlyTheirInsertions(child, isNew)).filter((n): n is PmNode => n !== null);
  if (content.length === 0 || (node.type === 'listItem' && content[0]!.type !== 'paragraph')) return null;
  return { ...node, content };
}

const photo = (figure: PmNode, reviewer: Person): Unplaced => ({
  kind: 'photo',
  id: String(figure.attrs?.['asset'] ?? ''),
  text: (figure.content ?? []).map((n) => n.text ?? '').join(''),
  by: reviewer.name,
});

/** A cell of the author's whose layout the reviewer changed, numbered in document order. */
const reshapedCell = (cell: PmNode, n: number, reviewer: Person): Unplaced => ({
  kind: 'table',
  id: `table-${n}`,
  text: textBlocksOf(cell)
    .map((block) => (block.content ?? []).map((c) => c.text ?? '').join(''))
    .join(' '),
  by: reviewer.name,
});

/** A suggestion's text (inserted, or deleted when it inserts nothing) and author, from a body. */
function suggestionText(body: Body, id: string): { text: string; by: string } {
  let inserted = '';
  let deleted = '';
  let by = '';
  const walk = (nodes: readonly PmNode[] | undefined): void => {
    for (const node of nodes ?? []) {
      const mark = (node.marks ?? []).find((m) => isSuggestionMark(m) && markId(m) === id);
      if (mark !== undefined) {
        by = String(mark.attrs?.['name'] ?? '');
        if (mark.type === 'insertion') inserted += node.text ?? '';
        else deleted += node.text ?? '';
      }
      walk(node.content);
    }
  };
  walk(body.content);
  return { text: inserted !== '' ? inserted : deleted, by };
}

/** The body without the marks `drop` picks. */
function dropMarks(nodes: PmNode[], drop: (mark: PmMark) => boolean): PmNode[] {
  return nodes.map((node) => {
    const marks = node.marks?.filter((m) => !drop(m));
    const content = node.content === undefined ? undefined : dropMarks(node.content, drop);
    const { marks: _marks, content: _content, ...rest } = node;
    return { ...rest, ...(marks !== undefined && marks.length > 0 ? { marks } : {}), ...(content !== undefined ? { content } : {}) };
  });
}
