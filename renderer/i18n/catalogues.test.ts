import { describe, expect, it } from 'vitest';
// eslint-disable-next-line no-restricted-imports -- the test checks the catalogues against the contract's list
import { ERROR_CODES } from '../../electron/api';
import { en } from './en';
import { vi } from './vi';

function leaves(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof child === 'string') out.set(path, child);
    else for (const [k, v] of leaves(child, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (s: string): string[] => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();

describe('UI catalogues', () => {
  const viLeaves = leaves(vi);
  const enLeaves = leaves(en);

  it('vi and en have exactly the same keys', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...viLeaves.keys()].sort());
  });

  it('no string is empty and both use the same placeholders', () => {
    for (const [key, text] of viLeaves) {
      expect(text.trim(), key).not.toBe('');
      expect(enLeaves.get(key)?.trim(), key).not.toBe('');
      expect(placeholders(enLeaves.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('every error code of the bridge has a sentence in both languages', () => {
    for (const code of ERROR_CODES) {
      expect(vi.errors[code], code).toMatch(/\S/);
      expect(en.errors[code], code).toMatch(/\S/);
    }
  });

  it('Vietnamese strings are NFC', () => {
    for (const [key, text] of viLeaves) expect(text, key).toBe(text.normalize('NFC'));
  });
});
