/**
 * Blocks made fit for a table cell (paragraphs only), for the import's tables and for a paste
 * into a cell (renderer/editor/extensions/cell-paste.ts). Apart from tables.ts, which reads
 * parsed HTML, so the editor's paste into a cell needs no HTML parser.
 */
import type { PmNode } from '../../document/release';

/** Blocks made fit for a cell: paragraphs only, the text of anything else kept as paragraphs. */
export function asCellParagraphs(blocks: readonly PmNode[]): PmNode[] {
  const out: PmNode[] = [];
  const walk = (node: PmNode): void => {
    if (node.type === 'paragraph') out.push(node);
    else if (node.type === 'heading') out.push({ type: 'paragraph', ...(node.content ? { content: node.content } : {}) });
    else if (node.type === 'figure') {
      if (node.content) out.push({ type: 'paragraph', content: node.content });
    } else for (const child of node.content ?? []) walk(child);
  };
  blocks.forEach(walk);
  return out.length > 0 ? out : [{ type: 'paragraph' }];
}
