// @vitest-environment jsdom
import { Editor, type JSONContent } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { blockNodes, runPreflight } from '../../core/checks';
import { kitchenSinkRelease } from '../../core/document/kitchen-sink';
import { buildExtensions } from '../editor/schema';

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

describe('preflight body positions in a real editor', () => {
  it('every block position computed from the JSON is that node in the TipTap document', () => {
    const { release } = kitchenSinkRelease();
    editor = new Editor({ element: document.createElement('div'), extensions: buildExtensions(), content: release.body as JSONContent, injectCSS: false });
    const doc = editor.state.doc;
    const blocks = blockNodes(release.body);
    expect(blocks.length).toBeGreaterThan(20);
    for (const { node, pos } of blocks) expect(doc.nodeAt(pos)?.type.name, `at ${pos}`).toBe(node.type);
  });

  it('a figure finding points at the figure node', () => {
    const { release } = kitchenSinkRelease();
    const content = release.body.content.map((n) => (n.type === 'figure' && n.attrs?.['lead'] !== true ? { ...n, attrs: { ...n.attrs, alt: '' } } : n));
    const body = { type: 'doc' as const, content };
    editor = new Editor({ element: document.createElement('div'), extensions: buildExtensions(), content: body as JSONContent, injectCSS: false });
    const findings = runPreflight({ ...release, body: editor.getJSON() as typeof body }, new Date('2019-01-08T00:00:00Z'));
    expect(findings.map((f) => f.ruleId)).toEqual(['figure.alt']);
    const target = findings[0]!.target;
    expect('bodyPos' in target && target.figureIndex).toBe(1);
    const node = 'bodyPos' in target ? editor.state.doc.nodeAt(target.bodyPos) : null;
    expect(node?.type.name).toBe('figure');
    expect(node?.attrs['credit']).toBe('Ảnh: Minh Anh');
  });
});
