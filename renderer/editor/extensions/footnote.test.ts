// @vitest-environment jsdom
import type { Editor } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import { buildExtensions } from '../schema';
import { footnoteEntries, footnoteNumber } from '../footnote-commands';
import { footnotesVersion } from './footnote';
import { destroyTestEditors, makeTestEditor } from './test-editor';

interface J {
  type: string;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: { type: string }[];
  content?: J[];
}
/** The editor's document as plain JSON (getJSON's type is TipTap's union of node shapes). */
const doc = (e: Editor): J => e.getJSON() as unknown as J;

const make = (content: string): Editor => makeTestEditor(content, buildExtensions());
const keydown = (e: Editor, init: KeyboardEventInit): boolean => {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  e.view.dom.dispatchEvent(event);
  return event.defaultPrevented;
};

afterEach(destroyTestEditors);

describe('strike, subscript and superscript in the editor', () => {
  it('read <s>/<del>/<strike>, <sub>, <sup> and write them back', () => {
    const e = make('<p><s>a</s><del>b</del><strike>c</strike> CO<sub>2</sub> m<sup>2</sup></p>');
    const marks = (doc(e).content![0]!.content ?? []).map((n) => [n.text, (n.marks ?? []).map((m) => m.type).join()]);
    expect(marks).toEqual([['abc', 'strike'], [' CO', ''], ['2', 'subscript'], [' m', ''], ['2', 'superscript']]);
    expect(e.getHTML()).toBe('<p><s>abc</s> CO<sub>2</sub> m<sup>2</sup></p>');
  });

  it('a suggestion’s <del> stays a deletion, not strike', () => {
    const e = make('<p><del data-suggestion-id="s1">x</del></p>');
    expect(doc(e).content![0]!.content![0]!.marks!.map((m) => m.type)).toEqual(['deletion']);
  });

  it('subscript and superscript replace each other; the keys toggle them', () => {
    const e = make('<p>CO2</p>');
    e.commands.setTextSelection({ from: 3, to: 4 });
    expect(keydown(e, { key: '=', ctrlKey: true })).toBe(true);
    expect(e.isActive('subscript')).toBe(true);
    expect(keydown(e, { key: '+', keyCode: 187, ctrlKey: true, shiftKey: true })).toBe(true);
    expect(e.isActive('superscript')).toBe(true);
    expect(e.isActive('subscript')).toBe(false);
    expect(doc(e).content![0]!.content![1]).toEqual({ type: 'text', text: '2', marks: [{ type: 'superscript' }] });
    // The same key again takes superscript off; the command answers true, so no other binding runs.
    expect(e.commands.toggleSuperscript()).toBe(true);
    expect(e.isActive('superscript')).toBe(false);
    expect(e.commands.setSubscript()).toBe(true);
    expect(e.commands.setSuperscript()).toBe(true);
    expect(doc(e).content![0]!.content![1]!.marks).toEqual([{ type: 'superscript' }]);
    expect(keydown(e, { key: '%', keyCode: 53, altKey: true, shiftKey: true })).toBe(true);
    expect(e.isActive('strike')).toBe(true);
  });

  it('leaves Ctrl+Shift+S to Save As', () => {
    const e = make('<p>abc</p>');
    e.commands.setTextSelection({ from: 1, to: 3 });
    expect(keydown(e, { key: 'S', ctrlKey: true, shiftKey: true })).toBe(false);
    expect(e.isActive('strike')).toBe(false);
  });
});

