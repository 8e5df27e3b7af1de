import { describe, expect, it } from 'vitest';
import { kitchenSinkRelease } from '../document/kitchen-sink';
import type { PmNode } from '../document/release';
import { blockNodes, nodeSize } from './positions';

/**
 * An independent reckoning: flatten the doc's content into ProseMirror tokens — one per open and
 * close of a non-leaf node, one per leaf, one per UTF-16 unit of text — and note where each block opens.
 */
function tokenPositions(content: PmNode[]): { type: string; pos: number }[] {
  const out: { type: string; pos: number }[] = [];
  let pos = 0;
  const walk = (node: PmNode): void => {
    if (node.type === 'text') {
      pos += (node.text ?? '').length;
    } else if (node.type === 'hardBreak') {
      pos += 1;
    } else {
      out.push({ type: node.type, pos });
      pos += 1;
      (node.content ?? []).forEach(walk);
      pos += 1;
    }
  };
  content.forEach(walk);
  return out;
}

describe('body positions', () => {
  const { release } = kitchenSinkRelease();

  it('every block of the kitchen sink is where the token walk puts it', () => {
    const blocks = blockNodes(release.body);
    // blockNodes does not descend into textblocks (no blocks there), so both lists agree.
    expect(blocks.map((b) => ({ type: b.node.type, pos: b.pos }))).toEqual(tokenPositions(release.body.content));
    expect(blocks.filter((b) => b.node.type === 'figure')).toHaveLength(2);
  });

  it('sizes: text by length, leaves 1, other nodes 2 + content', () => {
    expect(nodeSize({ type: 'text', text: 'Điện' })).toBe(4);
    expect(nodeSize({ type: 'hardBreak' })).toBe(1);
    expect(nodeSize({ type: 'paragraph' })).toBe(2);
    expect(nodeSize({ type: 'paragraph', content: [{ type: 'text', text: 'ab' }, { type: 'hardBreak' }, { type: 'text', text: 'c' }] })).toBe(6);
    const total = release.body.content.reduce((sum, n) => sum + nodeSize(n), 0);
    expect(nodeSize(release.body)).toBe(total + 2);
  });
});
