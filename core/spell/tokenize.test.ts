import { describe, expect, it } from 'vitest';
import { isSkippedWord, tokenize } from './tokenize';

const words = (text: string): string[] => tokenize(text).map((t) => t.word);

describe('tokenize', () => {
  it('gives each word with its offsets', () => {
    const text = 'Sáng nay, UBND tỉnh Điện Biên họp.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.word)).toEqual(['Sáng', 'nay', 'tỉnh', 'Điện', 'Biên', 'họp']);
    for (const t of tokens) expect(text.slice(t.from, t.to)).toBe(t.word);
  });

  it('skips numbers and words with digits', () => {
    expect(words('Lúc 15h30 ngày 8/1/2026, COVID-19 và Covid-19 giảm 12,5%')).toEqual(['Lúc', 'ngày', 'và', 'Covid', 'giảm']);
  });

  it('skips web addresses, e-mail addresses and domain names whole', () => {
    expect(words('Xem https://dienbien.gov.vn/tin-tuc?id=3 hoặc www.baodienbienphu.info.vn nhé')).toEqual(['Xem', 'hoặc', 'nhé']);
    expect(words('Liên hệ: vanphong@dienbien.gov.vn, mailto:a@b.vn.')).toEqual(['Liên', 'hệ']);
    expect(words('trang dienbien.gov.vn.')).toEqual(['trang']);
  });

  it('skips abbreviations in capitals, inner capitals and single letters', () => {
    expect(words('HĐND và UBND, THÔNG CÁO BÁO CHÍ, iPhone, TipTap, mục a) và b)')).toEqual(['và', 'mục', 'và']);
  });

  it('splits at hyphens and slashes, keeps inner apostrophes', () => {
    expect(words("Điện Biên-Lai Châu, nam/nữ, the officer’s don't 'quoted'")).toEqual([
      'Điện', 'Biên', 'Lai', 'Châu', 'nam', 'nữ', 'the', 'officer’s', "don't", 'quoted',
    ]);
  });

  it('says which words are skipped', () => {
    expect(isSkippedWord('a')).toBe(true);
    expect(isSkippedWord('Đ')).toBe(true);
    expect(isSkippedWord('NĐ')).toBe(true);
    expect(isSkippedWord('x2')).toBe(true);
    expect(isSkippedWord('eBay')).toBe(true);
    expect(isSkippedWord('Ủy')).toBe(false);
    expect(isSkippedWord('ở')).toBe(true);
    expect(isSkippedWord('ấy')).toBe(false);
  });

  it('has nothing to check in an empty or spaces-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('  \u00a0 ./. — ')).toEqual([]);
  });
});
