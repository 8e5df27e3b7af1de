import { describe, expect, it } from 'vitest';
import { checkBody } from '../document/body-check';
import { generateLongRelease } from '../document/generate';
import { createRelease, type PmNode } from '../document/release';
import { diffBodies, diffDetails, type Body, type Suggester } from './diff';
import { diffSequences } from './sequence-diff';
import { acceptedText, doc, marksOf, para, paras, plainText, rejectedText, textWith, txt } from './test-review';

const HUONG: Suggester = { by: 'ab'.repeat(32), name: 'Nguyễn Thu Hương', initials: 'NH', at: '2026-11-28T09:00:00+07:00' };

describe('diffSequences', () => {
  const apply = (a: string[], b: string[]): string[] =>
    diffSequences(a, b).flatMap((op) => (op.kind === 'delete' ? [] : [op.kind === 'equal' ? a[op.a]! : b[op.b]!]));

  it('gives a script that turns a into b, keeping the common words', () => {
    const a = 'the quick brown fox jumps over the lazy dog'.split(' ');
    const b = 'the slow brown cat jumps over a lazy dog today'.split(' ');
    const ops = diffSequences(a, b);
    expect(apply(a, b)).toEqual(b);
    expect(ops.filter((op) => op.kind === 'equal').map((op) => a[(op as { a: number }).a])).toEqual(['the', 'brown', 'jumps', 'over', 'lazy', 'dog']);
    expect(ops.filter((op) => op.kind !== 'equal')).toHaveLength(7);
  });

  it('handles empty sides and, past the edit limit, replaces everything', () => {
    expect(diffSequences([], ['a'])).toEqual([{ kind: 'insert', b: 0 }]);
    expect(diffSequences(['a'], [])).toEqual([{ kind: 'delete', a: 0 }]);
    const ops = diffSequences(['x', 'a', 'b', 'y'], ['x', 'c', 'd', 'y'], 1);
    expect(ops.map((op) => op.kind)).toEqual(['equal', 'delete', 'delete', 'insert', 'insert', 'equal']);
  });

  it('is correct on random sequences', () => {
    let seed = 7;
    const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 200; round++) {
      const a = Array.from({ length: Math.floor(rand() * 30) }, () => 'abcd'[Math.floor(rand() * 4)]!);
      const b = Array.from({ length: Math.floor(rand() * 30) }, () => 'abcd'[Math.floor(rand() * 4)]!);
      expect(apply(a, b)).toEqual(b);
      const kept = diffSequences(a, b).flatMap((op) => (op.kind === 'insert' ? [] : [a[op.a]!]));
      expect(kept).toEqual(a);
    }
  });
});

