import { describe, expect, it } from 'vitest';
import {
  classifyToneStyle,
  convertToneStyle,
  countToneStyles,
  otherToneStyle,
  syllableInStyle,
  syllableToneStyle,
  toneStyleSpans,
  toReformed,
  toTraditional,
} from './tone-style';

/** The five tones of each vowel, huyền hỏi ngã sắc nặng. */
const TONES: Record<string, string> = { a: 'àảãáạ', e: 'èẻẽéẹ', o: 'òỏõóọ', u: 'ùủũúụ', y: 'ỳỷỹýỵ' };
const CLUSTERS = [
  ['o', 'a'],
  ['o', 'e'],
  ['u', 'y'],
] as const;
const ONSETS = ['', 'h', 'th', 'kh', 'ng', 'ngh', 'l', 'x', 'đ', 'tr', 'nh', 'ch', 's', 'g'];

describe('tone style, letter by letter', () => {
  for (const [v1, v2] of CLUSTERS) {
    for (let tone = 0; tone < 5; tone++) {
      const traditional = TONES[v1]![tone]! + v2;
      const reformed = v1 + TONES[v2]![tone]!;
      it(`${traditional} <-> ${reformed} after every onset, in every case`, () => {
        for (const onset of ONSETS) {
          const t = onset + traditional;
          const r = onset + reformed;
          expect(syllableToneStyle(t)).toBe('traditional');
          expect(syllableToneStyle(r)).toBe('reformed');
          expect(syllableInStyle(t, 'reformed')).toBe(r);
          expect(syllableInStyle(r, 'traditional')).toBe(t);
          expect(syllableInStyle(t, 'traditional')).toBe(t);
          expect(syllableInStyle(r, 'reformed')).toBe(r);
          expect(otherToneStyle(t)).toBe(r);
          expect(otherToneStyle(r)).toBe(t);
          // Title case and capitals keep each letter's case.
          const title = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
          expect(syllableInStyle(title(t), 'reformed')).toBe(title(r));
          expect(syllableInStyle(t.toUpperCase(), 'reformed')).toBe(r.toUpperCase());
          expect(syllableInStyle(r.toUpperCase(), 'traditional')).toBe(t.toUpperCase());
          expect(syllableToneStyle(t.toUpperCase())).toBe('traditional');
        }
      });
    }
  }

  it('knows the words of the issue', () => {
    expect(toReformed('hòa')).toBe('hoà');
    expect(toReformed('thủy')).toBe('thuỷ');
    expect(toReformed('ủy')).toBe('uỷ');
    expect(toReformed('Ủy')).toBe('Uỷ');
    expect(toTraditional('Uỷ ban')).toBe('Ủy ban');
    expect(toTraditional('khoẻ')).toBe('khỏe');
    expect(toTraditional('CỘNG HOÀ')).toBe('CỘNG HÒA');
  });

  it('leaves alone what both styles write the same way', () => {
    for (const word of [
      'quý', 'quỳ', 'quỷ', 'Quý', 'QUÝ', // qu is the onset: y is the only vowel
      'giá', 'già', 'giỏi', // gi is the onset
      'hoàng', 'thuyết', 'thuyền', 'khoảng', 'hoạt', 'toàn', 'loét', 'huých', // final consonant
      'ngoài', 'xoáy', 'khuỷu', 'ngoẹo', 'khuya', // a third vowel
      'của', 'mùa', 'kìa', 'mưa', 'thuở', 'thuế', 'huệ', 'hoặc', // other clusters
      'hoa', 'thuy', 'uy', 'oe', // no tone at all
      'Điện', 'Biên', 'English', 'a', '', '2026',
    ]) {
      expect(syllableToneStyle(word), word).toBeNull();
      expect(otherToneStyle(word), word).toBeNull();
      expect(toReformed(word)).toBe(word);
      expect(toTraditional(word)).toBe(word);
    }
  });

  it('reads decomposed (NFD) syllables and answers in NFC', () => {
    expect(syllableToneStyle('hòa'.normalize('NFD'))).toBe('traditional');
    expect(syllableInStyle('thủy'.normalize('NFD'), 'reformed')).toBe('thuỷ');
    expect(toReformed('Ủy ban'.normalize('NFD'))).toBe('Uỷ ban');
  });

  it('is not a syllable with two tones', () => {
    expect(syllableToneStyle('hòá')).toBeNull();
    expect(toReformed('hòá')).toBe('hòá');
  });
});

describe('tone style of a text', () => {
  const text = 'Ủy ban nhân dân tỉnh Điện Biên chúc mừng Cộng hoà; sức khỏe, thuỷ lợi.';

  it('finds each styled syllable with its offsets and its other spelling', () => {
    const spans = toneStyleSpans(text);
    expect(spans.map((s) => [s.text, s.style, s.other])).toEqual([
      ['Ủy', 'traditional', 'Uỷ'],
      ['hoà', 'reformed', 'hòa'],
      ['khỏe', 'traditional', 'khoẻ'],
      ['thuỷ', 'reformed', 'thủy'],
    ]);
    for (const span of spans) expect(text.slice(span.from, span.to)).toBe(span.text);
  });

  it('counts and classifies', () => {
    expect(countToneStyles(text)).toEqual({ traditional: 2, reformed: 2 });
    expect(classifyToneStyle(text)).toBe('mixed');
    expect(classifyToneStyle('Tỉnh ủy, hòa bình')).toBe('traditional');
    expect(classifyToneStyle('Tỉnh uỷ, hoà bình')).toBe('reformed');
    expect(classifyToneStyle('Điện Biên, quý vị')).toBeNull();
  });

  it('converts a whole text, keeping its length, spacing and punctuation', () => {
    const reformed = convertToneStyle(text, 'reformed');
    expect(reformed).toBe('Uỷ ban nhân dân tỉnh Điện Biên chúc mừng Cộng hoà; sức khoẻ, thuỷ lợi.');
    expect(reformed.length).toBe(text.length);
    const traditional = toTraditional(text);
    expect(traditional).toBe('Ủy ban nhân dân tỉnh Điện Biên chúc mừng Cộng hòa; sức khỏe, thủy lợi.');
    expect(toReformed(traditional)).toBe(reformed);
    expect(classifyToneStyle(reformed)).toBe('reformed');
    expect(classifyToneStyle(traditional)).toBe('traditional');
  });
});
