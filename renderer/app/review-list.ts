/**
 * What the Review tab lists: the open comment threads (document store) and the suggestions in the
 * body (read from the editor). Recomputed a moment after edits stop, never per keystroke: reading
 * every suggestion walks the whole body. The same pass paints each suggestion author's colour.
 */
import type { Thread } from '../../core/document/release';
import type { Node as PmNode } from '@tiptap/pm/model';
import { authorColour, personKey } from '../../core/review/people';
import { suggestionsIn, type Suggestion, type SuggestionAuthor } from '../../core/review/suggestions';
import { createScheduler } from '../lib/scheduler';
import { createStore } from '../lib/store';
import { currentEditor, documentStore, onDocumentChange } from './document-store';
import { currentAuthor } from './review-author';

export interface ReviewItems {
  suggestions: Suggestion[];
  /** Threads not resolved, in the file's order. */
  threads: Thread[];
  /** Where each thread's anchor starts in the body; absent when general or its text was removed. */
  anchors: ReadonlyMap<string, number>;
}

export const reviewListStore = createStore<ReviewItems>({ suggestions: [], threads: [], anchors: new Map() });

/** How long after the last edit the list is read again. */
const SETTLE_MS = 300;

/** A suggestion's author as a thread's person (people.ts colours and keys). */
export const asPerson = (a: SuggestionAuthor): { name: string; initials: string; fingerprint: string } => ({ name: a.name, initials: a.initials, fingerprint: a.by });

let sheet: CSSStyleSheet | null = null;
let painted = '';

/** The first position of each thread's anchor, in one walk. */
function anchorsIn(doc: PmNode): Map<string, number> {
  const anchors = new Map<string, number>();
  doc.descendants((node, pos) => {
    if (!node.isInline) return true;
    for (const mark of node.marks) {
      if (mark.type.name !== 'comment') continue;
      const id = String(mark.attrs['thread']);
      if (!anchors.has(id)) anchors.set(id, pos);
    }
    return false;
  });
  return anchors;
}

type Who = { name: string; fingerprint: string };

/** One CSSOM rule per author (the CSP allows no inline styles), rebuilt only when the authors change. */
function paintAuthors(authors: SuggestionAuthor[], commenters: Who[]): void {
  if (typeof CSSStyleSheet === 'undefined' || typeof document === 'undefined' || !('adoptedStyleSheets' in document)) return;
  const rules: string[] = [];
  for (const a of authors) {
    const { ink } = authorColour(asPerson(a));
    const who = a.by !== '' ? `[data-suggestion-by="${CSS.escape(a.by)}"]` : `[data-suggestion-by=""][data-suggestion-name="${CSS.escape(a.name)}"]`;
    rules.push(`.body-text :is(ins.suggestion-insertion, del.suggestion-deletion)${who} { color: ${ink}; text-decoration-color: ${ink}; }`);
  }
  for (const person of [...authors.map(asPerson), ...commenters]) {
    rules.push(`.review-who[data-author="${CSS.escape(personKey(person))}"] { color: ${authorColour(person).ink}; }`);
  }
  const text = [...new Set(rules)].sort().join('\n');
  if (text === painted) return;
  if (sheet === null) {
    sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  sheet.replaceSync(text);
  painted = text;
}

export function refreshReviewList(): void {
  const editor = currentEditor();
  const doc = editor !== null && !editor.isDestroyed ? editor.state.doc : null;
  const suggestions = doc !== null ? suggestionsIn(doc) : [];
  const threads = documentStore.get().meta.threads.filter((thread) => thread.resolved === null);
  const anchors = doc !== null && threads.length > 0 ? anchorsIn(doc) : new Map<string, number>();
  paintAuthors(
    [currentAuthor(), ...suggestions.map((s) => s.author)],
    threads.map((th) => th.comments[0]!.by),
  );
  reviewListStore.set({ suggestions, threads, anchors });
}

let started = false;

/** Keeps the list current from now on (once per run); the first read is right away. */
export function startReviewList(): void {
  if (started) return;
  started = true;
  // A keystroke only stamps a time (lib/scheduler.ts), no timer churn.
  const scheduler = createScheduler(refreshReviewList, { wait: SETTLE_MS });
  const later = (): void => scheduler.schedule();
  onDocumentChange(later);
  // A new document (another session) or threads changed by the comments column.
  let session = documentStore.get().session;
  let threads = documentStore.get().meta.threads;
  documentStore.subscribe(() => {
    const s = documentStore.get();
    if (s.session === session && s.meta.threads === threads) return;
    session = s.session;
    threads = s.meta.threads;
    later();
  });
  refreshReviewList();
}

/** Open threads plus suggestions: the number on the Review tab. */
export const openCount = (items: ReviewItems): number => items.suggestions.length + items.threads.length;
