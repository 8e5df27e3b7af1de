import { describe, expect, it } from 'vitest';
import { countWords } from '../vi/word-count';
import { generateLongRelease } from './generate';
import { bodyPlainText } from './plain-text';
import { releaseSchema, type PmNode } from './release';

const types = (nodes: PmNode[]): string[] => nodes.flatMap((n) => [n.type, ...types(n.content ?? [])]);

describe('generateLongRelease', () => {
  it('produces a valid release with exactly the requested number of body words', () => {
    for (const words of [0, 1, 7, 150, 1_000, 20_000]) {
      const release = generateLongRelease(words);
      expect(releaseSchema.safeParse(release).success, `${words} words`).toBe(true);
      expect(countWords(bodyPlainText(release.body)), `${words} words`).toBe(words);
    }
  });

  it('is deterministic per seed and differs between seeds', () => {
    expect(generateLongRelease(2_000, 5)).toEqual(generateLongRelease(2_000, 5));
    expect(generateLongRelease(2_000, 5)).not.toEqual(generateLongRelease(2_000, 6));
  });

  it('has bold, a heading about every 800 words, a list and a quote', () => {
    const release = generateLongRelease(20_000);
    const all = types(release.body.content);
    const headings = all.filter((t) => t === 'heading').length;
    expect(headings).toBeGreaterThanOrEqual(20);
    expect(headings).toBeLessThanOrEqual(26);
    expect(all).toContain('bulletList');
    expect(all).toContain('blockquote');
    expect(JSON.stringify(release.body)).toContain('"type":"bold"');
    // Vietnamese, in NFC, with no empty text nodes (ProseMirror refuses those).
    const json = JSON.stringify(release);
    expect(json).toMatch(/Điện Biên|Tỉnh ủy/);
    expect(json.normalize('NFC')).toBe(json);
    expect(json).not.toContain('"text":""');
  });
});
