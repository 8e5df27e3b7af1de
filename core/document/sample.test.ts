import { describe, expect, it } from 'vitest';
import sample from '../../assets/sample-release.json';
import englishSample from '../../assets/sample-release.en.json';
import { countWords } from '../vi/word-count';
import { packRelease, unpackRelease } from './file-format';
import { releasePlainText } from './plain-text';
import { documentFileSchema, type PmNode } from './release';
import { isSafeHref } from './schema-names';

const parsed = documentFileSchema.safeParse(sample);

const nodes = (list: PmNode[]): PmNode[] => list.flatMap((n) => [n, ...nodes(n.content ?? [])]);

describe('assets/sample-release.json', () => {
  it('is a valid PressDesk document file, version 1.4', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data?.version).toBe('1.4');
  });

  const release = parsed.data!.release;
  const all = nodes(release.body.content);

  it('is a news article from Điện Biên with a date, headline, sapo and pen name', () => {
    expect(release.kind).toBe('news');
    expect(release.dateline.place).toBe('Điện Biên');
    expect(release.dateline.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(release.headline).toContain('PressDesk');
    expect(countWords(release.sapo)).toBeGreaterThan(10);
    expect(release.author.penName).not.toBe('');
  });

  it('shows every block and mark the editor has', () => {
    const blockTypes = new Set(all.map((n) => n.type));
    for (const type of ['heading', 'paragraph', 'bulletList', 'orderedList', 'listItem', 'blockquote', 'text']) {
      expect(blockTypes, type).toContain(type);
    }
    const marks = all.flatMap((n) => n.marks ?? []);
    for (const type of ['bold', 'italic', 'underline', 'link']) expect(marks.map((m) => m.type), type).toContain(type);
    const hrefs = marks.filter((m) => m.type === 'link').map((m) => String(m.attrs?.['href']));
    expect(hrefs.every((h) => h.startsWith('https://') && isSafeHref(h))).toBe(true);
  });

  it('is NFC Vietnamese of a readable length', () => {
    const text = JSON.stringify(sample);
    expect(text.normalize('NFC')).toBe(text);
    expect(countWords(releasePlainText(release))).toBeGreaterThan(150);
  });

  it('survives a save and reopen unchanged', () => {
    expect(unpackRelease(packRelease(release)).release).toEqual(release);
  });
});

describe('assets/sample-release.en.json, the sample an English UI starts with', () => {
  const english = documentFileSchema.safeParse(englishSample);
  const shape = (n: PmNode): unknown => [n.type, n.attrs ?? null, (n.content ?? []).filter((c) => c.type !== 'text').map(shape)];

  it('is a valid document file of the same version, in English, NFC, of a readable length', () => {
    expect(english.error?.issues ?? []).toEqual([]);
    expect(english.data?.version).toBe(parsed.data?.version);
    const release = english.data!.release;
    expect(release.language).toBe('en');
    const text = JSON.stringify(englishSample);
    expect(text.normalize('NFC')).toBe(text);
    expect(countWords(releasePlainText(release))).toBeGreaterThan(150);
  });

  it('has the Vietnamese sample\'s structure, kind, place and marks', () => {
    const release = english.data!.release;
    const vi = parsed.data!.release;
    expect(shape(release.body)).toEqual(shape(vi.body));
    expect([release.kind, release.dateline.place]).toEqual([vi.kind, vi.dateline.place]);
    const marks = (r: typeof vi): string[] => [...new Set(nodes(r.body.content).flatMap((n) => (n.marks ?? []).map((m) => m.type)))].sort();
    expect(marks(release)).toEqual(marks(vi));
  });

  it('survives a save and reopen unchanged', () => {
    const release = english.data!.release;
    expect(unpackRelease(packRelease(release)).release).toEqual(release);
  });
});
