import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { BLOCK_NODE_NAMES, INLINE_NODE_NAMES, MARK_NAMES } from '../../core/document/schema-names';
import { buildExtensions } from './schema';

describe('editor schema', () => {
  const schema = getSchema(buildExtensions());

  it('has exactly the node names the file format knows', () => {
    expect(Object.keys(schema.nodes).sort()).toEqual([...BLOCK_NODE_NAMES, ...INLINE_NODE_NAMES].sort());
  });

  it('has exactly the mark names the file format knows', () => {
    expect(Object.keys(schema.marks).sort()).toEqual([...MARK_NAMES].sort());
  });
});
