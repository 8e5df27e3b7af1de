// @vitest-environment jsdom
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { buildExtensions } from '../schema';
import { CARET_BLOCK_CLASS } from './caret-block';
import { destroyTestEditors, makeTestEditor } from './test-editor';

const makeEditor = (content: string): Editor => makeTestEditor(content, buildExtensions());

afterEach(destroyTestEditors);

/** The text of each top-level block that carries the caret class. */
const marked = (e: Editor): string[] => [...e.view.dom.children].filter((el) => el.classList.contains(CARET_BLOCK_CLASS)).map((el) => el.textContent ?? '');

describe('CaretBlock', () => {
  it('marks exactly the top-level block holding the cursor, and follows it', () => {
    const e = makeEditor('<p>một</p><p>hai</p><ul><li><p>ba</p></li></ul>');
    e.commands.setTextSelection(2);
    expect(marked(e)).toEqual(['một']);
    e.commands.setTextSelection(7);
    expect(marked(e)).toEqual(['hai']);
    // Inside a list the whole list is the top-level block.
    e.commands.setTextSelection(e.state.doc.content.size - 3);
    expect(marked(e)).toEqual(['ba']);
    expect(e.view.dom.lastElementChild?.tagName).toBe('UL');
  });

  it('marks a paragraph from the keystroke that creates it (Enter), before any text is typed in it', () => {
    const e = makeEditor('<p>Điện Biên</p>');
    e.commands.setTextSelection(e.state.doc.content.size - 1);
    e.commands.splitBlock();
    expect(e.view.dom.children).toHaveLength(2);
    expect(e.view.dom.children[1]!.classList.contains(CARET_BLOCK_CLASS)).toBe(true);
    expect(e.view.dom.children[0]!.classList.contains(CARET_BLOCK_CLASS)).toBe(false);
    e.commands.insertContent('Sáng 8/1');
    expect(marked(e)).toEqual(['Sáng 8/1']);
  });

  it('is a view decoration only: the saved document carries no trace of it', () => {
    const e = makeEditor('<p>một</p>');
    e.commands.setTextSelection(2);
    expect(JSON.stringify(e.getJSON())).not.toContain(CARET_BLOCK_CLASS);
    expect(e.getHTML()).toBe('<p>một</p>');
  });
});
