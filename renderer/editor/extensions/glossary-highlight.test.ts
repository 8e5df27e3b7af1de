// @vitest-environment jsdom
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { compileGlossary } from '../../../core/vi/glossary';
import { suggestionsIn } from '../../../core/review/suggestions';
import { buildExtensions } from '../schema';
import { currentGlossaryMatches, glossaryMatchAt } from './glossary-highlight';
import { destroyTestEditors, makeTestEditor, testSuggestOptions } from './test-editor';

const lan = { by: 'fp-lan', name: 'Lan', initials: 'L' };
const suggest = testSuggestOptions(() => lan);
const makeEditor = (content: string): Editor => makeTestEditor(content, buildExtensions({}, suggest));

afterEach(destroyTestEditors);

const GLOSSARY = compileGlossary(
  [
    { name: 'Ban Tuyên giáo Tỉnh ủy', variants: ['Ban TG Tỉnh ủy'] },
    { name: 'Điện Biên Phủ', variants: [] },
  ],
  'traditional',
);
const flagged = (e: Editor): string[] => currentGlossaryMatches(e.state).map((m) => `${e.state.doc.textBetween(m.from, m.to)} -> ${m.canonical}`);

describe('glossary-highlight', () => {
  it('underlines each variant in paragraphs, headings, list items, never the canonical form', () => {
    const e = makeEditor('<h2>ban tuyên giáo tỉnh ủy</h2><p>Ban Tuyên giáo Tỉnh ủy về điện biên phủ.</p><ul><li><p>Ban TG Tỉnh ủy</p></li></ul>');
    expect(flagged(e)).toEqual([]);
    e.commands.setGlossary(GLOSSARY, 'vi');
    expect(flagged(e)).toEqual(['ban tuyên giáo tỉnh ủy -> Ban Tuyên giáo Tỉnh ủy', 'điện biên phủ -> Điện Biên Phủ', 'Ban TG Tỉnh ủy -> Ban Tuyên giáo Tỉnh ủy']);
    const marked = e.view.dom.querySelectorAll('.glossary-variant');
    expect([...marked].map((el) => el.getAttribute('data-canonical'))).toEqual(['Ban Tuyên giáo Tỉnh ủy', 'Điện Biên Phủ', 'Ban Tuyên giáo Tỉnh ủy']);
    // Setting the glossary is not an edit: nothing to undo.
    expect(e.can().undo()).toBe(false);
    e.commands.setGlossary(null, 'vi');
    expect(e.view.dom.querySelectorAll('.glossary-variant')).toHaveLength(0);
  });

  it('fixes one variant at its place, keeping its formatting, and re-flags after typing', () => {
    const e = makeEditor('<p>Tại <strong>điện biên phủ</strong> hôm nay.</p>');
    e.commands.setGlossary(GLOSSARY, 'vi');
    const [m] = currentGlossaryMatches(e.state);
    expect(glossaryMatchAt(e.state, m!.from + 2)).toEqual(m);
    expect(glossaryMatchAt(e.state, 1)).toBeNull();
    expect(e.commands.fixGlossaryVariant(m!.from, m!.to)).toBe(true);
    expect(e.getHTML()).toBe('<p>Tại <strong>Điện Biên Phủ</strong> hôm nay.</p>');
    expect(flagged(e)).toEqual([]);
    e.commands.insertContentAt(e.state.doc.content.size - 1, ' Dien Bien Phu');
    expect(flagged(e)).toEqual(['Dien Bien Phu -> Điện Biên Phủ']);
  });

  it('fixes all in one undo step, and in Suggesting mode as suggestions', () => {
    const e = makeEditor('<p>điện biên phủ và Ban TG Tỉnh ủy.</p>');
    e.commands.setGlossary(GLOSSARY, 'vi');
    expect(e.commands.fixAllGlossaryVariants()).toBe(true);
    expect(e.state.doc.textContent).toBe('Điện Biên Phủ và Ban Tuyên giáo Tỉnh ủy.');
    e.commands.undo();
    expect(e.state.doc.textContent).toBe('điện biên phủ và Ban TG Tỉnh ủy.');
    e.commands.setSuggesting(true);
    e.commands.fixAllGlossaryVariants((m) => m.canonical === 'Điện Biên Phủ');
    expect(suggestionsIn(e.state.doc).map((s) => [s.kind, s.deleted, s.inserted])).toEqual([['replacement', 'điện biên phủ', 'Điện Biên Phủ']]);
    // The old words, pending deletion, are no longer flagged.
    expect(flagged(e)).toEqual(['Ban TG Tỉnh ủy -> Ban Tuyên giáo Tỉnh ủy']);
  });
});
