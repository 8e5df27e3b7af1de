import { describe, expect, it } from 'vitest';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import { bodyPmSchema as schema } from '../document/body-schema';
import {
  acceptSuggestions,
  byAuthor,
  byId,
  everySuggestion,
  rejectSuggestions,
  sameAuthor,
  suggestionIdsInJson,
  suggestionsIn,
} from './suggestions';

const lan = { by: 'fp-lan', name: 'Lan', initials: 'L' };
const minh = { by: 'fp-minh', name: 'Minh', initials: 'M' };
const at = '2026-11-28T10:00:00.000Z';

const ins = (text: string, id: string, who = lan): PmNode => schema.text(text, [schema.marks.insertion.create({ id, ...who, at })]);
const del = (text: string, id: string, who = lan): PmNode => schema.text(text, [schema.marks.deletion.create({ id, ...who, at })]);
const plain = (text: string): PmNode => schema.text(text);

/** "Hôm nay [-trời-][+mây+] đẹp[+ lắm+]" and a deletion by Minh in a second paragraph. */
function sample(): PmNode {
  return schema.node('doc', null, [
    schema.node('paragraph', null, [plain('Hôm nay '), del('trời', 'r1'), ins('mây', 'r1'), plain(' đẹp'), ins(' lắm', 'i1')]),
    schema.node('paragraph', null, [plain('Xin '), del('chào', 'd1', minh), plain('!')]),
  ]);
}

const texts = (d: PmNode): string[] => {
  const out: string[] = [];
  d.forEach((p) => out.push(p.textContent));
  return out;
};

describe('suggestionsIn', () => {
  it('groups runs by id into insertions, deletions and replacements, in order', () => {
    expect(suggestionsIn(sample()).map((s) => [s.id, s.kind, s.deleted, s.inserted, s.author.name])).toEqual([
      ['r1', 'replacement', 'trời', 'mây', 'Lan'],
      ['i1', 'insertion', '', ' lắm', 'Lan'],
      ['d1', 'deletion', 'chào', '', 'Minh'],
    ]);
  });

  it('shows a suggested footnote as its text in brackets (issue 10)', () => {
    const note = schema.nodes.footnote!.create({ text: 'Nguồn: TCTK' }, null, [schema.marks.insertion.create({ id: 'f1', ...lan, at })]);
    const doc = schema.node('doc', null, [schema.node('paragraph', null, [plain('Số liệu'), note])]);
    expect(suggestionsIn(doc).map((s) => [s.id, s.kind, s.inserted])).toEqual([['f1', 'insertion', '[Nguồn: TCTK]']]);
    // Accepting it keeps the note; rejecting it takes the note away.
    const kept = new Transform(doc);
    acceptSuggestions(kept, byId('f1'));
    expect(kept.doc.child(0).child(1).type.name).toBe('footnote');
    const gone = new Transform(doc);
    rejectSuggestions(gone, byId('f1'));
    expect(gone.doc.child(0).childCount).toBe(1);
  });

  it('gives each suggestion the range it covers', () => {
    const [r1] = suggestionsIn(sample());
    expect(sample().textBetween(r1!.from, r1!.to)).toBe('trờimây');
  });
});

