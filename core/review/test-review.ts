/**
 * Test helpers for the review diff and merge (tests only): bodies from paragraphs, and the text
 * a body reads as once every suggestion is accepted or rejected.
 */
import type { PmNode } from '../document/release';
import type { Body } from './diff';

export const para = (...content: PmNode[]): PmNode => ({ type: 'paragraph', content });
export const txt = (text: string, ...marks: NonNullable<PmNode['marks']>): PmNode =>
  marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text };
export const doc = (...content: PmNode[]): Body => ({ type: 'doc', content });
export const paras = (...texts: string[]): Body => doc(...texts.map((t) => para(txt(t))));

const has = (node: PmNode, type: string): boolean => (node.marks ?? []).some((m) => m.type === type);

/** Each block's text, one string per text block, with suggestions of `drop` left out. */
function readAs(body: Body, drop: 'insertion' | 'deletion' | ''): string[] {
  const out: string[] = [];
  const walk = (nodes: readonly PmNode[]): void => {
    for (const node of nodes) {
      if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'figure') {
        const text = (node.content ?? [])
          .filter((n) => !has(n, drop))
          .map((n) => n.text ?? '\n')
          .join('');
        // A block whose every word was a dropped suggestion is gone once it is decided.
        if (text !== '' || (node.content ?? []).length === 0) out.push(text);
      } else walk(node.content ?? []);
    }
  };
  walk(body.content);
  return out;
}

export const acceptedText = (body: Body): string[] => readAs(body, 'deletion');
export const rejectedText = (body: Body): string[] => readAs(body, 'insertion');
/** Each text block's text, suggestions and all. */
export const plainText = (body: Body): string[] => readAs(body, '');

/** Every mark of a type in a body, in order. */
export function marksOf(body: { content?: PmNode[] }, type: string): NonNullable<PmNode['marks']> {
  const out: NonNullable<PmNode['marks']> = [];
  const walk = (nodes: readonly PmNode[]): void => {
    for (const node of nodes) {
      for (const mark of node.marks ?? []) if (mark.type === type) out.push(mark);
      walk(node.content ?? []);
    }
  };
  walk(body.content ?? []);
  return out;
}

/** The text carrying marks of a type with a given attribute, joined per run: e.g. all of suggestion "d1". */
export function textWith(body: { content?: PmNode[] }, type: string, attr: string, value: string): string {
  let out = '';
  const walk = (nodes: readonly PmNode[]): void => {
    for (const node of nodes) {
      if ((node.marks ?? []).some((m) => m.type === type && m.attrs?.[attr] === value)) out += node.text ?? '\n';
      walk(node.content ?? []);
    }
  };
  walk(body.content ?? []);
  return out;
}
