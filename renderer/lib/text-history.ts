/**
 * Undo/redo for a plain text field, a word at a time like the body editor: typing within a word
 * (or deleting in a run) joins the current step; a new word, a switch between typing and
 * deleting, a caret that jumped, or a pause starts a new one. The field's value is the state; the
 * browser's own undo is not used (React rewrites the value, which breaks it).
 */
export interface TextState {
  value: string;
  caret: number;
}

export interface TextHistory {
  /** Note the field's new state (after an edit). */
  record(next: TextState, now?: number): void;
  /** The state to show, or null when there is nothing to undo/redo. */
  undo(): TextState | null;
  redo(): TextState | null;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

/** A pause longer than this starts a new step (a slow typist's next letter still joins the word). */
export const NEW_STEP_AFTER_MS = 2_000;
const STEP_LIMIT = 200;

type Kind = 'insert' | 'delete' | 'other';

function kindOf(prev: TextState, next: TextState): Kind {
  if (next.value.length > prev.value.length && next.caret > prev.caret) return 'insert';
  if (next.value.length < prev.value.length) return 'delete';
  return 'other';
}

export function createTextHistory(initial: TextState): TextHistory {
  const done: TextState[] = [];
  const undone: TextState[] = [];
  let current = initial;
  let lastKind: Kind = 'other';
  let lastAt = -Infinity;

  return {
    record(next, now = Date.now()) {
      if (next.value === current.value) {
        current = next;
        return;
      }
      const kind = kindOf(current, next);
      const typed = kind === 'insert' ? next.value.slice(current.caret, next.caret) : '';
      // A word starts where a non-space is typed after a space (or at the start).
      const newWord = kind === 'insert' && /^\S/u.test(typed) && (current.caret === 0 || /\s/u.test(current.value[current.caret - 1] ?? ''));
      // Deleting joins only while it stays at the caret (Backspace or Delete held down).
      const removed = current.value.length - next.value.length;
      const inPlace = kind !== 'delete' || next.caret === current.caret || next.caret === current.caret - removed;
      const joins = kind !== 'other' && kind === lastKind && now - lastAt <= NEW_STEP_AFTER_MS && !newWord && inPlace && typed.length <= 2;
      if (!joins) {
        done.push(current);
        if (done.length > STEP_LIMIT) done.shift();
      }
      undone.length = 0;
      current = next;
      lastKind = kind;
      lastAt = now;
    },
    undo() {
      const prev = done.pop();
      if (prev === undefined) return null;
      undone.push(current);
      current = prev;
      lastKind = 'other';
      return prev;
    },
    redo() {
      const next = undone.pop();
      if (next === undefined) return null;
      done.push(current);
      current = next;
      lastKind = 'other';
      return next;
    },
    get canUndo() {
      return done.length > 0;
    },
    get canRedo() {
      return undone.length > 0;
    },
  };
}
