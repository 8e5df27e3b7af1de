/**
 * Shared pieces of the importers: inline runs with marks (merged, trimmed, split below the
 * model's text limit) and the finished release, validated with releaseSchema. Text is put in
 * NFC here; U+00AD is kept (it may be TCVN3's "ư" waiting for the legacy converter).
 */
import { guessReleaseLanguage } from '../document/language';
import { createRelease, releaseSchema, type Asset, type PmNode, type Release, type ReleaseKind } from '../document/release';
import { MAX_BODY_DEPTH } from '../document/body-check';
import { IMPORT_STRUCTURE_LIMITS, ImportTooComplexError, checkChildren } from './limits';

export type Mark = NonNullable<PmNode['marks']>[number];

/** Longest text node written (the schema allows 100,000 characters). */
const MAX_RUN = 50_000;
/** Longest headline (the schema's short-text limit). */
const MAX_HEADLINE = 2_000;

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** NFC, without the BOM and control characters (tabs and line breaks kept). */
export function cleanImportedText(text: string): string {
  return text.replace(/^\ufeff/, '').replace(/\ufeff/g, '').replace(CONTROL, '').normalize('NFC');
}

function sameMarks(a: readonly Mark[] | undefined, b: readonly Mark[] | undefined): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}

/** Collects inline content: merges neighbouring runs with the same marks, drops empty ones. */
export class InlineBuilder {
  readonly nodes: PmNode[] = [];
  /** The last character, kept aside: reading it off a long merged run would flatten the run every time (quadratic). */
  private tail = '';

  text(text: string, marks: readonly Mark[] = []): void {
    if (text === '') return;
    this.tail = text[text.length - 1]!;
    const last = this.nodes.at(-1);
    if (last?.type === 'text' && sameMarks(last.marks, marks)) {
      last.text = (last.text ?? '') + text;
      return;
    }
    checkChildren(this.nodes.length + 1);
    this.nodes.push(marks.length > 0 ? { type: 'text', text, marks: marks.map((m) => ({ ...m })) } : { type: 'text', text });
  }

  hardBreak(): void {
    checkChildren(this.nodes.length + 1);
    this.nodes.push({ type: 'hardBreak' });
    this.tail = '';
  }

  /** The last character written ('' at the start or after a break). */
  lastChar(): string {
    return this.tail;
  }

  isEmpty(): boolean {
    return !this.nodes.some((n) => n.type === 'text' && (n.text ?? '').trim() !== '');
  }

  /** The runs with outer whitespace and breaks trimmed, NFC, split under the text limit. */
  finish(): PmNode[] {
    const nodes = this.nodes.map((n) => ({ ...n }));
    while (nodes.length > 0 && (nodes[0]!.type === 'hardBreak' || (nodes[0]!.text ?? '').trim() === '')) nodes.shift();
    while (nodes.length > 0 && (nodes.at(-1)!.type === 'hardBreak' || (nodes.at(-1)!.text ?? '').trim() === '')) nodes.pop();
    if (nodes.length === 0) return [];
    nodes[0]!.text = nodes[0]!.text?.trimStart();
    nodes[nodes.length - 1]!.text = nodes.at(-1)!.text?.trimEnd();
    const out: PmNode[] = [];
    for (const node of nodes) {
      if (node.type !== 'text') {
        out.push(node);
        continue;
      }
      const text = (node.text ?? '').normalize('NFC');
      for (const piece of splitText(text)) out.push({ ...node, text: piece });
    }
    return out;
  }
}

/** Pieces of at most MAX_RUN characters, never splitting a surrogate pair. */
function splitText(text: string): string[] {
  if (text.length <= MAX_RUN) return text === '' ? [] : [text];
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + MAX_RUN, text.length);
    const code = text.charCodeAt(end - 1);
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end--;
    pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces;
}

export function paragraphNode(content: PmNode[]): PmNode {
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

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
