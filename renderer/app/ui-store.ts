/**
 * What the screen shows around the document: the one open question (a modal that a file action
 * awaits), the last error, the settings, the recovery offer, which panels are open.
 */
import type { AppError, RecoveryEntry, Settings } from '../desktop';
import { createStore } from '../lib/store';

export type UnsavedAnswer = 'save' | 'discard' | 'cancel';
export type ChangedAnswer = 'overwrite' | 'save-as' | 'cancel';
export type LinkAnswer = { href: string } | 'remove' | 'cancel';
export type ConfirmAnswer = 'confirm' | 'cancel';
/** A footnote's text (renderer/editor/footnote-dialog.tsx); `remove` deletes an existing note. */
export type FootnoteAnswer = { text: string } | 'remove' | 'cancel';
/** The profile's name typed before one's first comment or suggestion (renderer/review/ask-name.ts). */
export type NameAnswer = { name: string } | 'cancel';

/** A yes/no question before a step that cannot be taken back quietly (approve, withdraw, final export). */
export interface ConfirmText {
  title: string;
  /** One sentence that says what will happen. */
  message: string;
  confirmLabel: string;
  testId: string;
}

export type Question =
  | { kind: 'unsaved'; name: string | null; answer: (a: UnsavedAnswer) => void }
  | { kind: 'changed-on-disk'; answer: (a: ChangedAnswer) => void }
  | { kind: 'link'; href: string; answer: (a: LinkAnswer) => void }
  /** `number` is the note's number, or null for a new one. */
  | { kind: 'footnote'; text: string; number: number | null; answer: (a: FootnoteAnswer) => void }
  | { kind: 'name'; answer: (a: NameAnswer) => void }
  | ({ kind: 'confirm'; answer: (a: ConfirmAnswer) => void } & ConfirmText);

export interface UiState {
  question: Question | null;
  error: AppError | null;
  settings: Settings | null;
  settingsOpen: boolean;
  aboutOpen: boolean;
  recovery: RecoveryEntry[];
  host: 'electron' | 'browser-host';
  appVersion: string;
}

export const uiStore = createStore<UiState>({
  question: null,
  error: null,
  settings: null,
  settingsOpen: false,
  aboutOpen: false,
  recovery: [],
  host: 'electron',
  appVersion: '',
});

function ask<A>(make: (answer: (a: A) => void) => Question): Promise<A> {
  const previous = uiStore.get().question;
  if (previous !== null) previous.answer('cancel'); // one question at a time; a newer one wins
  return new Promise<A>((resolve) => {
    const question = make((a) => {
      if (uiStore.get().question === question) uiStore.update((s) => ({ ...s, question: null }));
      resolve(a);
    });
    uiStore.update((s) => ({ ...s, question }));
  });
}

export const askUnsaved = (name: string | null): Promise<UnsavedAnswer> => ask((answer) => ({ kind: 'unsaved', name, answer }));
export const askChangedOnDisk = (): Promise<ChangedAnswer> => ask((answer) => ({ kind: 'changed-on-disk', answer }));
export const askLink = (href: string): Promise<LinkAnswer> => ask((answer) => ({ kind: 'link', href, answer }));
export const askFootnote = (text: string, number: number | null): Promise<FootnoteAnswer> => ask((answer) => ({ kind: 'footnote', text, number, answer }));
export const askName = (): Promise<NameAnswer> => ask((answer) => ({ kind: 'name', answer }));
/** True when the person confirmed; Cancel, Escape or a newer question are a no. */
export const askConfirm = async (text: ConfirmText): Promise<boolean> => (await ask<ConfirmAnswer>((answer) => ({ kind: 'confirm', ...text, answer }))) === 'confirm';

export function showError(error: AppError): void {
  uiStore.update((s) => ({ ...s, error }));
}

export function dismissError(): void {
  uiStore.update((s) => (s.error === null ? s : { ...s, error: null }));
}

export function setSettings(settings: Settings): void {
  uiStore.update((s) => ({ ...s, settings }));
}

export function openSettings(open: boolean): void {
  uiStore.update((s) => ({ ...s, settingsOpen: open }));
}

export function openAbout(open: boolean): void {
  uiStore.update((s) => ({ ...s, aboutOpen: open }));
}

export function setRecoveryOffer(entries: RecoveryEntry[]): void {
  uiStore.update((s) => ({ ...s, recovery: entries }));
}
