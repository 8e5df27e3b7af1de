import { describe, expect, it } from 'vitest';
import { compileGlossary, findGlossaryVariants, foldWord, type GlossaryEntry } from './glossary';

const ENTRIES: GlossaryEntry[] = [
  { name: 'Ban Tuyên giáo Tỉnh ủy', variants: ['Ban TG Tỉnh ủy'] },
  { name: 'Ủy ban nhân dân tỉnh Điện Biên', variants: ['UBND tỉnh Điện Biên'] },
  { name: 'Điện Biên Phủ', variants: [] },
  { name: 'Điện Biên', variants: [] },
  { name: 'Bà Rịa - Vũng Tàu', variants: [] },
];
const traditional = compileGlossary(ENTRIES, 'traditional');
const reformed = compileGlossary(ENTRIES, 'reformed');

const found = (text: string, glossary = traditional, language: 'vi' | 'en' = 'vi') =>
  findGlossaryVariants(text, glossary, language).map(({ found: f, canonical, kind }) => [f, canonical, kind]);

describe('glossary matching', () => {
  it('never flags the canonical form, nor in capitals', () => {
    const text = 'Ban Tuyên giáo Tỉnh ủy và Ủy ban nhân dân tỉnh Điện Biên tổ chức tại Điện Biên Phủ. BAN TUYÊN GIÁO TỈNH ỦY';
    expect(found(text)).toEqual([]);
  });

  it('flags another capitalisation, with the canonical form to write', () => {
    expect(found('Hôm nay ban tuyên giáo tỉnh ủy họp.')).toEqual([['ban tuyên giáo tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy', 'case']]);
    expect(found('Ban Tuyên Giáo Tỉnh Ủy họp.')).toEqual([['Ban Tuyên Giáo Tỉnh Ủy', 'Ban Tuyên giáo Tỉnh ủy', 'case']]);
    const [m] = findGlossaryVariants('Hôm nay ban tuyên giáo tỉnh ủy họp.', traditional);
    expect(m).toMatchObject({ from: 8, to: 30 });
  });

  it('leaves a tone-placement-only difference to the tone-style check, and compares in the preferred style', () => {
    // Traditional preferred: the reformed "uỷ" is the tone style's finding, not the glossary's.
    expect(found('Ban Tuyên giáo Tỉnh uỷ họp.')).toEqual([]);
    // Reformed preferred: the canonical name reads "Tỉnh uỷ", and the traditional form is fine here too.
    expect(found('Ban Tuyên giáo Tỉnh uỷ họp.', reformed)).toEqual([]);
    expect(found('Ban Tuyên giáo Tỉnh ủy họp.', reformed)).toEqual([]);
    // Another difference besides the tone: fixed to the preferred style's spelling.
    expect(found('ban tuyên giáo tỉnh ủy', reformed)).toEqual([['ban tuyên giáo tỉnh ủy', 'Ban Tuyên giáo Tỉnh uỷ', 'case']]);
    expect(found('UỶ BAN NHÂN DÂN TỈNH ĐIỆN BIÊN')).toEqual([]);
  });

  it('flags wrong or missing diacritics, in a Vietnamese text only when none are written', () => {
    expect(found('Về Điện Biên Phù hôm nay.')).toEqual([['Điện Biên Phù', 'Điện Biên Phủ', 'marks']]);
    expect(found('Ve Dien Bien Phu hom nay.')).toEqual([['Dien Bien Phu', 'Điện Biên Phủ', 'marks']]);
    expect(found('A visit to Dien Bien Phu today.', traditional, 'en')).toEqual([]);
    expect(found('A visit to Điện Biên Phù today.', traditional, 'en')).toEqual([['Điện Biên Phù', 'Điện Biên Phủ', 'marks']]);
  });

  it('flags decomposed (NFD) text and extra spaces', () => {
    const nfd = 'Điện Biên Phủ'.normalize('NFD');
    expect(found(`Tại ${nfd}.`)).toEqual([[nfd, 'Điện Biên Phủ', 'nfd']]);
    expect(found('Tại Điện  Biên Phủ.')).toEqual([['Điện  Biên Phủ', 'Điện Biên Phủ', 'spacing']]);
    expect(found('Tại Điện\u00a0Biên Phủ.')).toEqual([['Điện\u00a0Biên Phủ', 'Điện Biên Phủ', 'spacing']]);
    expect(found('Tỉnh Bà Rịa-Vũng Tàu')).toEqual([['Bà Rịa-Vũng Tàu', 'Bà Rịa - Vũng Tàu', 'spacing']]);
    expect(found('Tỉnh Bà Rịa - Vũng Tàu')).toEqual([]);
  });

  it('flags every listed variant, corrected to its name', () => {
    expect(found('UBND tỉnh Điện Biên và Ban TG Tỉnh ủy')).toEqual([
      ['UBND tỉnh Điện Biên', 'Ủy ban nhân dân tỉnh Điện Biên', 'listed'],
      ['Ban TG Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy', 'listed'],
    ]);
    expect(found('ubnd tỉnh điện biên')).toEqual([['ubnd tỉnh điện biên', 'Ủy ban nhân dân tỉnh Điện Biên', 'listed']]);
  });

  it('matches whole words only, the longest name where names overlap', () => {
    // "Điện Biên" is a name of its own, but inside "Điện Biên Phủ" the longer name is the match.
    expect(found('điện biên phủ')).toEqual([['điện biên phủ', 'Điện Biên Phủ', 'case']]);
    expect(found('điện biên')).toEqual([['điện biên', 'Điện Biên', 'case']]);
    // Not across a word boundary, not across a sentence's punctuation, not across a line.
    expect(found('Điện Biênh')).toEqual([]);
    expect(found('XĐiện Biên')).toEqual([]);
    expect(found('ở điện. Biên giới')).toEqual([]);
    expect(found('điện\nbiên')).toEqual([]);
    // Inside the canonical province name, "Điện Biên" is the canonical's own words: no finding.
    expect(found('Ủy ban nhân dân tỉnh Điện Biên')).toEqual([]);
    expect(found('ủy ban nhân dân tỉnh điện biên')).toEqual([['ủy ban nhân dân tỉnh điện biên', 'Ủy ban nhân dân tỉnh Điện Biên', 'case']]);
  });

  it('never lets a variant shadow a name: a listed variant that folds to the name is the name', () => {
    const g = compileGlossary([{ name: 'Tỉnh ủy Điện Biên', variants: ['tỉnh ủy điện biên', 'TU Điện Biên'] }], 'traditional');
    expect(findGlossaryVariants('Tỉnh ủy Điện Biên', g)).toEqual([]);
    expect(findGlossaryVariants('tỉnh ủy điện biên', g).map((m) => m.kind)).toEqual(['case']);
    expect(findGlossaryVariants('TU Điện Biên', g).map((m) => m.kind)).toEqual(['listed']);
  });

  it('finds nothing with an empty glossary, and offsets stay right after astral characters', () => {
    expect(findGlossaryVariants('điện biên phủ', compileGlossary([], 'traditional'))).toEqual([]);
    const text = '😀 điện biên phủ';
    const [m] = findGlossaryVariants(text, traditional);
    expect(text.slice(m!.from, m!.to)).toBe('điện biên phủ');
  });

  it('folds words as the matcher compares them', () => {
    expect(foldWord('Điện')).toBe('dien');
    expect(foldWord('ỦY')).toBe('uy');
    expect(foldWord('Phủ'.normalize('NFD'))).toBe('phu');
  });
});

describe('a name written in lower case by the office', () => {
  const g = compileGlossary([{ name: 'tỉnh Điện Biên', variants: ['tỉnh ĐB'] }], 'traditional');
  it('starts a sentence with a capital without being flagged, and is fixed with one there', () => {
    expect(findGlossaryVariants('Tỉnh Điện Biên có 10 huyện. Năm nay tỉnh Điện Biên đón khách.', g)).toEqual([]);
    expect(findGlossaryVariants('Hôm nay, Tỉnh Điện Biên đón khách.', g).map((m) => [m.found, m.canonical])).toEqual([['Tỉnh Điện Biên', 'tỉnh Điện Biên']]);
    expect(findGlossaryVariants('Họp xong. Tỉnh điện biên đón khách.', g).map((m) => [m.found, m.canonical])).toEqual([['Tỉnh điện biên', 'Tỉnh Điện Biên']]);
    expect(findGlossaryVariants('«tỉnh ĐB» đón khách.', g).map((m) => m.canonical)).toEqual(['Tỉnh Điện Biên']);
  });
});
