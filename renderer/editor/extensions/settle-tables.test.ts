// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { checkBody } from '../../../core/document/body-check';
import type { PmNode, ReleaseBody } from '../../../core/document/release';
import { tcell, theader, trow, ttable } from '../../../core/document/tables.fixture';
import { bodyPlainText } from '../../../core/document/plain-text';
import { footnoteTexts } from '../../../core/document/footnotes';
import { buildExtensions } from '../schema';

let editor: Editor | null = null;
afterEach(() => editor?.destroy());

const by = { by: 'b2'.repeat(32), name: 'Trần Thị Bình', initials: 'TTB', at: '2026-11-28T10:00:00Z' };
const sug = (type: 'insertion' | 'deletion', id: string) => ({ type, attrs: { id, ...by } });
const txt = (t: string, marks?: PmNode['marks']): PmNode => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
const p = (...content: PmNode[]): PmNode => ({ type: 'paragraph', content });

/** Suggestions in a cell, on a note and on a subscript made superscript. */
const body = (): ReleaseBody =>
  ({
    type: 'doc',
    content: [
      ttable(trow(theader('Chỉ tiêu'), theader('Năm 2026')), trow(tcell('Vốn'), tcell([p(txt('1.870', [sug('deletion', 's1')]), txt('1.900', [sug('insertion', 's1')]))]))),
      p(txt('Khí thải giảm'), { type: 'footnote', attrs: { text: 'Theo Sở.' }, marks: [sug('deletion', 's2')] }, txt('.'), { type: 'footnote', attrs: { text: 'Mới.' }, marks: [sug('insertion', 's3')] }),
      p(txt('120 m'), txt('2', [sug('deletion', 's4'), { type: 'subscript' }]), txt('2', [sug('insertion', 's4'), { type: 'superscript' }])),
    ],
  }) as ReleaseBody;

const settle = (accept: boolean): ReleaseBody => {
  editor = new Editor({ element: document.createElement('div'), extensions: buildExtensions(), content: body() as never, injectCSS: false });
  expect(accept ? editor.commands.acceptAllSuggestions() : editor.commands.rejectAllSuggestions()).toBe(true);
  const out = editor.getJSON() as ReleaseBody;
  editor.destroy();
  editor = null;
  return out;
};
const marksOf2 = (b: ReleaseBody): string[] => (b.content[2]!.content ?? []).filter((n) => n.text === '2').map((n) => (n.marks ?? []).map((m) => m.type).join(','));

describe('Accept all / Reject all with tables, notes and sub/superscript', () => {
  it('accepting keeps the table whole with the new number, drops the deleted note, keeps the inserted one, and leaves a superscript', () => {
    const out = settle(true);
    expect(checkBody(out)).toBeNull();
    expect(bodyPlainText(out).split('\n').slice(0, 4)).toEqual(['Chỉ tiêu', 'Năm 2026', 'Vốn', '1.900']);
    expect(footnoteTexts(out.content)).toEqual(['Mới.']);
    expect(marksOf2(out)).toEqual(['superscript']);
    expect(JSON.stringify(out)).not.toMatch(/insertion|deletion/);
  });

  it('rejecting gives the table, the notes and the subscript back as they were', () => {
    const out = settle(false);
    expect(checkBody(out)).toBeNull();
    expect(bodyPlainText(out).split('\n').slice(0, 4)).toEqual(['Chỉ tiêu', 'Năm 2026', 'Vốn', '1.870']);
    expect(footnoteTexts(out.content)).toEqual(['Theo Sở.']);
    expect(marksOf2(out)).toEqual(['subscript']);
    expect(JSON.stringify(out)).not.toMatch(/insertion|deletion/);
  });
});
