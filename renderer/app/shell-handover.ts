/**
 * What was typed into the startup shell (index.html, startup-shell.ts) before the bundle ran,
 * handed to the real sheet: the headline and sapo as field edits (their own undo history, the
 * release marked changed), the body as one undoable edit of the editor, and the caret where it was.
 */
import type { Editor } from '@tiptap/react';
import type { JSONContent } from '@tiptap/core';
import { fieldEdited } from './field-history';

type ShellField = 'headline' | 'sapo';

export interface ShellText {
  headline: string;
  sapo: string;
  /** The body's text, lines split by '\n'. */
  body: string;
  /** Where the caret was: a field and its offset in that field's text, or nowhere in the shell. */
  focus: { in: ShellField | 'body'; offset: number } | null;
}

const nfc = (text: string): string => text.normalize('NFC');

/** The body's text and the caret's offset in it: text nodes as they are, a <br> as a line break. */
export function bodyText(root: Node, caret: { node: Node; offset: number } | null): { text: string; caret: number | null } {
  let text = '';
  let at: number | null = null;
  const visit = (node: Node): void => {
    if (caret !== null && caret.node === node && node.nodeType !== Node.TEXT_NODE) {
      // A caret between children: before the child at `offset`.
      const before = [...node.childNodes].slice(0, caret.offset);
      for (const child of before) visit(child);
      at = text.length;
      for (const child of [...node.childNodes].slice(caret.offset)) visit(child);
      return;
    }
    if (node.nodeType === Node.TEXT_NODE) {
      if (caret !== null && caret.node === node) at = text.length + caret.offset;
      text += node.nodeValue ?? '';
    } else if (node.nodeName === 'BR') {
      text += '\n';
    } else {
      if (node !== root && (node.nodeName === 'DIV' || node.nodeName === 'P') && text !== '' && !text.endsWith('\n')) text += '\n';
      for (const child of node.childNodes) visit(child);
    }
  };
  visit(root);
  // Chromium keeps a last empty line visible with a trailing <br> that holds no text of its own.
  if (text.endsWith('\n') && root.lastChild?.nodeName === 'BR' && (at === null || at < text.length)) text = text.slice(0, -1);
  return { text, caret: at };
}

/** Reads the shell and takes it out of the page (in the app's first commit: no frame shows both, or neither). */
export function takeShell(): ShellText | null {
  const shell = document.getElementById('startup-shell');
  const sheet = shell?.querySelector<HTMLElement>('[data-shell="sheet"]') ?? null;
  const opened = sheet?.dataset['state'] === 'open';
  if (sheet !== null) sheet.dataset['state'] = 'taken'; // a late answer no longer opens it
  if (shell === null || sheet === null || !opened) {
    shell?.remove();
    return null;
  }
  const field = (name: ShellField) => sheet.querySelector<HTMLTextAreaElement>(`[data-shell="${name}"]`);
  const body = sheet.querySelector<HTMLElement>('[data-shell="body"]');
  const active = document.activeElement;
  const selection = document.getSelection();
  const caretNode = selection !== null && selection.rangeCount > 0 && body?.contains(selection.focusNode ?? null) ? { node: selection.focusNode!, offset: selection.focusOffset } : null;
  const read = body === null ? { text: '', caret: null } : bodyText(body, caretNode);
  let focus: ShellText['focus'] = null;
  for (const name of ['headline', 'sapo'] as const) {
    const el = field(name);
    if (el !== null && active === el) focus = { in: name, offset: el.selectionEnd };
  }
  if (body !== null && active === body) focus = { in: 'body', offset: read.caret ?? read.text.length };
  const typed: ShellText = { headline: field('headline')?.value ?? '', sapo: field('sapo')?.value ?? '', body: read.text, focus };
  shell.remove();
  return typed;
}

/** The body's paragraphs for `text` and the document position of `offset` in it (NFC). */
export function bodyContent(text: string, offset: number): { content: JSONContent[]; position: number } {
  const before = nfc(text.slice(0, offset)).split('\n');
  const lines = nfc(text).split('\n');
  const content = lines.map((line): JSONContent => (line === '' ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text: line }] }));
  // Each paragraph before the caret's opens and closes (2), then its text; +1 opens the caret's own.
  const position = before.slice(0, -1).reduce((sum, line) => sum + line.length + 2, 0) + 1 + before[before.length - 1]!.length;
  return { content, position };
}

/**
 * Hands what was typed over to the app's sheet, in its first commit (a layout effect: the fields
 * and the editor's element are in the page, nothing painted yet).
 */
export function handOver(typed: ShellText, root: HTMLElement): void {
  const caretIn = (name: ShellField | 'body', length: number): number => (typed.focus?.in === name ? Math.min(length, typed.focus.offset) : length);
  for (const name of ['headline', 'sapo'] as const) {
    const el = root.querySelector<HTMLTextAreaElement>(`[data-testid="${name}"]`);
    if (typed[name] === '' || el === null || el.value !== '') continue;
    const text = nfc(typed[name]);
    const caret = caretIn(name, text.length);
    fieldEdited(name, text, caret);
    // The store's re-render then finds the same value and leaves the caret where it is.
    el.value = text;
    el.setSelectionRange(caret, caret);
  }
  const editorDom = root.querySelector<HTMLElement & { editor?: Editor }>('[data-testid="editor-body"] .ProseMirror');
  const editor = editorDom?.editor;
  if (editor !== undefined && typed.body !== '' && editor.state.doc.textContent === '' && editor.state.doc.childCount <= 1) {
    const { content, position } = bodyContent(typed.body, caretIn('body', typed.body.length));
    editor.chain().insertContentAt({ from: 0, to: editor.state.doc.content.size }, content).setTextSelection(position).run();
  }
  const focus = typed.focus;
  if (focus === null) return;
  if (focus.in === 'body') {
    editor?.view.focus();
    return;
  }
  const field = root.querySelector<HTMLTextAreaElement>(`[data-testid="${focus.in}"]`);
  if (field === null) return;
  field.focus();
  const at = Math.min(field.value.length, focus.offset);
  field.setSelectionRange(at, at);
}

/** Whether the startup shell's caret is somewhere other than its headline: the app's sheet must not take it to its own. */
export function shellCaretBeyondHeadline(): boolean {
  const active = document.activeElement;
  return active instanceof HTMLElement && active.closest('#startup-shell') !== null && active.dataset['shell'] !== 'headline';
}

/** Resolves once no composition (an input method's unfinished word) is open in the shell. */
export function shellComposed(): Promise<void> {
  const sheet = document.querySelector<HTMLElement>('#startup-shell [data-shell="sheet"]');
  if (sheet?.dataset['composing'] !== 'true') return Promise.resolve();
  return new Promise((done) => sheet.addEventListener('shell-composed', () => done(), { once: true }));
}
