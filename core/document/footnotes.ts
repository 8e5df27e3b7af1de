/**
 * Footnotes (issue 10) read from a body: the `footnote` nodes' texts in reading order, which is
 * their numbering (1, 2, ...) in the editor and in every export.
 */
import type { PmNode } from './release';

/** The text of one footnote node ('' when it has none). */
export function footnoteTextOf(node: PmNode): string {
  const text = node.attrs?.['text'];
  return typeof text === 'string' ? text : '';
}

/** Every footnote's text, in reading order. */
export function footnoteTexts(nodes: readonly PmNode[] | undefined, into: string[] = []): string[] {
  for (const node of nodes ?? []) {
    if (node.type === 'footnote') into.push(footnoteTextOf(node));
    else if (node.content) footnoteTexts(node.content, into);
  }
  return into;
}
