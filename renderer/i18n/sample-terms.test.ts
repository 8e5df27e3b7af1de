/**
 * The first-start sample names parts of the UI ("the New button", "thẻ Thông tin"): each sample
 * must name them as the UI of its language does, or a new user looks for a "menu Tệp" or a
 * "khung Chi tiết" that is not there (issue 8).
 */
import { describe, expect, it } from 'vitest';
import viSample from '../../assets/sample-release.json';
import enSample from '../../assets/sample-release.en.json';
import { releasePlainText } from '../../core/document/plain-text';
import type { Release } from '../../core/document/release';
import { en } from './en';
import { vi, type Catalogue } from './vi';

function leaves(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof child === 'string') out.set(path, child);
    else for (const [k, v] of leaves(child, path)) out.set(k, v);
  }
  return out;
}

/** The catalogue keys of the UI parts each sample tells the reader to use. */
const NAMED = ['file.new', 'file.save', 'panel.details', 'kind.news', 'kind.press', 'kind.notice'];

/**
 * Where a sample calls something by its UI name: vi "nút Mới", "thẻ Thông tin", "menu Tệp", "khung
 * Chi tiết" (a capital, then up to three more words: Vietnamese names are sentence case); en "the
 * New button", "the Details tab" (the capitalised words).
 */
const UI_WORDS: Record<'vi' | 'en', RegExp> = {
  vi: /(?:nút|thẻ|menu|khung|mục|hộp thoại|bảng)\s+(\p{Lu}[\p{L}…]*(?:\s[\p{L}…]+){0,3})/gu,
  en: /\bthe\s+(\p{Lu}[\p{L}…]*(?:\s\p{Lu}[\p{L}…]*)*)\s+(?:button|tab|menu|panel|dialog|pane)\b/gu,
};

/** The words after "thẻ" may run on into the sentence: some leading words must be a UI string. */
const namesSomething = (words: string, values: Set<string>): boolean =>
  words.split(/\s/).some((_, i, all) => values.has(all.slice(0, i + 1).join(' ')));

const cases = [
  { language: 'vi' as const, sample: viSample, catalogue: vi },
  { language: 'en' as const, sample: enSample, catalogue: en },
];

describe.each(cases)('the first-start sample in $language', ({ language, sample, catalogue }) => {
  const release = sample.release as unknown as Release;
  const text = [release.headline, release.sapo, releasePlainText(release)].join('\n');
  const lower = text.toLocaleLowerCase(language);
  const strings = leaves(catalogue as Catalogue);
  const values = new Set([...strings.values()]);

  it('is written in that language', () => {
    expect(release.language).toBe(language);
  });

  it('names the New button, Save, the Details tab and the three kinds as the UI does', () => {
    for (const key of NAMED) {
      const name = strings.get(key)!;
      expect(name, key).toBeDefined();
      // Kinds run in a sentence in lower case in Vietnamese ("tin bài, thông cáo báo chí hoặc thông cáo").
      expect(lower, `${key}: ${name}`).toContain(name.toLocaleLowerCase(language));
    }
  });

  it('every UI part it calls by name has that name in the catalogue', () => {
    const named = [...text.matchAll(UI_WORDS[language])].map((m) => m[1]!);
    expect(named.length).toBeGreaterThanOrEqual(2);
    for (const name of named) expect(namesSomething(name, values), name).toBe(true);
  });
});

describe('the check itself', () => {
  it('catches the names issue 8 found in the old sample', () => {
    const named = [...'Mở menu Tệp, rồi điền ở khung Chi tiết bên phải.'.matchAll(UI_WORDS.vi)].map((m) => m[1]!);
    expect(named).toEqual(['Tệp', 'Chi tiết bên phải']);
    expect(namesSomething('Chi tiết bên phải', new Set(leaves(vi).values()))).toBe(false);
    expect(namesSomething('Thông tin bên phải', new Set(leaves(vi).values()))).toBe(true);
    expect([...'Open the File menu or the Properties pane.'.matchAll(UI_WORDS.en)].map((m) => m[1])).toEqual(['File', 'Properties']);
  });
});
