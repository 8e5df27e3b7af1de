import { describe, expect, it } from 'vitest';
import type { PmNode } from '../document/release';
import { bodyEndsWith, bodyWithEndMark } from './end-mark';

const p = (...texts: string[]): PmNode => ({ type: 'paragraph', content: texts.map((text) => ({ type: 'text', text })) });
const empty: PmNode = { type: 'paragraph' };
const text = (node: PmNode | undefined): string => (node?.content ?? []).map((n) => n.text ?? '').join('');

describe('bodyWithEndMark', () => {
  it('adds ./. after the last word, taking the sentence’s full stop as its first dot', () => {
    expect(text(bodyWithEndMark([p('Xin trân trọng thông báo.')]).at(-1))).toBe('Xin trân trọng thông báo./.');
    expect(text(bodyWithEndMark([p('Hết')]).at(-1))).toBe('Hết./.');
  });

  it('adds nothing when the officer typed ./. already, past empty paragraphs and across runs', () => {
    expect(bodyWithEndMark([p('Kết thúc./.'), empty, empty]).map(text)).toEqual(['Kết thúc./.', '', '']);
    expect(bodyWithEndMark([p('Kết thúc.', '/.')]).map(text)).toEqual(['Kết thúc./.']);
    expect(bodyWithEndMark([p('Kết thúc./.  ')]).map(text)).toEqual(['Kết thúc./.  ']);
  });

  it('puts the mark after the last words, not after the empty paragraphs an editor leaves', () => {
    expect(bodyWithEndMark([p('Một.'), empty]).map(text)).toEqual(['Một./.']);
  });

  it('gives a list or photo at the end a paragraph of its own, and ### is never merged into a sentence', () => {
    const list: PmNode = { type: 'bulletList', content: [{ type: 'listItem', content: [p('mục')] }] };
    expect(bodyWithEndMark([list]).map(text)).toEqual(['', './.']);
    expect(bodyEndsWith([p('The end.'), p('###'), empty], '###')).toBe(true);
    expect(bodyEndsWith([p('The end.')], '###')).toBe(false);
    expect(bodyEndsWith([], './.')).toBe(false);
  });
});
