/**
 * A short message in the status bar for something that did not happen and why (a table edit
 * refused while Suggesting): read out politely, gone after a few seconds or at the next one.
 */
import { createStore } from '../lib/store';

export const statusNoticeStore = createStore<string | null>(null);

const SHOWN_MS = 8_000;
let timer: ReturnType<typeof setTimeout> | undefined;

export function showStatusNotice(text: string): void {
  clearTimeout(timer);
  statusNoticeStore.set(text);
  timer = setTimeout(() => statusNoticeStore.set(null), SHOWN_MS);
}
