import { EditorState, TextSelection } from '@tiptap/pm/state';
import { Schema } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { pasteGateKey, pasteGatePlugin } from './paste-gate';

const schema = new Schema({ nodes: { doc: { content: 'paragraph+' }, paragraph: { content: 'text*', toDOM: () => ['p', 0] }, text: {} } });

describe('the paste gate keeps a waiting paste’s selection', () => {
  it('maps it through the edits made while it waits, and forgets it once pasted', () => {
    let state = EditorState.create({ schema, doc: schema.node('doc', null, [schema.node('paragraph', null, [schema.text('Đoạn một.')])]), plugins: [pasteGatePlugin()] });
    const end = state.doc.content.size - 1;
    state = state.apply(state.tr.setMeta(pasteGateKey, { add: { id: 7, selection: TextSelection.create(state.doc, 1, end) } }));
    expect(pasteGateKey.getState(state)!.map((w) => [w.selection.from, w.selection.to])).toEqual([[1, end]]);
    // Typed before the selection while the paste waits: the selection moves with its text.
    state = state.apply(state.tr.insertText('Mở đầu. ', 1));
    expect(pasteGateKey.getState(state)!.map((w) => [w.selection.from, w.selection.to])).toEqual([[1 + 8, end + 8]]);
    expect(state.doc.textBetween(9, end + 8)).toBe('Đoạn một.');
    state = state.apply(state.tr.setMeta(pasteGateKey, { remove: 7 }));
    expect(pasteGateKey.getState(state)).toEqual([]);
  });

  it('costs nothing per keystroke while no paste waits', () => {
    let state = EditorState.create({ schema, plugins: [pasteGatePlugin()] });
    const before = pasteGateKey.getState(state);
    state = state.apply(state.tr.insertText('a', 1));
    expect(pasteGateKey.getState(state)).toBe(before);
  });
});
