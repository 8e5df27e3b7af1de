/**
 * Shared pieces of the importers: inline runs with marks (merged, trimmed, split below the
 * model's text limit) and the finished release, validated with releaseSchema. Text is put in
 * NFC here; U+00AD is kept (it may be TCVN3's "ư" waiting for the legacy converter).
 */
import { guessReleaseLanguage } from '../document/language';
import { createRelease, releaseSchema, type Asset, type PmNode, type Release, type ReleaseKind } from '../document/release';
import { MAX_BODY_DEPTH } from '../document/body-check';
import { IMPORT_STRUCTURE_LIMITS, ImportTooComplexError } from './limits';

/** Longest headline (the schema's short-text limit). */
const MAX_HEADLINE = 2_000;

export { InlineBuilder, cleanImportedText, paragraphNode, type Mark } from './inline';

export interface ImportedParts {
  kind: ReleaseKind;
  headline: string;
  sapo?: string;
  penName?: string;
  blocks: PmNode[];
  assets?: readonly Asset[];
}

/**
 * The imported body within the schema's nesting depth and children per node, or a plain refusal
 * (the schema's own error would read as a bug). Iterative, one visit per node.
 */
function checkImportedShape(blocks: readonly PmNode[]): void {
  const stack: { nodes: readonly PmNode[]; depth: number }[] = [{ nodes: blocks, depth: 1 }];
  while (stack.length > 0) {
    const { nodes, depth } = stack.pop()!;
    if (depth > MAX_BODY_DEPTH) throw new ImportTooComplexError('body-depth');
    if (nodes.length > IMPORT_STRUCTURE_LIMITS.maxChildren) throw new ImportTooComplexError('body-size');
    for (const node of nodes) if (node.content) stack.push({ nodes: node.content, depth: depth + 1 });
  }
}

/** A new release from imported parts, validated (throws if the importer produced something invalid). */
export function finishRelease(parts: ImportedParts): Release {
  checkImportedShape(parts.blocks);
  const release = createRelease(parts.kind);
  let headline = parts.headline.replace(/\s+/g, ' ').trim().normalize('NFC');
  if (headline.length > MAX_HEADLINE) headline = headline.slice(0, MAX_HEADLINE);
  release.headline = headline;
  release.sapo = (parts.sapo ?? '').trim().normalize('NFC').slice(0, 100_000);
  release.author.penName = (parts.penName ?? '').trim().normalize('NFC').slice(0, MAX_HEADLINE);
  if (parts.blocks.length > 0) release.body = { type: 'doc', content: parts.blocks };
  const seen = new Set<string>();
  release.assets = (parts.assets ?? []).filter((a) => !seen.has(a.hash) && seen.add(a.hash));
  // An imported text says which language it is in; the officer can change it in Details.
  release.language = guessReleaseLanguage(release);
  return releaseSchema.parse(release);
}
