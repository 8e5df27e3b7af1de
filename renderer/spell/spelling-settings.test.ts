import { describe, expect, it } from 'vitest';
import { decodeWordListFile, parseWordList, wordListText } from './spelling-settings';

describe('word list files', () => {
  it('reads one name a line: NFC, trimmed, each once, BOM and CRLF handled', () => {
    const text = '\uFEFFMường Phăng\r\n  Ủy ban nhân dân tỉnh  \r\n\r\nMường Phăng\n' + 'Điện Biên'.normalize('NFD');
    expect(parseWordList(text)).toEqual(['Mường Phăng', 'Ủy ban nhân dân tỉnh', 'Điện Biên']);
    expect(parseWordList('x'.repeat(201) + '\nok')).toEqual(['ok']);
  });

  it('writes one a line, and reads back what it wrote', () => {
    const words = ['Mường Phăng', 'UBND'];
    expect(wordListText(words)).toBe('Mường Phăng\nUBND\n');
    expect(parseWordList(wordListText(words))).toEqual(words);
  });

  it('refuses a file that is not UTF-8 text', () => {
    expect(decodeWordListFile(new TextEncoder().encode('Điện Biên\n').buffer as ArrayBuffer)).toEqual(['Điện Biên']);
    expect(decodeWordListFile(new Uint8Array([0x44, 0xff, 0xfe, 0x0a]).buffer)).toBeNull();
    expect(decodeWordListFile(new Uint8Array([0x50, 0x4b, 0x00, 0x03]).buffer)).toBeNull();
  });
});
