import { describe, expect, it } from 'vitest';
import { createRelease, type Release } from '../document/release';
import { normalizeJson, normalizeRelease, toNfc } from './nfc';

const DECOMPOSED = 'Tuye\u0302n gia\u0301o';
const COMPOSED = 'Tuy\u00ean gi\u00e1o'; // "Tuyên giáo"

/** True when no string anywhere in the value has a decomposed form left. */
function allNfc(value: unknown): boolean {
  return JSON.stringify(value) === JSON.stringify(value).normalize('NFC');
}

describe('toNfc', () => {
  it('composes Vietnamese written with combining marks', () => {
    expect(DECOMPOSED).not.toBe(COMPOSED);
    expect(toNfc(DECOMPOSED)).toBe(COMPOSED);
    expect(toNfc('Đie\u0323\u0302n Bie\u0302n')).toBe('Điện Biên');
    expect(toNfc(COMPOSED)).toBe(COMPOSED);
  });
});

describe('normalizeRelease', () => {
  const decomposed: Release = {
    ...createRelease('press'),
    headline: DECOMPOSED,
    subhead: DECOMPOSED,
    sapo: `Sa\u0301ng 8/1, ${DECOMPOSED}`,
    dateline: { place: 'Đie\u0323\u0302n Bie\u0302n', date: '2019-01-08' },
    author: { penName: 'Minh Anh' },
    contact: { name: DECOMPOSED, phone: '0215', email: 'a@b.vn' },
    embargo: { mode: 'until', at: '2026-12-01T09:00:00+07:00' },
    body: {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2, title: DECOMPOSED }, content: [{ type: 'text', text: DECOMPOSED }] },
        {
          type: 'paragraph',
          content: [{ type: 'text', text: DECOMPOSED, marks: [{ type: 'link', attrs: { href: `https://example.vn/${DECOMPOSED}`, title: DECOMPOSED } }] }],
        },
      ],
    },
  };

  it('composes every string: metadata, body text, node and link attrs', () => {
    expect(allNfc(decomposed)).toBe(false);
    const out = normalizeRelease(decomposed);
    expect(allNfc(out)).toBe(true);
    expect(out.headline).toBe(COMPOSED);
    expect(out.dateline.place).toBe('Điện Biên');
    expect(out.body.content[0]!.attrs).toEqual({ level: 2, title: COMPOSED });
    expect(out.body.content[1]!.content![0]!.text).toBe(COMPOSED);
    expect(out.body.content[1]!.content![0]!.marks![0]!.attrs).toEqual({ href: `https://example.vn/${COMPOSED}`, title: COMPOSED });
    // Non-strings survive as they were.
    expect(out.embargo).toEqual(decomposed.embargo);
    expect(out.body.content[0]!.attrs!['level']).toBe(2);
  });

  it('does not modify its input', () => {
    normalizeRelease(decomposed);
    expect(decomposed.headline).toBe(DECOMPOSED);
  });
});

describe('normalizeJson', () => {
  it('keeps a "__proto__" key as data instead of changing the prototype', () => {
    const out = normalizeJson(JSON.parse('{"__proto__":{"polluted":"Tuye\\u0302n"}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect((out as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({ polluted: 'Tuyên' });
  });

  it('leaves numbers, booleans and null alone', () => {
    expect(normalizeJson([1, true, null, { a: false }])).toEqual([1, true, null, { a: false }]);
  });
});
