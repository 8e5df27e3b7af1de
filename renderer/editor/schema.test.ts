import { getSchema } from '@tiptap/core';
import { Node, type MarkType, type NodeType, type Schema } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { checkBody } from '../../core/document/body-check';
import { bodyPmSchema } from '../../core/document/body-schema';
import { kitchenSinkRelease } from '../../core/document/kitchen-sink';
import { BLOCK_NODE_NAMES, INLINE_NODE_NAMES, MARK_NAMES } from '../../core/document/schema-names';
import { buildExtensions } from './schema';

/** Everything in a node spec that decides which documents are valid and how they behave, minus rendering. */
const NODE_KEYS = ['content', 'group', 'inline', 'atom', 'marks', 'defining', 'definingAsContext', 'definingForContent', 'isolating', 'draggable', 'selectable', 'code', 'whitespace'] as const;
const MARK_KEYS = ['inclusive', 'excludes', 'group', 'spanning'] as const;

const defined = (o: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
const attrDefaults = (attrs: Record<string, { default?: unknown }> | undefined) =>
  Object.fromEntries(Object.entries(attrs ?? {}).map(([name, spec]) => [name, spec.default]));

type Spec = Record<string, unknown>;

/** A comparable picture of a schema: names in order, then each type's validity-relevant spec and attribute defaults. */
function shape(schema: Schema): { nodes: Record<string, Spec>; marks: Record<string, Spec> } & Spec {
  const node = (t: NodeType): Spec => ({ ...defined(Object.fromEntries(NODE_KEYS.map((k) => [k, t.spec[k]]))), attrs: attrDefaults(t.spec.attrs) });
  const mark = (t: MarkType): Spec => ({ ...defined(Object.fromEntries(MARK_KEYS.map((k) => [k, t.spec[k]]))), attrs: attrDefaults(t.spec.attrs) });
  return {
    top: schema.topNodeType.name,
    nodes: Object.fromEntries(Object.values(schema.nodes).map((t) => [t.name, node(t)])),
    nodeOrder: Object.keys(schema.nodes),
    marks: Object.fromEntries(Object.values(schema.marks).map((t) => [t.name, mark(t)])),
    markOrder: Object.keys(schema.marks),
    // What the content expressions compile to: which marks each node allows inside it.
    markSets: Object.fromEntries(Object.values(schema.nodes).map((t) => [t.name, t.markSet?.map((m) => m.name) ?? 'all'])),
  };
}

describe('editor schema', () => {
  const schema = getSchema(buildExtensions());

  it('has exactly the node names the file format knows', () => {
    expect(Object.keys(schema.nodes).sort()).toEqual([...BLOCK_NODE_NAMES, ...INLINE_NODE_NAMES].sort());
  });

  it('has exactly the mark names the file format knows', () => {
    expect(Object.keys(schema.marks).sort()).toEqual([...MARK_NAMES].sort());
  });

  it("equals core's body schema: nodes, marks, content expressions, groups, attribute names and defaults", () => {
    expect(shape(bodyPmSchema)).toEqual(shape(schema));
  });

  it('would notice a difference (a changed content expression, attribute default or mark flag)', () => {
    const editor = shape(schema);
    const changed = structuredClone(editor);
    changed.nodes['listItem']!['content'] = 'block+';
    expect(changed).not.toEqual(editor);
    const attr = structuredClone(editor);
    (attr.nodes['figure']!['attrs'] as Record<string, unknown>)['width'] = 'half';
    expect(attr).not.toEqual(editor);
    const flag = structuredClone(editor);
    flag.marks['link']!['inclusive'] = false;
    expect(flag).not.toEqual(editor);
  });

  it("a body the editor builds and writes back passes core's check unchanged", () => {
    const body = kitchenSinkRelease().release.body;
    const written = Node.fromJSON(schema, body).toJSON() as unknown;
    expect(checkBody(written)).toBeNull();
    // And core reads it back to the same document the editor holds.
    expect(Node.fromJSON(bodyPmSchema, written).toJSON()).toEqual(written);
  });
});
