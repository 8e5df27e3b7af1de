import { describe, expect, it } from 'vitest';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import { bodyPmSchema as schema } from '../document/body-schema';
import { acceptSuggestions, everySuggestion, rejectSuggestions, suggestionsIn } from './suggestions';
import { suggestToneStyle, toneChanges } from './tone-suggestions';
import type { TrackContext } from './track-changes';

const lan = { by: 'fp-lan', name: 'Lan', initials: 'L' };
let n = 0;
const ctx = (): TrackContext => ({ author: lan, at: '2026-11-28T10:00:00.000Z', newId: () => `t${++n}` });

const doc = (...blocks: PmNode[]): PmNode => schema.node('doc', null, blocks);
const p = (...content: PmNode[]): PmNode => schema.node('paragraph', null, content);
const t = (text: string, marks: string[] = []): PmNode => schema.text(text, marks.map((m) => schema.marks[m]!.create()));

function normalise(start: PmNode, style: 'traditional' | 'reformed'): { doc: PmNode; count: number } {
  const tracked = new Transform(start);
  const count = suggestToneStyle(start, tracked, style, ctx());
  return { doc: tracked.doc, count };
}

const settled = (d: PmNode, accept: boolean): string => {
  const tr = new Transform(d);
  (accept ? acceptSuggestions : rejectSuggestions)(tr, everySuggestion);
  return tr.doc.textContent;
};

describe('normalising the tone style as suggestions', () => {
  it('suggests each syllable in the other style as a replacement by the person normalising; accept all gives the preferred style, reject all the text as it was', () => {
    const start = doc(p(t('Văn hoá và sức khoẻ; ')), p(t('Tỉnh uỷ'), t(' họp, thủy lợi.')));
    const { doc: out, count } = normalise(start, 'traditional');
    expect(count).toBe(3);
    const suggestions = suggestionsIn(out);
    expect(suggestions.map((s) => [s.kind, s.deleted, s.inserted, s.author.name])).toEqual([
      ['replacement', 'hoá', 'hóa', 'Lan'],
      ['replacement', 'khoẻ', 'khỏe', 'Lan'],
      ['replacement', 'uỷ', 'ủy', 'Lan'],
    ]);
    expect(settled(out, true)).toBe('Văn hóa và sức khỏe; Tỉnh ủy họp, thủy lợi.');
    expect(settled(out, false)).toBe(start.textContent);
  });

  it('to the reformed style too, keeping formatting and capitals', () => {
    const start = doc(p(t('CỘNG HÒA', ['bold']), t(' và '), t('Thủy', ['italic'])));
    const { doc: out } = normalise(start, 'reformed');
    const tr = new Transform(out);
    acceptSuggestions(tr, everySuggestion);
    expect(tr.doc.textContent).toBe('CỘNG HOÀ và Thuỷ');
    const runs: string[] = [];
    tr.doc.descendants((node) => {
      if (node.isText) runs.push(`${node.text}:${node.marks.map((m) => m.type.name).join('+')}`);
    });
    expect(runs).toEqual(['CỘNG HOÀ:bold', ' và :', 'Thuỷ:italic']);
  });

  it('leaves pending suggestions alone, finds captions and list items, and does nothing on a text already in the style', () => {
    const deletion = schema.marks['deletion']!.create({ id: 'x1', by: 'fp-minh', name: 'Minh', initials: 'M', at: '2026-11-28T09:00:00.000Z' });
    const start = doc(p(schema.text('hoà', [deletion]), t(' nay')), schema.node('bulletList', null, [schema.node('listItem', null, [p(t('khoẻ'))])]));
    expect(toneChanges(start, 'traditional').map((c) => [c.text, c.replacement])).toEqual([['khoẻ', 'khỏe']]);
    const plain = doc(p(t('Hòa bình, thủy lợi.')));
    expect(normalise(plain, 'traditional')).toMatchObject({ count: 0 });
    expect(normalise(plain, 'traditional').doc.eq(plain)).toBe(true);
  });
});
