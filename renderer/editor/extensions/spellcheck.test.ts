// @vitest-environment jsdom
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildExtensions } from '../schema';
import { Spellcheck, spellErrorAt, spellKey, spellSettled, type SpellSource } from './spellcheck';
import { destroyTestEditors, makeTestEditor } from './test-editor';

/** A source answering like the worker: asynchronously, words in WRONG are wrong. */
function fakeSource(wrongWords: string[]) {
  const wrong = new Set(wrongWords);
  const known = new Map<string, boolean>();
  const listeners = new Set<(c: 'answers' | 'reset') => void>();
  let on = true;
  const asked: string[][] = [];
  const looked: string[] = [];
  const source: SpellSource & { asked: string[][]; looked: string[]; setOn(v: boolean): void } = {
    asked,
    looked,
    lookup: (w) => {
      looked.push(w);
      return known.get(w);
    },
    ask(words) {
      const list = [...words];
      asked.push(list);
      setTimeout(() => {
        for (const w of list) known.set(w, wrong.has(w));
        listeners.forEach((l) => l('answers'));
      }, 1);
    },
    enabled: () => on,
    subscribe(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    setOn(v) {
      on = v;
      listeners.forEach((l) => l('reset'));
    },
  };
  return source;
}

const makeEditor = (content: string, source: SpellSource): Editor => makeTestEditor(content, [...buildExtensions(), Spellcheck.configure({ source, wait: 20 })]);

afterEach(destroyTestEditors);

const underlined = (e: Editor): string[] =>
  (spellKey.getState(e.state)?.decorations.find() ?? []).map((d) => e.state.doc.textBetween(d.from, d.to)).sort();
const settled = async (e: Editor): Promise<void> => vi.waitFor(() => expect(spellSettled(e.state)).toBe(true), { timeout: 3000 });

describe('spellcheck decorations', () => {
  it('underlines the misspelt words of every block after the first pass, and says when it is done', async () => {
    const source = fakeSource(['Biênn', 'hopp', 'goverment']);
    const e = makeEditor('<h2>Điện Biênn</h2><p>UBND tỉnh hopp ngày 8/1.</p><ul><li><p>the goverment www.x.vn</p></li></ul>', source);
    expect(e.view.dom.getAttribute('data-spell')).toBe('pending');
    await settled(e);
    expect(underlined(e)).toEqual(['Biênn', 'goverment', 'hopp']);
    expect(e.view.dom.querySelectorAll('.spell-error')).toHaveLength(3);
    expect(e.view.dom.getAttribute('data-spell')).toBe('done');
    // One message with every distinct word; UBND, 8/1 and the address were never asked about.
    expect(source.asked).toHaveLength(1);
    expect(source.asked[0]).not.toContain('UBND');
    expect(spellErrorAt(e.state, e.state.doc.textContent.indexOf('hopp') + 4)).toMatchObject({ word: 'hopp' });
  });

  it('re-reads only the paragraph typed in, and leaves the word being typed alone until the caret leaves it', async () => {
    const source = fakeSource(['sai', 'xau']);
    const e = makeEditor('<p>một từ sai</p><p>đoạn hai</p>', source);
    await settled(e);
    expect(underlined(e)).toEqual(['sai']);
    const end = e.state.doc.child(0).nodeSize + e.state.doc.child(1).nodeSize - 1;
    e.commands.setTextSelection(end);
    source.looked.length = 0;
    e.commands.insertContent(' xau');
    await vi.waitFor(() => expect(source.looked.length).toBeGreaterThan(0), { timeout: 3000 });
    await settled(e);
    // The caret is at the end of 'xau': not underlined nor asked about yet; only its paragraph was read.
    expect(underlined(e)).toEqual(['sai']);
    expect(source.looked).toEqual(['đoạn', 'hai']);
    expect(source.asked).toHaveLength(1);
    e.commands.setTextSelection(2);
    await vi.waitFor(() => expect(underlined(e)).toEqual(['sai', 'xau']), { timeout: 3000 });
    expect(source.asked.at(-1)).toEqual(['xau']);
  });

  it('keeps an underline on its word through edits before the next pass', async () => {
    const e = makeEditor('<p>chữ sai ở đây</p>', fakeSource(['sai']));
    await settled(e);
    e.commands.insertContentAt(1, 'Thêm ');
    const [d] = spellKey.getState(e.state)!.decorations.find();
    expect(e.state.doc.textBetween(d!.from, d!.to)).toBe('sai');
  });

  it('switched off, nothing is underlined; switched on again, the whole body is read', async () => {
    const source = fakeSource(['sai']);
    const e = makeEditor('<p>chữ sai</p>', source);
    await settled(e);
    source.setOn(false);
    await vi.waitFor(() => expect(underlined(e)).toEqual([]), { timeout: 3000 });
    expect(e.view.dom.getAttribute('data-spell')).toBe('off');
    source.setOn(true);
    await vi.waitFor(() => expect(underlined(e)).toEqual(['sai']), { timeout: 3000 });
  });

  it('never adds an undo step or a document change', async () => {
    const e = makeEditor('<p>chữ sai</p>', fakeSource(['sai']));
    await settled(e);
    expect(e.can().undo()).toBe(false);
  });
});
