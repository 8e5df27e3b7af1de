/**
 * The traditional-style (vi-DauCu) word list from the reformed one (vi-DauMoi, npm dictionary-vi):
 * every syllable in the traditional style, duplicates dropped, the count line rewritten.
 * Pure, so scripts/make-vi-dau-cu.ts writes it and a test checks the committed file against it.
 */
import { toTraditional } from '../vi/tone-style';

export function dauCuDictionary(dauMoi: string): string {
  const lines = dauMoi.split(/\r?\n/u);
  const words = new Set<string>();
  for (const line of lines.slice(1)) {
    const word = line.trim();
    if (word !== '') words.add(toTraditional(word));
  }
  return `${words.size}\n${[...words].join('\n')}\n`;
}
