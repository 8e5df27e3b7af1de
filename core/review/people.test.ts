import { describe, expect, it } from 'vitest';
import { AUTHOR_PALETTE, authorColour, initialsOf, samePerson } from './people';

/** WCAG relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string): number => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
};

describe('initialsOf', () => {
  it('takes the first letter of each word, upper case, Vietnamese letters kept', () => {
    expect(initialsOf('Nguyễn Văn An')).toBe('NVA');
    expect(initialsOf('đặng thị ánh')).toBe('ĐTÁ');
    expect(initialsOf('  Lò   Thị Hoa ')).toBe('LTH');
    expect(initialsOf('Anna')).toBe('A');
    expect(initialsOf('Tôn Nữ Thị Ninh')).toBe('TNN');
    expect(initialsOf('Jean-Pierre Dupont')).toBe('JPD');
    expect(initialsOf('')).toBe('');
  });

  it('gives NFC from decomposed input', () => {
    expect(initialsOf('e\u0301lise Đỗ'.normalize('NFD'))).toBe('ÉĐ');
    expect(initialsOf('e\u0301lise Đỗ'.normalize('NFD')).normalize('NFC')).toBe(initialsOf('élise Đỗ'));
  });
});

describe('authorColour', () => {
  it('is stable for a fingerprint, and by name when there is none', () => {
    const a = { name: 'Nguyễn Văn An', fingerprint: 'ab'.repeat(32) };
    expect(authorColour(a)).toEqual(authorColour({ ...a, name: 'Another name' }));
    expect(authorColour({ name: 'Trần Bình', fingerprint: '' })).toEqual(authorColour({ name: ' trần  bình ', fingerprint: '' }));
    // Pinned: a colour must not move between versions.
    expect(authorColour(a)).toBe(AUTHOR_PALETTE[5]);
    expect(authorColour({ name: 'Trần Thị Bình', fingerprint: '' })).toBe(AUTHOR_PALETTE[2]);
    expect(AUTHOR_PALETTE.indexOf(authorColour({ name: '', fingerprint: '00'.repeat(32) }))).toBe(AUTHOR_PALETTE.indexOf(authorColour({ name: 'x', fingerprint: '00'.repeat(32) })));
  });

  it('spreads authors over the palette', () => {
    const used = new Set(Array.from({ length: 64 }, (_, i) => authorColour({ name: '', fingerprint: i.toString(16).padStart(64, '0') })));
    expect(used.size).toBeGreaterThanOrEqual(AUTHOR_PALETTE.length - 1);
  });

  it('every ink is readable (>= 4.5:1) on white and on its own tint, and tints are light', () => {
    for (const { ink, tint } of AUTHOR_PALETTE) {
      expect(contrast(ink, '#ffffff'), ink).toBeGreaterThanOrEqual(4.5);
      expect(contrast(ink, tint), `${ink} on ${tint}`).toBeGreaterThanOrEqual(4.5);
      expect(contrast('#1a1a1a', tint), `text on ${tint}`).toBeGreaterThanOrEqual(7);
    }
  });
});

describe('samePerson', () => {
  const me = { name: 'Nguyễn Văn An', fingerprint: 'ab'.repeat(32) };
  it('goes by fingerprint when both have one, never by the name then', () => {
    expect(samePerson({ name: 'An', fingerprint: me.fingerprint }, me)).toBe(true);
    expect(samePerson({ name: me.name, fingerprint: 'cd'.repeat(32) }, me)).toBe(false);
  });
  it('goes by name when the comment has no fingerprint', () => {
    expect(samePerson({ name: 'Nguyễn  Văn An', fingerprint: '' }, me)).toBe(true);
    expect(samePerson({ name: 'Trần Bình', fingerprint: '' }, me)).toBe(false);
    expect(samePerson({ name: '', fingerprint: '' }, { name: '', fingerprint: '' })).toBe(false);
  });
});
