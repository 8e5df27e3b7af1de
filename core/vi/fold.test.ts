import { describe, expect, it } from 'vitest';
import { fold, foldQuery } from './fold';

const TONES = { matchCase: false, ignoreTones: true };

/** Every Vietnamese vowel with each tone, lower and upper case, and its base letter. */
const VOWELS: Record<string, string> = {
  a: 'aàáảãạ', ă: 'ăằắẳẵặ', â: 'âầấẩẫậ', e: 'eèéẻẽẹ', ê: 'êềếểễệ', i: 'iìíỉĩị',
  o: 'oòóỏõọ', ô: 'ôồốổỗộ', ơ: 'ơờớởỡợ', u: 'uùúủũụ', ư: 'ưừứửữự', y: 'yỳýỷỹỵ',
};
const BASE: Record<string, string> = { a: 'a', ă: 'a', â: 'a', e: 'e', ê: 'e', i: 'i', o: 'o', ô: 'o', ơ: 'o', u: 'u', ư: 'u', y: 'y' };

describe('fold', () => {
  it('folds every Vietnamese letter, lower and upper case, to its base letter', () => {
    for (const [key, letters] of Object.entries(VOWELS)) {
      for (const letter of letters) {
        expect(fold(letter, TONES).text, letter).toBe(BASE[key]);
        expect(fold(letter.toUpperCase(), TONES).text, letter.toUpperCase()).toBe(BASE[key]);
        expect(fold(letter.toUpperCase(), { matchCase: true, ignoreTones: true }).text).toBe(BASE[key]!.toUpperCase());
      }
    }
    expect(fold('đĐ', TONES).text).toBe('dd');
    expect(fold('đĐ', { matchCase: true, ignoreTones: true }).text).toBe('dD');
  });

  it('keeps tone marks when not ignoring them, and only lower-cases', () => {
    expect(fold('Điện Biên', { matchCase: false, ignoreTones: false }).text).toBe('điện biên');
    expect(fold('Điện Biên', { matchCase: true, ignoreTones: false }).text).toBe('Điện Biên');
  });

  it('maps each folded unit back to the code point it came from', () => {
    const f = fold('Điện Biên', TONES);
    expect(f.text).toBe('dien bien');
    expect(Array.from(f.starts)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    // A letter outside the BMP is two units wide: its folded unit points at both.
    const wide = fold('a𝐀b', TONES);
    expect(wide.text.length).toBe(4);
    expect(wide.starts[wide.text.length - 1]).toBe(3);
    expect(wide.ends[1]).toBe(3);
  });

  it('drops a lone combining mark and lengthens İ', () => {
    const f = fold('x\u0301y', TONES);
    expect(f.text).toBe('xy');
    expect(Array.from(f.starts)).toEqual([0, 2]);
    const i = fold('İa', { matchCase: false, ignoreTones: false });
    expect(i.text.length).toBe(3);
    expect(Array.from(i.starts)).toEqual([0, 0, 1]);
  });

  it('normalises a decomposed query to NFC first', () => {
    expect(foldQuery('Vie\u0302\u0323t', { matchCase: true, ignoreTones: false })).toBe('Việt');
    expect(foldQuery('Vie\u0302\u0323t', TONES)).toBe('viet');
  });
});
