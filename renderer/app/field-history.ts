/**
 * Undo/redo for the sheet's own fields (headline, subhead, sapo), a word at a time, from the
 * keyboard and from the toolbar: the toolbar asks `focusedFieldStore` whether a field has focus
 * and then acts on that field instead of the body. Each load starts with empty histories.
 */
import { createStore } from '../lib/store';
import { createTextHistory, type TextHistory, type TextState } from '../lib/text-history';
import { documentStore, updateMeta, type ReleaseMeta } from './document-store';

export type SheetFieldKey = 'headline' | 'subhead' | 'sapo';

export interface FocusedField {
  field: SheetFieldKey | null;
  canUndo: boolean;
  canRedo: boolean;
}

/** The sheet field with focus (null: the body or elsewhere) and what its history can do. */
export const focusedFieldStore = createStore<FocusedField>({ field: null, canUndo: false, canRedo: false });

let session = -1;
const histories = new Map<SheetFieldKey, TextHistory>();

function historyOf(field: SheetFieldKey): TextHistory {
  const now = documentStore.get().session;
  if (now !== session) {
    session = now;
    histories.clear();
  }
  let history = histories.get(field);
  if (history === undefined) {
    const value = documentStore.get().meta[field];
    history = createTextHistory({ value, caret: value.length });
    histories.set(field, history);
  }
  return history;
}

function publish(field: SheetFieldKey | null): void {
  const history = field === null ? null : historyOf(field);
  const next = { field, canUndo: history?.canUndo ?? false, canRedo: history?.canRedo ?? false };
  const prev = focusedFieldStore.get();
  if (prev.field !== next.field || prev.canUndo !== next.canUndo || prev.canRedo !== next.canRedo) focusedFieldStore.set(next);
}

export function fieldFocused(field: SheetFieldKey | null): void {
  publish(field);
}

/** A field's value is about to change to `value` (typed, pasted, cut): recorded, then stored. */
export function fieldEdited(field: SheetFieldKey, value: string, caret: number): void {
  const history = historyOf(field);
  if (value === documentStore.get().meta[field]) return;
  history.record({ value, caret });
  updateMeta((m): ReleaseMeta => ({ ...m, [field]: value }));
  publish(field);
}

function apply(field: SheetFieldKey, state: TextState | null): void {
  if (state === null) return;
  const element = document.querySelector<HTMLTextAreaElement>(`[data-field="${field}"]`);
  // Write the DOM first (React then finds it equal) so the caret can be put back at once.
  if (element !== null) {
    element.value = state.value;
    element.setSelectionRange(state.caret, state.caret);
  }
  updateMeta((m): ReleaseMeta => ({ ...m, [field]: state.value }));
  publish(field);
}

export function undoField(field: SheetFieldKey): void {
  apply(field, historyOf(field).undo());
}

export function redoField(field: SheetFieldKey): void {
  apply(field, historyOf(field).redo());
}
