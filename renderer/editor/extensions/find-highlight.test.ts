// @vitest-environment jsdom
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { prepareQuery, type FindOptions } from '../../../core/vi/find';
import { buildExtensions } from '../schema';
import { currentFind, findKey } from './find-highlight';
import { destroyTestEditors, makeTestEditor, testSuggestOptions } from './test-editor';

const lan = { by: 'fp-lan', name: 'Lan', initials: 'L' };
const suggest = testSuggestOptions(() => lan);
const makeEditor = (content: string): Editor => makeTestEditor(content, buildExtensions({}, suggest));

afterEach(destroyTestEditors);

const q = (text: string, o: Partial<FindOptions> = {}) => prepareQuery(text, { matchCase: false, wholeWord: false, ignoreTones: false, ...o });
const found = (e: Editor): string[] => currentFind(e.state).matches.map((m) => e.state.doc.textBetween(m.from, m.to));

describe('find-highlight', () => {
  it('finds across paragraphs, headings and list items with ignore tone marks, and decorates each match', () => {
    const e = makeEditor('<h2>Điện Biên</h2><p>Tỉnh Điện Biên và dien bien.</p><ul><li><p>ĐIỆN BIÊN</p></li></ul>');
    e.commands.setFindQuery(q('Dien Bien', { ignoreTones: true }));
    expect(found(e)).toEqual(['Điện Biên', 'Điện Biên', 'dien bien', 'ĐIỆN BIÊN']);
    expect(findKey.getState(e.state)!.decorations.find()).toHaveLength(4);
    expect(e.view.dom.querySelectorAll('.find-match')).toHaveLength(4);
    expect(e.view.dom.querySelectorAll('.find-match-current')).toHaveLength(0);
    e.commands.goToFindMatch(0);
    expect(e.view.dom.querySelectorAll('.find-match-current')).toHaveLength(1);
    e.commands.setFindQuery(null);
    expect(e.view.dom.querySelectorAll('.find-match')).toHaveLength(0);
  });

  it('goes to a match (wrapping) by selecting it', () => {
    const e = makeEditor('<p>và một và hai và</p>');
    e.commands.setFindQuery(q('và'));
    e.commands.goToFindMatch(1);
    const { from, to } = e.state.selection;
    expect(e.state.doc.textBetween(from, to)).toBe('và');
    expect(from).toBe(8);
    e.commands.goToFindMatch(3);
    expect(currentFind(e.state).current).toBe(0);
    e.commands.goToFindMatch(-1);
    expect(currentFind(e.state).current).toBe(2);
  });

  it('replace all is one undo step, keeps the formatting, and re-finds', () => {
    const e = makeEditor('<p><strong>Dien Bien</strong> và Điện Biên.</p><p>Điện Biên Phủ</p>');
    e.commands.setFindQuery(q('điện biên', { ignoreTones: true }));
    expect(currentFind(e.state).matches).toHaveLength(3);
    e.commands.replaceAllFindMatches('Hà Nội');
    expect(e.getText()).toBe('Hà Nội và Hà Nội.\n\nHà Nội Phủ');
    expect(e.getHTML()).toContain('<strong>Hà Nội</strong>');
    expect(currentFind(e.state).matches).toHaveLength(0);
    e.commands.undo();
    expect(e.getText()).toBe('Dien Bien và Điện Biên.\n\nĐiện Biên Phủ');
  });

  it('replace one replaces the current match and moves on', () => {
    const e = makeEditor('<p>mot hai mot ba mot</p>');
    e.commands.setFindQuery(q('mot', { wholeWord: true }));
    e.commands.goToFindMatch(1);
    e.commands.replaceFindMatch('một');
    expect(e.getText()).toBe('mot hai một ba mot');
    expect(currentFind(e.state).current).toBe(1);
    expect(found(e)).toEqual(['mot', 'mot']);
  });

  it('in Suggesting mode a replacement is a suggestion, and pending deletions are not found', () => {
    const e = makeEditor('<p>Điện Biên và Điện Biên</p>');
    e.commands.setSuggesting(true);
    e.commands.setFindQuery(q('Điện Biên'));
    e.commands.replaceAllFindMatches('Lai Châu');
    const marked = (name: string): string[] => {
      const out: string[] = [];
      e.state.doc.descendants((node) => {
        if (node.isText && node.marks.some((m) => m.type.name === name)) out.push(node.text ?? '');
      });
      return out;
    };
    expect(marked('deletion')).toEqual(['Điện Biên', 'Điện Biên']);
    expect(marked('insertion')).toEqual(['Lai Châu', 'Lai Châu']);
    // The struck-through words are not the text as it will read: find skips them.
    e.commands.setFindQuery(q('Điện Biên'));
    expect(currentFind(e.state).matches).toHaveLength(0);
    e.commands.setFindQuery(q('Lai Châu'));
    expect(currentFind(e.state).matches).toHaveLength(2);
  });

  it('on a long body an edit maps the highlights and they are re-found once typing pauses', async () => {
    const e = makeEditor('<p>Sở Văn hóa, Thể thao và Du lịch cùng các sở, ban, ngành của tỉnh.</p>'.repeat(200));
    expect(e.state.doc.content.size).toBeGreaterThan(10_000);
    e.commands.setFindQuery(q('và', { wholeWord: true }));
    expect(currentFind(e.state).matches).toHaveLength(200);
    e.view.dispatch(e.state.tr.insertText('và ', 1));
    const mapped = findKey.getState(e.state)!;
    expect(mapped.stale).toBe(true);
    expect(mapped.matches).toHaveLength(200);
    // Mapped, every highlight still covers "và"; asked now, the new one is found too.
    expect(mapped.matches.every((m) => e.state.doc.textBetween(m.from, m.to) === 'và')).toBe(true);
    expect(currentFind(e.state).matches).toHaveLength(201);
    await new Promise((r) => setTimeout(r, 400));
    expect(findKey.getState(e.state)!.stale).toBe(false);
    expect(findKey.getState(e.state)!.matches).toHaveLength(201);
  });

  it('finds in photo captions', () => {
    const e = makeEditor('<p>Ảnh dưới.</p><figure class="figure" data-asset="' + 'a'.repeat(64) + '"><figcaption>Toàn cảnh Điện Biên</figcaption></figure>');
    e.commands.setFindQuery(q('dien bien', { ignoreTones: true }));
    expect(e.state.doc.child(1).type.name).toBe('figure');
    expect(found(e)).toEqual(['Điện Biên']);
  });
});