describe('diffBodies', () => {
  it('marks changed Vietnamese words as one replacement inside the paragraph', () => {
    const before = paras('Ủy ban nhân dân tỉnh đã tổ chức hội nghị.', 'Đoạn thứ hai giữ nguyên.');
    const after = paras('Ủy ban nhân dân tỉnh sẽ tổ chức hội nghị trực tuyến.', 'Đoạn thứ hai giữ nguyên.');
    const { body, suggestionIds } = diffBodies(before, after, HUONG);
    expect(suggestionIds).toEqual(['d1', 'd2']);
    expect(textWith(body, 'deletion', 'id', 'd1')).toBe('đã');
    expect(textWith(body, 'insertion', 'id', 'd1')).toBe('sẽ');
    expect(textWith(body, 'insertion', 'id', 'd2')).toBe(' trực tuyến');
    expect(plainText(body)).toEqual(['Ủy ban nhân dân tỉnh đãsẽ tổ chức hội nghị trực tuyến.', 'Đoạn thứ hai giữ nguyên.']);
    expect(acceptedText(body)).toEqual(plainText(after));
    expect(rejectedText(body)).toEqual(plainText(before));
    expect(marksOf(body, 'insertion')[0]!.attrs).toEqual({ id: 'd1', ...HUONG });
    expect(checkBody(body)).toBeNull();
  });

  it('shows whole paragraphs added and removed as fully marked text, in place', () => {
    const before = paras('Một.', 'Hai hoàn toàn khác biệt.', 'Ba.');
    const after = paras('Một.', 'Ba.', 'Bốn là đoạn mới.');
    const { body } = diffBodies(before, after, HUONG);
    expect(plainText(body)).toEqual(['Một.', 'Hai hoàn toàn khác biệt.', 'Ba.', 'Bốn là đoạn mới.']);
    expect(textWith(body, 'deletion', 'by', HUONG.by)).toBe('Hai hoàn toàn khác biệt.');
    expect(textWith(body, 'insertion', 'by', HUONG.by)).toBe('Bốn là đoạn mới.');
    expect(acceptedText(body)).toEqual(plainText(after));
    expect(rejectedText(body)).toEqual(plainText(before));
  });

  it('treats a formatting change as a change, keeps formatting and links on unchanged words', () => {
    const link = { type: 'link' as const, attrs: { href: 'https://dienbien.gov.vn' } };
    const before = doc(para(txt('Xem '), txt('cổng thông tin', link), txt(' tỉnh.')));
    const after = doc(para(txt('Xem '), txt('cổng thông tin', link), txt(' tỉnh', { type: 'bold' }), txt('.')));
    const { body } = diffBodies(before, after, HUONG);
    expect(textWith(body, 'link', 'href', 'https://dienbien.gov.vn')).toBe('cổng thông tin');
    // The space before the bolded word is bold too: it changed with it.
    expect(textWith(body, 'deletion', 'id', 'd1')).toBe(' tỉnh');
    expect(textWith(body, 'insertion', 'id', 'd1')).toBe(' tỉnh');
    expect(checkBody(body)).toBeNull();
  });

  it('ignores review marks when comparing, and keeps the new side’s comments', () => {
    const comment = { type: 'comment' as const, attrs: { thread: 't1' } };
    const before = paras('Giữ nguyên câu này.');
    const after = doc(para(txt('Giữ '), txt('nguyên', comment), txt(' câu này.')));
    const { body, suggestionIds } = diffBodies(before, after, HUONG);
    expect(suggestionIds).toEqual([]);
    expect(textWith(body, 'comment', 'thread', 't1')).toBe('nguyên');
  });

  it('aligns inside lists and quotes, and lists photos added, removed and moved', () => {
    const fig = (asset: string, caption: string): PmNode => ({ type: 'figure', attrs: { asset: asset.repeat(64) }, content: [txt(caption)] });
    const list = (...items: string[]): PmNode => ({ type: 'bulletList', content: items.map((i) => ({ type: 'listItem', content: [para(txt(i))] })) });
    const before = doc(fig('a', 'Ảnh một.'), list('Mục một', 'Mục hai'), fig('b', 'Ảnh hai.'), para(txt('Kết.')));
    const after = doc(list('Mục một', 'Mục hai sửa', 'Mục ba'), fig('c', 'Ảnh ba.'), para(txt('Kết.')), fig('a', 'Ảnh một.'));
    const { body, figures } = diffBodies(before, after, HUONG);
    expect(checkBody(body)).toBeNull();
    expect(figures).toHaveLength(3);
    expect(figures).toEqual(
      expect.arrayContaining([
        { asset: 'a'.repeat(64), change: 'moved' },
        { asset: 'b'.repeat(64), change: 'removed' },
        { asset: 'c'.repeat(64), change: 'added' },
      ]),
    );
    expect(acceptedText(body)).toEqual(plainText(after));
    // The moved photo's caption is not suggested again; the new photo's is.
    expect(textWith(body, 'insertion', 'by', HUONG.by)).toBe(' sửaMục baẢnh ba.');
  });

  it('cuts words at spaces and punctuation: a changed comma is only the comma', () => {
    const { body, suggestionIds } = diffBodies(paras('Sáng 8/1, tại Điện Biên'), paras('Sáng 8/1; tại Điện Biên'), HUONG);
    expect(suggestionIds).toEqual(['d1']);
    expect(textWith(body, 'deletion', 'id', 'd1')).toBe(',');
    expect(textWith(body, 'insertion', 'id', 'd1')).toBe(';');
  });

  it('reads words changed on both sides of a space as one change', () => {
    const { body, suggestionIds } = diffBodies(paras('200 đại biểu tham dự hội nghị.'), paras('200 đại biểu có mặt tại hội nghị.'), HUONG);
    expect(suggestionIds).toEqual(['d1']);
    expect(textWith(body, 'deletion', 'id', 'd1')).toBe('tham dự');
    expect(textWith(body, 'insertion', 'id', 'd1')).toBe('có mặt tại');
  });

  it('never reuses an id either body has', () => {
    const taken = { type: 'insertion' as const, attrs: { id: 'd1', ...HUONG } };
    const before = paras('A b c.');
    const after = doc(para(txt('A '), txt('x ', taken), txt('b d.')));
    const { suggestionIds } = diffBodies(before, after, HUONG);
    expect(suggestionIds).toEqual(['d2']);
  });

  it('diffs the 20,000-word release against an edited copy in linear-ish time', () => {
    const release = generateLongRelease(20_000, 3);
    const edited = structuredClone(release.body) as Body;
    // Change a word in every tenth block and drop a block.
    edited.content.forEach((block, i) => {
      const first = block.content?.[0];
      if (i % 10 === 0 && first?.type === 'text' && first.text) first.text = first.text.replace(/\S+/, 'ĐỔI');
    });
    edited.content.splice(5, 1);
    diffBodies(release.body as Body, edited, HUONG); // warm the JIT: what is measured is the algorithm
    const start = performance.now();
    const { body, suggestionIds } = diffBodies(release.body as Body, edited, HUONG);
    const ms = performance.now() - start;
    expect(suggestionIds.length).toBeGreaterThan(10);
    expect(acceptedText(body)).toEqual(plainText(edited));
    expect(rejectedText(body)).toEqual(plainText(release.body as Body));
    // About 30 ms warm on an idle machine; a quadratic walk over 40,000 words would take minutes.
    expect(ms).toBeLessThan(3_000);
  });
});

describe('diffDetails', () => {
  it('lists the fields that differ', () => {
    const a = createRelease('press');
    const b = { ...a, headline: 'Tiêu đề mới', dateline: { place: 'Điện Biên', date: '' }, embargo: { mode: 'until' as const, at: '2027-01-15T09:00:00+07:00' } };
    expect(diffDetails(a, b)).toEqual([
      { field: 'headline', before: a.headline, after: 'Tiêu đề mới' },
      { field: 'dateline.place', before: a.dateline.place, after: 'Điện Biên' },
      { field: 'embargo', before: '', after: '2027-01-15T09:00:00+07:00' },
    ]);
    expect(diffDetails(a, a)).toEqual([]);
  });
});
