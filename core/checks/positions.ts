/**
 * ProseMirror positions computed from the body JSON, exactly as ProseMirror sizes nodes: a text
 * node counts its length (UTF-16 units), a leaf node (hardBreak, footnote) counts 1, any other node counts
 * 2 (open and close) plus its content. The doc's own content starts at position 0, so a top-level
 * node's position is the sum of the sizes of the nodes before it.
 */
import type { PmNode } from '../document/release';

/** Nodes without content in PressDesk's schema (besides text). */
const LEAF_NODES = new Set(['hardBreak', 'footnote']);
/** Nodes whose content is inline text: the places text findings point at. */
export const TEXTBLOCK_NODES = new Set(['paragraph', 'heading', 'figure']);

export function nodeSize(node: PmNode): number {
  if (node.type === 'text') return node.text?.length ?? 0;
  if (LEAF_NODES.has(node.type)) return 1;
  let size = 2;
  for (const child of node.content ?? []) size += nodeSize(child);
  return size;
}

export interface PositionedNode {
  node: PmNode;
  /** The position before the node (what doc.nodeAt(pos) takes). */
  pos: number;
}

/** Every block node of the body with its position, in document order (depth first). */
export function blockNodes(body: { content?: PmNode[] }): PositionedNode[] {
  const out: PositionedNode[] = [];
  const walk = (nodes: PmNode[] | undefined, start: number): void => {
    let pos = start;
    for (const node of nodes ?? []) {
      if (node.type !== 'text' && !LEAF_NODES.has(node.type)) {
        out.push({ node, pos });
        if (!TEXTBLOCK_NODES.has(node.type)) walk(node.content, pos + 1);
      }
      pos += nodeSize(node);
    }
  };
  walk(body.content, 0);
  return out;
}

/** The plain text of a textblock's inline content (hard breaks as newlines). */
export function inlineText(node: PmNode): string {
  return (node.content ?? []).map((n) => (n.type === 'text' ? (n.text ?? '') : n.type === 'hardBreak' ? '\n' : '')).join('');
}
