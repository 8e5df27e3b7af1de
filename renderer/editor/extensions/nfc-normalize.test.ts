// @vitest-environment jsdom
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { buildExtensions } from '../schema';
import { destroyTestEditors, makeTestEditor } from './test-editor';

// jsdom has no ClipboardEvent; ProseMirror's pasteText/pasteHTML only need the event to exist.
if (typeof globalThis.ClipboardEvent === 'undefined') {
  (globalThis as { ClipboardEvent?: unknown }).ClipboardEvent = class extends Event {
    readonly clipboardData = null;
  };
}

const makeEditor = (content = '<p></p>'): Editor => makeTestEditor(content, buildExtensions());

afterEach(destroyTestEditors);

const isNfc = (s: string): boolean => s === s.normalize('NFC');

describe('NfcNormalize on a real editor', () => {
  it('normalises decomposed text inserted in one go', () => {
    const e = makeEditor();
    e.commands.insertContent('Tuye\u0302n gia\u0301o Ti\u0309nh u\u0309y'.normalize('NFD'));
    expect(e.state.doc.textContent).toBe('Tuyên giáo Tỉnh ủy');
    expect(isNfc(e.state.doc.textContent)).toBe(true);
  });

  it('composes a combining mark typed right after its base letter (Unikey "Unicode tổ hợp")', () => {
    const e = makeEditor();
    // One transaction per keystroke, as typing produces them.
    for (const ch of ['h', 'o', 'a', '\u0300', ' ', 'b', 'i', '\u0300', 'n', 'h']) e.commands.insertContent(ch);
    expect(e.state.doc.textContent).toBe('hoà bình');
    // The cursor stays after the composed letter, ready for the next keystroke.
    e.commands.insertContent('!');
    expect(e.state.doc.textContent).toBe('hoà bình!');
  });

  it('keeps the cursor in place when a mark is added in the middle of a word', () => {
    const e = makeEditor('<p>Vien chuc nha nuoc</p>');
    // Cursor after "Vie" (position 1 is the start of the paragraph's text).
    e.commands.setTextSelection(4);
    e.commands.insertContent('\u0302');
    e.commands.insertContent('\u0323');
    expect(e.state.doc.textContent).toBe('Viện chuc nha nuoc');
    expect(e.state.selection.from).toBe(4);
    e.commands.insertContent('X');
    expect(e.state.doc.textContent).toBe('ViệXn chuc nha nuoc');
  });

  it('joins a combining mark to the previous letter across a bold boundary', () => {
    const e = makeEditor('<p><strong>Ba</strong></p>');
    e.commands.setTextSelection(3);
    e.commands.unsetBold();
    e.commands.insertContent('\u0301');
    expect(e.state.doc.textContent).toBe('Bá');
    const json = JSON.stringify(e.getJSON());
    expect(json).toContain('"text":"Bá"');
    expect(isNfc(json)).toBe(true);
  });

  it('normalises pasted text and HTML', () => {
    const e = makeEditor();
    e.view.pasteText('Đie\u0323\u0302n Bie\u0302n');
    e.view.pasteHTML('<p>Tha\u0300nh pho\u0302\u0301</p>');
    expect(isNfc(e.state.doc.textContent)).toBe(true);
    expect(e.state.doc.textContent).toContain('Điện Biên');
    expect(e.state.doc.textContent).toContain('Thành phố');
  });

  it('leaves NFC text and the undo history alone (one undo step per edit)', () => {
    const e = makeEditor('<p>Điện Biên</p>');
    const before = e.state.doc;
    e.commands.setTextSelection(10);
    e.commands.insertContent('a\u0301');
    expect(e.state.doc.textContent).toBe('Điện Biêná');
    e.commands.undo();
    expect(e.state.doc.eq(before)).toBe(true);
  });
});
