import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable } from './syllable';

const fixture = readFileSync(new URL('../../../shared/fixtures/dien-bien-article.txt', import.meta.url), 'utf8');

describe('isVietnameseSyllable', () => {
  it('accepts every word of the Điện Biên article but its abbreviations and loanwords', () => {
    const words = fixture.match(/[\p{L}\p{M}]+/gu)!;
    const rejected = new Set(words.filter((w) => !isVietnameseSyllable(w)));
    expect(words.length).toBeGreaterThan(900);
    expect([...rejected].sort()).toEqual(['BTV', 'CT', 'TW', 'UBND', 'X', 'game', 'karaoke', 'website']);
  });

  it('accepts both tone styles, qu/gi onsets and the spelling rules', () => {
    for (const w of ['hòa', 'hoà', 'thủy', 'thuỷ', 'khỏe', 'khoẻ', 'quý', 'quả', 'già', 'gì', 'gìn', 'giếng', 'ngoài', 'khuỷu', 'thuở', 'yêu', 'kìa', 'nghĩa', 'ghế', 'kẻ', 'xoong', 'Đảng', 'NGƯỜI']) {
      expect(isVietnameseSyllable(w), w).toBe(true);
    }
  });

  it('rejects wrong spellings, tones a stop ending cannot take, misplaced tones and legacy garbage', () => {
    for (const w of ['ké'.replace('k', 'c'), 'ghá', 'kí'.replace('k', 'q'), 'bàc', 'hoạn'.replace('ạ', 'à') + 't', 'tôị', 'hòạ', 'Tuyªn', 'gi¸o', 'TØnh', 'ñy', 'cĩ', 'khơng', 'Ñieän', 'sentence', 'ba1']) {
      expect(isVietnameseSyllable(w), w).toBe(false);
    }
  });
});