describe('footnotes in the editor', () => {
  it('insertFootnote puts a note after the selection, NFC, the caret after it', () => {
    const e = make('<p>Điện Biên</p>');
    e.commands.setTextSelection({ from: 1, to: 5 });
    expect(e.commands.insertFootnote('Nguồn: TCTK'.normalize('NFD'))).toBe(true);
    const para = doc(e).content![0]!.content!;
    expect(para.map((n) => n.type)).toEqual(['text', 'footnote', 'text']);
    expect(para[1]!.attrs).toEqual({ text: 'Nguồn: TCTK' });
    expect(e.state.selection.from).toBe(6);
  });

  it('round-trips through its own HTML; a foreign <sup> stays superscript text', () => {
    const e = make('<p>a<sup class="footnote-ref" data-footnote="Một &amp; hai"></sup> b<sup>1</sup></p>');
    const para = doc(e).content![0]!.content!;
    expect(para.map((n) => n.type)).toEqual(['text', 'footnote', 'text', 'text']);
    expect(para[1]!.attrs).toEqual({ text: 'Một & hai' });
    expect(para[3]!.marks).toEqual([{ type: 'superscript' }]);
    expect(e.getHTML()).toContain('<sup class="footnote-ref" title="Một &amp; hai" data-footnote="Một &amp; hai"></sup>');
  });

  it('numbers notes in reading order and edits one in place', () => {
    const e = make('<p>a<sup data-footnote="một"></sup> b<sup data-footnote="hai"></sup></p><ul><li><p>c<sup data-footnote="ba"></sup></p></li></ul>');
    const notes = footnoteEntries(e.state.doc);
    expect(notes.map((n) => n.text)).toEqual(['một', 'hai', 'ba']);
    expect(notes.map((n) => footnoteNumber(e.state.doc, n.pos))).toEqual([1, 2, 3]);
    expect(e.commands.setFootnoteText(notes[1]!.pos, 'HAI')).toBe(true);
    expect(footnoteEntries(e.state.doc).map((n) => n.text)).toEqual(['một', 'HAI', 'ba']);
    expect(e.commands.setFootnoteText(1, 'x')).toBe(false);
  });

  it('the notes version moves when a note is added, edited or deleted, not when text elsewhere is typed', () => {
    const e = make('<p>abc</p><p>d<sup data-footnote="n"></sup></p>');
    const v0 = footnotesVersion(e.state);
    e.commands.insertContentAt(2, 'xyz');
    expect(footnotesVersion(e.state)).toBe(v0);
    const pos = footnoteEntries(e.state.doc)[0]!.pos;
    e.commands.setFootnoteText(pos, 'm');
    const v1 = footnotesVersion(e.state);
    expect(v1).toBeGreaterThan(v0);
    e.commands.setTextSelection(3);
    e.commands.insertFootnote('mới');
    const v2 = footnotesVersion(e.state);
    expect(v2).toBeGreaterThan(v1);
    e.commands.undo();
    expect(footnotesVersion(e.state)).toBeGreaterThan(v2);
    expect(footnoteEntries(e.state.doc)).toHaveLength(1);
  });

  it('Ctrl+Alt+F asks the app for a new note; Enter or a double-click on a note asks to edit it', () => {
    const e = make('<p>ab<sup data-footnote="n"></sup></p>');
    const asked: (number | null)[] = [];
    e.storage.footnote.onEdit = (_ed, at) => {
      asked.push(at);
      return true;
    };
    e.commands.setTextSelection(2);
    expect(keydown(e, { key: 'f', ctrlKey: true, altKey: true })).toBe(true);
    e.view.dispatch(e.state.tr.setSelection(NodeSelection.create(e.state.doc, 3)));
    expect(keydown(e, { key: 'Enter' })).toBe(true);
    expect(asked).toEqual([null, 3]);
    // Enter did not replace the note.
    expect(footnoteEntries(e.state.doc)).toHaveLength(1);
  });

  it('in Suggesting mode an inserted note is a suggested insertion', () => {
    const e = make('<p>ab</p>');
    e.commands.setSuggesting(true);
    e.commands.setTextSelection(3);
    e.commands.insertFootnote('n');
    const note = doc(e).content![0]!.content!.find((n) => n.type === 'footnote');
    expect(note?.marks?.map((m) => m.type)).toEqual(['insertion']);
  });
});

describe('footnote numbers in the page', () => {
  const numbers = (e: Editor): string[] => [...e.view.dom.querySelectorAll('.footnote-ref')].map((el) => el.getAttribute('data-footnote-number') ?? '');

  it('number the notes across blocks, and renumber when one is inserted before the others or deleted', () => {
    const e = make('<p>a<sup data-footnote="một"></sup></p><p>b<sup data-footnote="hai"></sup></p>');
    expect(numbers(e)).toEqual(['1', '2']);
    e.commands.setTextSelection(1);
    e.commands.insertFootnote('đầu');
    expect(numbers(e)).toEqual(['1', '2', '3']);
    expect([...e.view.dom.querySelectorAll('.footnote-ref')].map((el) => el.getAttribute('title'))).toEqual(['đầu', 'một', 'hai']);
    e.commands.deleteRange({ from: 1, to: 2 });
    expect(numbers(e)).toEqual(['1', '2']);
  });

  it('keep their numbers while text is typed before them', () => {
    const e = make('<p>a<sup data-footnote="một"></sup></p><p>b<sup data-footnote="hai"></sup></p>');
    e.commands.insertContentAt(1, 'xyz ');
    expect(numbers(e)).toEqual(['1', '2']);
  });
});