describe('accept and reject', () => {
  it('accepting one replacement keeps its insertion and drops its deletion, nothing else', () => {
    const tr = new Transform(sample());
    expect(acceptSuggestions(tr, byId('r1'))).toBe(1);
    expect(texts(tr.doc)).toEqual(['Hôm nay mây đẹp lắm', 'Xin chào!']);
    expect(suggestionsIn(tr.doc).map((s) => s.id)).toEqual(['i1', 'd1']);
  });

  it('rejecting one replacement keeps the old text', () => {
    const tr = new Transform(sample());
    rejectSuggestions(tr, byId('r1'));
    expect(texts(tr.doc)).toEqual(['Hôm nay trời đẹp lắm', 'Xin chào!']);
    expect(suggestionsIn(tr.doc).map((s) => s.id)).toEqual(['i1', 'd1']);
  });

  it('accepting all leaves no marks and the new text', () => {
    const tr = new Transform(sample());
    expect(acceptSuggestions(tr, everySuggestion)).toBe(3);
    expect(texts(tr.doc)).toEqual(['Hôm nay mây đẹp lắm', 'Xin !']);
    expect(suggestionsIn(tr.doc)).toEqual([]);
  });

  it('rejecting all gives the text back as it was', () => {
    const tr = new Transform(sample());
    rejectSuggestions(tr, everySuggestion);
    expect(texts(tr.doc)).toEqual(['Hôm nay trời đẹp', 'Xin chào!']);
    expect(suggestionsIn(tr.doc)).toEqual([]);
  });

  it('by author touches only that person’s suggestions', () => {
    const tr = new Transform(sample());
    expect(acceptSuggestions(tr, byAuthor(minh))).toBe(1);
    expect(texts(tr.doc)).toEqual(['Hôm nay trờimây đẹp lắm', 'Xin !']);
    expect(suggestionsIn(tr.doc).map((s) => s.author.name)).toEqual(['Lan', 'Lan']);
  });

  it('a paragraph whose whole text is deleted goes with it once accepted (no empty paragraph left)', () => {
    const d = schema.node('doc', null, [
      schema.node('paragraph', null, [plain('Một.')]),
      schema.node('paragraph', null, [del('Hai ', 'w1'), schema.text('câu.', [schema.marks.deletion.create({ id: 'w1', ...lan, at }), schema.marks.bold.create()])]),
      schema.node('paragraph', null, [plain('Ba.')]),
    ]);
    const tr = new Transform(d);
    acceptSuggestions(tr, everySuggestion);
    expect(texts(tr.doc)).toEqual(['Một.', 'Ba.']);
  });

  it('rejecting a pasted paragraph removes it whole; the only paragraph of the body stays, empty', () => {
    const pasted = schema.node('doc', null, [schema.node('paragraph', null, [plain('Có sẵn.')]), schema.node('paragraph', null, [ins('Dán vào.', 'p1')])]);
    const tr = new Transform(pasted);
    rejectSuggestions(tr, everySuggestion);
    expect(texts(tr.doc)).toEqual(['Có sẵn.']);
    const only = new Transform(schema.node('doc', null, [schema.node('paragraph', null, [ins('Tất cả.', 'p2')])]));
    rejectSuggestions(only, everySuggestion);
    expect(texts(only.doc)).toEqual(['']);
  });

  it('a list item keeps its paragraph: only the text goes', () => {
    const list = schema.node('doc', null, [
      schema.node('bulletList', null, [schema.node('listItem', null, [schema.node('paragraph', null, [del('Mục.', 'l1')])])]),
      schema.node('paragraph', null, [plain('Sau.')]),
    ]);
    const tr = new Transform(list);
    acceptSuggestions(tr, everySuggestion);
    expect(tr.doc.firstChild!.type.name).toBe('bulletList');
    expect(tr.doc.textContent).toBe('Sau.');
  });

  it('formatting inside a suggestion survives accepting it', () => {
    const boldIns = schema.text('đậm', [schema.marks.insertion.create({ id: 'b1', ...lan, at }), schema.marks.bold.create()]);
    const tr = new Transform(schema.node('doc', null, [schema.node('paragraph', null, [plain('a '), boldIns])]));
    acceptSuggestions(tr, everySuggestion);
    expect(tr.doc.firstChild!.lastChild!.marks.map((m) => m.type.name)).toEqual(['bold']);
  });
});

describe('sameAuthor', () => {
  it('goes by key when both have one, by name otherwise', () => {
    expect(sameAuthor(lan, { ...lan, name: 'Lan (laptop)' })).toBe(true);
    expect(sameAuthor(lan, { ...minh, name: 'Lan' })).toBe(false);
    expect(sameAuthor({ by: '', name: 'Word user', initials: '' }, { by: '', name: 'Word user', initials: 'W' })).toBe(true);
    expect(sameAuthor({ by: '', name: 'Lan', initials: '' }, lan)).toBe(false);
  });
});

describe('suggestionIdsInJson', () => {
  it('finds every suggestion id in a stored body, nested or not, and ignores comments', () => {
    const json = sample().toJSON() as { content: never[] };
    expect([...suggestionIdsInJson(json)].sort()).toEqual(['d1', 'i1', 'r1']);
    const commented = schema.node('doc', null, [
      schema.node('blockquote', null, [schema.node('paragraph', null, [schema.text('x', [schema.marks.comment.create({ thread: 't1' })])])]),
    ]);
    expect(suggestionIdsInJson(commented.toJSON() as { content: never[] }).size).toBe(0);
  });
});
