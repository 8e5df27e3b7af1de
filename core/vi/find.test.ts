import { describe, expect, it } from 'vitest';
import { findIn, prepareQuery, replaceIn, type FindOptions } from './find';

const opts = (o: Partial<FindOptions> = {}): FindOptions => ({ matchCase: false, wholeWord: false, ignoreTones: false, ...o });
const find = (text: string, query: string, o: Partial<FindOptions> = {}) => {
  const q = prepareQuery(query, opts(o));
  return q === null ? [] : findIn(text, q).map((m) => text.slice(m.from, m.to));
};

describe('findIn', () => {
  it('ignores tone marks: Dien Bien finds Điện Biên, and only then', () => {
    const text = 'Tỉnh Điện Biên và điện biên phủ; Dien Bien.';
    expect(find(text, 'Dien Bien', { ignoreTones: true })).toEqual(['Điện Biên', 'điện biên', 'Dien Bien']);
    expect(find(text, 'Dien Bien')).toEqual(['Dien Bien']);
    expect(find(text, 'điện biên')).toEqual(['Điện Biên', 'điện biên']);
    expect(find(text, 'điện biên', { matchCase: true })).toEqual(['điện biên']);
    expect(find(text, 'Dien Bien', { ignoreTones: true, matchCase: true })).toEqual(['Điện Biên', 'Dien Bien']);
  });

  it('tells apart words that differ only by tone unless told not to', () => {
    const text = 'ma má mà mả mã mạ';
    expect(find(text, 'má')).toEqual(['má']);
    expect(find(text, 'ma', { ignoreTones: true })).toHaveLength(6);
    expect(find(text, 'mạ', { ignoreTones: true, wholeWord: true })).toHaveLength(6);
  });

  it('whole word: a Vietnamese letter is part of a word', () => {
    const text = 'và vào Và hoà và.';
    expect(find(text, 'và', { wholeWord: true })).toEqual(['và', 'Và', 'và']);
    expect(find(text, 'va', { wholeWord: true, ignoreTones: true })).toEqual(['và', 'Và', 'và']);
    expect(find(text, 'va', { ignoreTones: true })).toEqual(['và', 'và', 'Và', 'và']); // the second is the start of "vào"
    // "hoà": "oà" inside a word is not a whole word.
    expect(find(text, 'oà', { wholeWord: true })).toEqual([]);
  });

  it('gives offsets in the original text, which replaceIn uses', () => {
    const text = 'Ở Điện Biên, ĐIỆN BIÊN.';
    const q = prepareQuery('dien bien', opts({ ignoreTones: true }))!;
    const matches = findIn(text, q);
    expect(matches).toEqual([{ from: 2, to: 11 }, { from: 13, to: 22 }]);
    expect(replaceIn(text, matches, 'Hà Nội')).toBe('Ở Hà Nội, Hà Nội.');
  });

  it('matches do not overlap, and an empty query finds nothing', () => {
    expect(find('aaaa', 'aa')).toEqual(['aa', 'aa']);
    expect(prepareQuery('', opts())).toBeNull();
    // A query of only a tone mark folds to nothing when tones are ignored.
    expect(prepareQuery('\u0301', opts({ ignoreTones: true }))).toBeNull();
  });
});
