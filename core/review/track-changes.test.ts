import { describe, expect, it } from 'vitest';
import { Slice, type Node as PmNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import { bodyPmSchema as schema } from '../document/body-schema';
import { suggestionsIn } from './suggestions';
import { trackEdit, type TrackContext } from './track-changes';

const lan = { by: 'fp-lan', name: 'Lan', initials: 'L' };
const minh = { by: 'fp-minh', name: 'Minh', initials: 'M' };

let n = 0;
function ctx(author = lan): TrackContext {
  return { author, at: '2026-11-28T10:00:00.000Z', newId: () => `s${++n}` };
}

const doc = (...paragraphs: string[]): PmNode =>
  schema.node('doc', null, paragraphs.map((p) => schema.node('paragraph', null, p === '' ? [] : [schema.text(p)])));

/** Runs an edit on `start` through the tracker; returns the tracked document and the caret. */
function track(start: PmNode, edit: (t: Transform) => void, c = ctx(), head?: number, empty = true): { doc: PmNode; caret: number | null } {
  const original = new Transform(start);
  edit(original);
  const tracked = new Transform(start);
  const firstStep = original.steps[0] as unknown as { from: number; to: number } | undefined;
  const caret = trackEdit(original, tracked, c, { head: head ?? firstStep?.to ?? 0, empty });
  return { doc: tracked.doc, caret };
}

/** The text of each paragraph with [+inserted+] and [-deleted-] runs. */
function show(d: PmNode): string[] {
  const out: string[] = [];
  d.forEach((block) => {
    let s = '';
    block.forEach((node) => {
      const t = node.text ?? '';
      if (node.marks.some((m) => m.type.name === 'insertion')) s += `[+${t}+]`;
      else if (node.marks.some((m) => m.type.name === 'deletion')) s += `[-${t}-]`;
      else s += t;
    });
    out.push(s);
  });
  return out;
}

describe('trackEdit', () => {
  it('typing is an insertion by the current author, with the time', () => {
    const { doc: d, caret } = track(doc('Hà Nội'), (t) => t.insert(3, schema.text('x')));
    expect(show(d)).toEqual(['Hà[+x+] Nội']);
    expect(caret).toBe(4);
    const [s] = suggestionsIn(d);
    expect(s).toMatchObject({ kind: 'insertion', inserted: 'x', author: lan, at: '2026-11-28T10:00:00.000Z' });
  });

  it('typing on after your own insertion extends it (one suggestion)', () => {
    const first = track(doc('ab'), (t) => t.insert(2, schema.text('x'))).doc;
    const second = track(first, (t) => t.insert(3, schema.text('y')), ctx()).doc;
    expect(show(second)).toEqual(['a[+xy+]b']);
    expect(suggestionsIn(second)).toHaveLength(1);
  });

  it("typing after someone else's insertion starts a new suggestion", () => {
    const first = track(doc('ab'), (t) => t.insert(2, schema.text('x')), ctx(minh)).doc;
    const second = track(first, (t) => t.insert(3, schema.text('y')), ctx()).doc;
    expect(suggestionsIn(second).map((s) => [s.author.name, s.inserted])).toEqual([
      ['Minh', 'x'],
      ['Lan', 'y'],
    ]);
  });

  it('Backspace marks the character deleted, keeps it, and puts the caret before it', () => {
    const { doc: d, caret } = track(doc('abc'), (t) => t.delete(3, 4), ctx(), 4);
    expect(show(d)).toEqual(['ab[-c-]']);
    expect(d.textContent).toBe('abc');
    expect(caret).toBe(3);
  });

  it('Backspace again extends the same deletion', () => {
    const first = track(doc('abc'), (t) => t.delete(3, 4), ctx(), 4).doc;
    const second = track(first, (t) => t.delete(2, 3), ctx(), 3).doc;
    expect(show(second)).toEqual(['a[-bc-]']);
    expect(suggestionsIn(second)).toHaveLength(1);
  });

  it('Delete marks forward and puts the caret after the character', () => {
    const { doc: d, caret } = track(doc('abc'), (t) => t.delete(1, 2), ctx(), 1);
    expect(show(d)).toEqual(['[-a-]bc']);
    expect(caret).toBe(2);
  });

  it('deleting your own pending insertion removes it for real', () => {
    const first = track(doc('ab'), (t) => t.insert(2, schema.text('xy'))).doc;
    const second = track(first, (t) => t.delete(3, 4), ctx(), 4).doc;
    expect(show(second)).toEqual(['a[+x+]b']);
    expect(second.textContent).toBe('axb');
  });

  it("deleting someone else's pending insertion leaves it", () => {
    const first = track(doc('ab'), (t) => t.insert(2, schema.text('xy')), ctx(minh)).doc;
    const second = track(first, (t) => t.delete(2, 4), ctx(), 4, false).doc;
    expect(show(second)).toEqual(['a[+xy+]b']);
  });

  it('typing over a selection is a replacement: deleted then inserted, one id', () => {
    const { doc: d, caret } = track(doc('một hai ba'), (t) => t.replaceWith(5, 8, schema.text('bốn')), ctx(), 8, false);
    expect(show(d)).toEqual(['một [-hai-][+bốn+] ba']);
    const [s] = suggestionsIn(d);
    expect(s).toMatchObject({ kind: 'replacement', deleted: 'hai', inserted: 'bốn' });
    expect(caret).toBe(11);
  });

  it('a paste of several paragraphs is inserted text, block structure kept', () => {
    const pasted = new Slice(schema.node('doc', null, [schema.node('paragraph', null, [schema.text('X')]), schema.node('paragraph', null, [schema.text('Y')])]).content, 1, 1);
    const { doc: d } = track(doc('ab'), (t) => t.replace(2, 2, pasted));
    expect(show(d)).toEqual(['a[+X+]', '[+Y+]b']);
  });

  it('Enter splits the paragraph and loses no text', () => {
    const { doc: d, caret } = track(doc('abcd'), (t) => t.split(3));
    expect(show(d)).toEqual(['ab', 'cd']);
    expect(caret).toBe(5);
  });

  it('a selection across paragraphs is marked deleted in each, and the paragraphs stay', () => {
    const { doc: d } = track(doc('abc', 'def'), (t) => t.delete(3, 7), ctx(), 7, false);
    expect(show(d)).toEqual(['ab[-c-]', '[-d-]ef']);
  });

  it("already deleted text stays as it was: Backspace on it strikes the letter before it instead, as in Word", () => {
    const first = track(doc('abc'), (t) => t.delete(3, 4), ctx(minh), 4).doc;
    const { doc: d, caret } = track(first, (t) => t.delete(3, 4), ctx(), 4);
    expect(show(d)).toEqual(['a[-b-][-c-]']);
    expect(suggestionsIn(d).map((s) => s.author.name).sort()).toEqual(['Lan', 'Minh']);
    expect(caret).toBe(2);
  });

  it('Delete on struck text strikes the letter after it; nothing left to strike changes nothing', () => {
    const first = track(doc('abc'), (t) => t.delete(1, 2), ctx(), 1).doc;
    const { doc: d, caret } = track(first, (t) => t.delete(1, 2), ctx(), 1);
    expect(show(d)).toEqual(['[-ab-]c']);
    expect(caret).toBe(3);
    const all = track(doc('ab'), (t) => t.delete(1, 3), ctx(), 1, false).doc;
    const { doc: again } = track(all, (t) => t.delete(2, 3), ctx(), 3);
    expect(show(again)).toEqual(['[-ab-]']);
  });

  it('four Backspaces strike four letters, also after a caret left just after struck text', () => {
    let d = doc('năm 2018.');
    for (let i = 0; i < 4; i++) d = track(d, (t) => t.delete(8, 9), ctx(), 9).doc; // the caret stays after '8'
    expect(show(d)).toEqual(['năm [-2018-].']);
  });

  it('pasted suggested text becomes new text by whoever pastes it', () => {
    const marked = schema.text('Z', [schema.marks.deletion.create({ id: 'old', by: 'fp-minh', name: 'Minh', initials: 'M', at: '' })]);
    const { doc: d } = track(doc('ab'), (t) => t.replace(2, 2, new Slice(schema.node('paragraph', null, [marked]).content, 0, 0)));
    expect(suggestionsIn(d).map((s) => [s.kind, s.author.name, s.inserted])).toEqual([['insertion', 'Lan', 'Z']]);
  });

  it('the caption of a figure is tracked like any text', () => {
    const figure = schema.node('figure', { asset: 'a'.repeat(64) }, [schema.text('Ảnh')]);
    const start = schema.node('doc', null, [figure]);
    const { doc: d } = track(start, (t) => t.insert(4, schema.text('!')));
    expect(show(d)).toEqual(['Ảnh[+!+]']);
  });

  it('formatting steps pass through untracked', () => {
    const { doc: d, caret } = track(doc('abc'), (t) => t.addMark(1, 3, schema.marks.bold.create()));
    expect(caret).toBeNull();
    expect(d.firstChild!.firstChild!.marks.map((m) => m.type.name)).toEqual(['bold']);
  });
});
