/**
 * NFC for the plain fields (headline, sapo, side panel). The value is normalised as it is typed,
 * with the caret kept where it was; while an input method is composing the text is left alone
 * and normalised when the composition ends. A paste in an old Vietnamese encoding arrives as Unicode.
 */
import type { ChangeEvent, ClipboardEvent, CompositionEvent } from 'react';
import { toNfc } from '../../core/vi/nfc';
import { showLegacyNotice } from '../app/legacy-notice';
import { loadPastePipeline, pastePipeline } from '../editor/paste-loader';
import type { LegacyReport } from '../../core/vi/legacy/report';

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

/** As typed text: the field's own undo and onChange see it. */
function insertAsTyped(pasted: { text: string; report?: LegacyReport }): void {
  document.execCommand('insertText', false, pasted.text);
  if (pasted.report !== undefined) showLegacyNotice(pasted.report, 'paste');
}

/** A paste taken before the repair was loaded: into the same field and selection once it is (unless typing moved on). */
function pasteWhenLoaded(field: Field, html: string, text: string): void {
  const { value, selectionStart: start, selectionEnd: end } = field;
  void loadPastePipeline()
    .then((pipeline) => pipeline.repairFieldPaste(html, text), () => null)
    .then((repaired) => {
      if (!field.isConnected || field.disabled || field.readOnly) return;
      if (document.activeElement !== field) field.focus();
      if (field.value === value && start !== null && end !== null) field.setSelectionRange(start, end);
      insertAsTyped(repaired ?? { text });
    });
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
      const html = e.clipboardData.getData('text/html');
      const text = e.clipboardData.getData('text/plain');
      const pipeline = pastePipeline();
      if (pipeline !== null) {
        const repaired = pipeline.repairFieldPaste(html, text);
        if (repaired === null) return;
        e.preventDefault();
        insertAsTyped(repaired);
      } else if (html !== '' || text !== '') {
        // The repair's chunk is not in yet (paste-loader.ts): the paste waits for it, then goes where it was asked.
        e.preventDefault();
        pasteWhenLoaded(e.currentTarget, html, text);
      }
    },
  };
}
