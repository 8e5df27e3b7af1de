/**
 * How much structure an imported text, Markdown or HTML file may have. The importers check these
 * as they go (cheap counters, no extra pass over a tree), so their work stays linear in the input
 * and a hostile file is refused with `ImportTooComplexError` instead of running for minutes.
 */

export const IMPORT_STRUCTURE_LIMITS = Object.freeze({
  // Saved portal pages nest <div>s 30-60 deep; Blink's own HTML parser caps the tree at 512.
  // htmlparser2 keeps its open-element stack with unshift (linear per tag), so this bound is
  // also what keeps parsing linear.
  maxHtmlDepth: 256,
  // Tags a page may open: a long portal page with all its furniture has ~20,000; each costs a
  // few hundred bytes of DOM, so 200,000 stay well under 100 MB.
  maxHtmlElements: 200_000,
  // Quote and list levels in Markdown: Word allows 9 list levels, editors rarely show more than 6.
  maxMarkdownDepth: 32,
  // Nested emphasis and links inside one Markdown paragraph.
  maxInlineDepth: 32,
  // A nested Markdown block re-reads its lines once per level; this many readings per line of the
  // file (plus a fixed allowance) bound the whole parse to linear work.
  markdownLineReadsPerLine: 4,
  markdownLineReadsAllowance: 100_000,
  // Children of one node (blocks of the body, items of a list): the release schema's own bound.
  maxChildren: 200_000,
});

export type ImportLimitReason = 'html-depth' | 'html-elements' | 'markdown-depth' | 'markdown-work' | 'body-depth' | 'body-size';

export class ImportTooComplexError extends Error {
  constructor(readonly reason: ImportLimitReason) {
    super(`import refused: ${reason}`);
    this.name = 'ImportTooComplexError';
  }
}

/** Refuses a node with more children than the schema allows, as soon as an importer gets there (not after building them all). */
export function checkChildren(count: number): void {
  if (count > IMPORT_STRUCTURE_LIMITS.maxChildren) throw new ImportTooComplexError('body-size');
}

/**
 * An upper bound on the elements an HTML text opens: every `<` followed by a letter. One linear
 * pass over the text, before the parser builds anything.
 */
export function countHtmlTags(html: string): number {
  let count = 0;
  for (let i = html.indexOf('<'); i >= 0 && i < html.length - 1; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1) | 0x20; // lower-cased ASCII letter
    if (c >= 0x61 && c <= 0x7a) count++;
  }
  return count;
}
