/**
 * NFC for the plain fields (headline, sapo, side panel). The value is normalised as it is typed,
 * with the caret kept where it was; while an input method is composing the text is left alone
 * and normalised when the composition ends. A paste in an old Vietnamese encoding arrives as Unicode.
 */
import type { ChangeEvent, ClipboardEvent, CompositionEvent } from 'react';
import { toNfc } from '../../core/vi/nfc';
import { showLegacyNotice } from '../app/legacy-notice';
import { repairFieldPaste } from './legacy-field-paste';

type Field = HTMLInputElement | HTMLTextAreaElement;

/** Single-paragraph fields: a pasted line break becomes a space. */
export const oneLine = (s: string): string => s.replace(/[ \t]*(\r\n|\r|\n)[ \t]*/g, ' ');

function normalizeInPlace(el: Field, clean: (s: string) => string): string {
  const raw = el.value;
  const next = toNfc(clean(raw));
  if (next === raw) return raw;
  const caret = el.selectionStart;
  // Write the DOM first (React then finds it equal) and put the caret after the same text.
  el.value = next;
  if (caret !== null && typeof el.setSelectionRange === 'function' && el.type !== 'email' && el.type !== 'date' && el.type !== 'datetime-local') {
    const at = toNfc(clean(raw.slice(0, caret))).length;
    el.setSelectionRange(at, at);
  }
  return next;
}

/** onChange/onCompositionEnd handlers that deliver NFC text to `commit`. */
export function nfcHandlers(commit: (value: string) => void, clean: (s: string) => string = (s) => s) {
  return {
    onChange(e: ChangeEvent<Field>): void {
      const native = e.nativeEvent as InputEvent;
      if (native.isComposing) {
        commit(e.target.value);
        return;
      }
      commit(normalizeInPlace(e.target, clean));
    },
    onCompositionEnd(e: CompositionEvent<Field>): void {
      commit(normalizeInPlace(e.currentTarget, clean));
    },
    // Text in an old Vietnamese encoding (TCVN3, VNI, VIQR) is pasted as Unicode.
    onPaste(e: ClipboardEvent<Field>): void {
      const repaired = repairFieldPaste(e.clipboardData.getData('text/html'), e.clipboardData.getData('text/plain'));
      if (repaired === null) return;
      e.preventDefault();
      // As typed text: the field's own undo and onChange see it.
      document.execCommand('insertText', false, repaired.text);
      showLegacyNotice(repaired.report, 'paste');
    },
  };
}
