/**
 * Inline runs for the importers and the foreign-HTML cleaner: text with marks (merged, trimmed,
 * split below the model's text limit), breaks and inline atoms (footnotes). Text is put in NFC
 * here; U+00AD is kept (it may be TCVN3's "ư" waiting for the legacy converter). No zod, no
 * release schema: the paste path in the renderer uses this too.
 */
import type { PmNode } from '../document/release';
import { checkChildren } from './limits';

export type Mark = NonNullable<PmNode['marks']>[number];

/** Longest text node written (the schema allows 100,000 characters). */
const MAX_RUN = 50_000;

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

  /** An inline atom (a footnote): kept where it is, never trimmed away as whitespace. */
  atom(node: PmNode): void {
    checkChildren(this.nodes.length + 1);
    this.nodes.push(node);
    this.tail = 'x';
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
    return !this.nodes.some((n) => (n.type === 'text' && (n.text ?? '').trim() !== '') || isAtom(n));
  }

  /** The runs with outer whitespace and breaks trimmed, NFC, split under the text limit. */
  finish(): PmNode[] {
    const nodes = this.nodes.map((n) => ({ ...n }));
    const blank = (n: PmNode): boolean => !isAtom(n) && (n.type === 'hardBreak' || (n.text ?? '').trim() === '');
    while (nodes.length > 0 && blank(nodes[0]!)) nodes.shift();
    while (nodes.length > 0 && blank(nodes.at(-1)!)) nodes.pop();
    if (nodes.length === 0) return [];
    if (nodes[0]!.type === 'text') nodes[0]!.text = nodes[0]!.text?.trimStart();
    if (nodes.at(-1)!.type === 'text') nodes[nodes.length - 1]!.text = nodes.at(-1)!.text?.trimEnd();
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

const isAtom = (n: PmNode): boolean => n.type !== 'text' && n.type !== 'hardBreak';

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

