import { describe, expect, it } from 'vitest';
import { decodeGlossaryBytes, glossaryToCsv, glossaryToLines, parseGlossary } from './glossary-file';

const ENTRIES = [
  { name: 'Ban Tuyên giáo Tỉnh ủy', variants: ['Ban TG Tỉnh ủy'] },
  { name: 'Ủy ban nhân dân tỉnh Điện Biên', variants: ['UBND tỉnh Điện Biên', 'UBND tỉnh'] },
  { name: 'Sở Văn hóa, Thể thao và Du lịch', variants: [] },
  { name: 'Điện Biên Phủ', variants: [] },
];

describe('glossary files', () => {
  it('writes CSV that reads back the same, header and commas inside names included', () => {
    const csv = glossaryToCsv(ENTRIES, ['Tên chính thức', 'Biến thể, viết tắt']);
    expect(csv.split('\r\n')[0]).toBe('Tên chính thức,"Biến thể, viết tắt"');
    expect(csv).toContain('"Sở Văn hóa, Thể thao và Du lịch"');
    expect(parseGlossary(csv, { csv: true })).toEqual({ entries: ENTRIES, skipped: 0 });
  });

  it('reads the Settings box form and writes it back', () => {
    const lines = glossaryToLines(ENTRIES.slice(0, 2));
    expect(lines).toBe('Ban Tuyên giáo Tỉnh ủy; Ban TG Tỉnh ủy\nỦy ban nhân dân tỉnh Điện Biên; UBND tỉnh Điện Biên; UBND tỉnh');
    expect(parseGlossary(lines).entries).toEqual(ENTRIES.slice(0, 2));
  });

  it('reads a .txt with one name a line, blank lines and extra spaces ignored, NFC', () => {
    const text = `  Ban Tuyên giáo   Tỉnh ủy \n\n${'Điện Biên Phủ'.normalize('NFD')}\r\n`;
    expect(parseGlossary(text).entries).toEqual([
      { name: 'Ban Tuyên giáo Tỉnh ủy', variants: [] },
      { name: 'Điện Biên Phủ', variants: [] },
    ]);
  });

  it('reads semicolon and tab separated CSV (Excel under a Vietnamese locale, Unicode text)', () => {
    expect(parseGlossary('Ủy ban nhân dân tỉnh Điện Biên;UBND tỉnh Điện Biên\n', { csv: true }).entries[0]!.variants).toEqual(['UBND tỉnh Điện Biên']);
    expect(parseGlossary('Ủy ban nhân dân tỉnh Điện Biên\tUBND tỉnh Điện Biên\n', { csv: true }).entries[0]!.variants).toEqual(['UBND tỉnh Điện Biên']);
  });

  it('decodes UTF-8 with and without a BOM and UTF-16 from its BOM', () => {
    const text = 'Điện Biên Phủ\n';
    const utf8 = new TextEncoder().encode(text);
    expect(decodeGlossaryBytes(utf8)).toBe(text);
    expect(decodeGlossaryBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(text);
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    [...text].forEach((c, i) => {
      utf16[2 + i * 2] = c.charCodeAt(0) & 0xff;
      utf16[3 + i * 2] = c.charCodeAt(0) >> 8;
    });
    expect(decodeGlossaryBytes(utf16)).toBe(text);
  });

  it('skips a name listed twice (any case) and too long a name, and drops a variant equal to its name', () => {
    const parsed = parseGlossary(`Điện Biên Phủ; Điện Biên Phủ; Dien Bien Phu\nđiện biên phủ\n${'x'.repeat(301)}`);
    expect(parsed).toEqual({ entries: [{ name: 'Điện Biên Phủ', variants: ['Dien Bien Phu'] }], skipped: 2 });
  });
});

describe('the Settings box', () => {
  it('never splits a name on its comma', () => {
    expect(parseGlossary('Sở Văn hóa, Thể thao và Du lịch\nĐiện Biên Phủ').entries).toEqual([
      { name: 'Sở Văn hóa, Thể thao và Du lịch', variants: [] },
      { name: 'Điện Biên Phủ', variants: [] },
    ]);
  });
});
