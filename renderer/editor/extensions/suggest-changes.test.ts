// @vitest-environment jsdom
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { suggestionsIn } from '../../../core/review/suggestions';
import { buildExtensions } from '../schema';
import { isSuggesting } from './suggest-changes';
import { destroyTestEditors, makeTestEditor, testSuggestOptions } from './test-editor';

const lan = { by: 'fp-lan', name: 'Lan', initials: 'L' };
const minh = { by: 'fp-minh', name: 'Minh', initials: 'M' };
let who = lan;
const suggest = testSuggestOptions(() => who);
const makeEditor = (content: string): Editor => makeTestEditor(content, buildExtensions({}, suggest));

afterEach(() => {
  destroyTestEditors();
  who = lan;
});

/** The first paragraph with [+inserted+] and [-deleted-] runs. */
function shown(e: Editor): string {
  let s = '';
  e.state.doc.firstChild!.forEach((node) => {
    const t = node.text ?? '';
    if (node.marks.some((m) => m.type.name === 'insertion')) s += `[+${t}+]`;
    else if (node.marks.some((m) => m.type.name === 'deletion')) s += `[-${t}-]`;
    else s += t;
  });
  return s;
}

/** Backspace in running text as ProseMirror reads it back from the browser: one character removed before the caret. */
function backspace(e: Editor): void {
  const { from } = e.state.selection;
  e.view.dispatch(e.state.tr.delete(from - 1, from));
}

const type = (e: Editor, text: string): void => {
  for (const ch of text) e.view.dispatch(e.state.tr.insertText(ch));
};

describe('SuggestChanges', () => {
  it('is off by default: edits change the text directly', () => {
    const e = makeEditor('<p>abc</p>');
    e.commands.setTextSelection(4);
    type(e, 'd');
    expect(isSuggesting(e.state)).toBe(false);
    expect(shown(e)).toBe('abcd');
  });

  it('toggles on and off; the editor says so on its element', () => {
    const e = makeEditor('<p>abc</p>');
    e.commands.toggleSuggesting();
    expect(isSuggesting(e.state)).toBe(true);
    expect(e.view.dom.getAttribute('data-suggesting')).toBe('true');
    e.commands.toggleSuggesting();
    expect(isSuggesting(e.state)).toBe(false);
  });

  it('without an author name, turning it on asks first: Cancel leaves it off, a name turns it on', async () => {
    let named = false;
    const answers = [false, true];
    const e = makeTestEditor('<p>abc</p>', buildExtensions({}, { authorReady: () => named, askAuthor: async () => (named = answers.shift()!) }));
    e.commands.toggleSuggesting();
    await Promise.resolve();
    expect(isSuggesting(e.state)).toBe(false);
    e.commands.toggleSuggesting();
    expect(isSuggesting(e.state)).toBe(false);
    await Promise.resolve();
    await Promise.resolve();
    expect(isSuggesting(e.state)).toBe(true);
    // Named now: turning it off and on again asks nothing.
    e.commands.toggleSuggesting();
    e.commands.toggleSuggesting();
    expect(isSuggesting(e.state)).toBe(true);
    expect(answers).toEqual([]);
  });

  it('typing, Backspace and typing over a selection become suggestions by the current user', () => {
    const e = makeEditor('<p>một hai ba</p>');
    e.commands.setSuggesting(true);
    e.commands.setTextSelection(11);
    type(e, ' bốn');
    expect(shown(e)).toBe('một hai ba[+ bốn+]');
    e.commands.setTextSelection(4);
    backspace(e);
    expect(shown(e)).toBe('mộ[-t-] hai ba[+ bốn+]');
    e.commands.setTextSelection({ from: 5, to: 8 });
    type(e, 'X');
    expect(shown(e)).toBe('mộ[-t-] [-hai-][+X+] ba[+ bốn+]');
    expect(suggestionsIn(e.state.doc).map((s) => [s.kind, s.author.name])).toEqual([
      ['deletion', 'Lan'],
      ['replacement', 'Lan'],
      ['insertion', 'Lan'],
    ]);
  });

  it('undo takes back a tracked edit as it was made', () => {
    const e = makeEditor('<p>abc</p>');
    e.commands.setSuggesting(true);
    e.commands.setTextSelection(3);
    backspace(e);
    expect(shown(e)).toBe('a[-b-]c');
    e.commands.undo();
    expect(shown(e)).toBe('abc');
  });

  it('accept and reject are one undo step each and are not themselves tracked', () => {
    const e = makeEditor('<p>abc</p>');
    e.commands.setSuggesting(true);
    e.commands.setTextSelection({ from: 2, to: 3 });
    type(e, 'X');
    const [s] = suggestionsIn(e.state.doc);
    expect(e.commands.acceptSuggestion(s!.id)).toBe(true);
    expect(shown(e)).toBe('aXc');
    e.commands.undo();
    expect(shown(e)).toBe('a[-b-][+X+]c');
    e.commands.rejectSuggestion(s!.id);
    expect(shown(e)).toBe('abc');
  });

  it('accept all by one author leaves the others', () => {
    const e = makeEditor('<p>abc</p>');
    e.commands.setSuggesting(true);
    e.commands.setTextSelection(2);
    type(e, 'L');
    who = minh;
    e.commands.setTextSelection(5);
    type(e, 'M');
    expect(shown(e)).toBe('a[+L+]bc[+M+]');
    e.commands.acceptAllSuggestions(lan);
    expect(shown(e)).toBe('aLbc[+M+]');
    e.commands.rejectAllSuggestions();
    expect(shown(e)).toBe('aLbc');
    expect(e.commands.acceptAllSuggestions()).toBe(false);
  });
});
