/**
 * Anchors under edits (issue 9): the comment mark in the editor's schema, driven by ProseMirror
 * transactions as typing, deleting and splitting make them.
 */
import { getSchema } from '@tiptap/core';
import { Node } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { anchoredThreadIds, orphanThreads } from '../../../core/review/threads';
import { kitchenSinkReviewRelease } from '../../../core/document/kitchen-sink-review';
import type { PmNode } from '../../../core/document/release';
import { buildExtensions } from '../schema';
import { sliceWithoutAnchors } from './comment-mark';

const schema = getSchema(buildExtensions());
const comment = (thread: string) => schema.marks['comment']!.create({ thread });

/** "Hội nghị [tổng kết] năm 2026" with "tổng kết" anchored to t1 (positions: text starts at 1). */
function start(): EditorState {
  const doc = schema.node('doc', null, [
    schema.node('paragraph', null, [schema.text('Hội nghị '), schema.text('tổng kết', [comment('t1')]), schema.text(' năm 2026')]),
  ]);
  return EditorState.create({ doc, schema });
}

const FROM = 1 + 'Hội nghị '.length;
const TO = FROM + 'tổng kết'.length;

/** The text each thread's anchor covers, joined across runs. */
function anchored(state: EditorState): Record<string, string> {
  const out: Record<string, string> = {};
  state.doc.descendants((node) => {
    for (const mark of node.marks) if (mark.type.name === 'comment') out[mark.attrs['thread'] as string] = (out[mark.attrs['thread'] as string] ?? '') + node.text;
    return true;
  });
  return out;
}

/** Types `text` with the caret at `pos`, as the editor does (stored marks from the position). */
function typeAt(state: EditorState, pos: number, text: string): EditorState {
  const placed = state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos)));
  const marks = placed.storedMarks ?? placed.selection.$from.marks();
  return placed.apply(placed.tr.insert(pos, schema.text(text, marks)));
}

describe('comment anchors under edits', () => {
  it('typing at either edge stays outside the anchor (not inclusive); typing inside stays inside', () => {
    expect(anchored(typeAt(start(), TO, ' công tác'))).toEqual({ t1: 'tổng kết' });
    expect(anchored(typeAt(start(), FROM, 'buổi '))).toEqual({ t1: 'tổng kết' });
    expect(anchored(typeAt(start(), FROM + 'tổng'.length, ' sơ'))).toEqual({ t1: 'tổng sơ kết' });
  });

  it('overlapping anchors of two threads keep both ids', () => {
    const state = start();
    const both = state.apply(state.tr.addMark(FROM + 'tổng '.length, TO + ' năm'.length, comment('t2')));
    expect(anchored(both)).toEqual({ t1: 'tổng kết', t2: 'kết năm' });
  });

  it('splitting the paragraph inside an anchor keeps it on both halves', () => {
    const state = start();
    const split = state.apply(state.tr.split(FROM + 'tổng'.length));
    expect(split.doc.childCount).toBe(2);
    expect(anchored(split)).toEqual({ t1: 'tổng kết' });
  });

  it('deleting the anchored text removes the mark: the thread becomes an orphan, never dropped', () => {
    const { release } = kitchenSinkReviewRelease();
    const state = start();
    const deleted = state.apply(state.tr.delete(FROM - 1, TO));
    expect(anchored(deleted)).toEqual({});
    const body = deleted.doc.toJSON() as { content: PmNode[] };
    const threads = [{ ...release.threads[0]!, id: 't1' }];
    expect(anchoredThreadIds(body)).toEqual([]);
    expect(orphanThreads(threads, body).map((t) => t.id)).toEqual(['t1']);
    // Undo (the inverse step) brings the anchor back.
    const undone = deleted.apply(deleted.tr.insert(FROM - 1, state.doc.slice(FROM - 1, TO).content));
    expect(anchored(undone)).toEqual({ t1: 'tổng kết' });
  });

  it('round-trips through JSON with both anchors', () => {
    const state = start();
    const json = state.apply(state.tr.addMark(1, 4, comment('t2'))).doc.toJSON() as unknown;
    expect(anchored(EditorState.create({ doc: Node.fromJSON(schema, json), schema }))).toEqual({ t1: 'tổng kết', t2: 'Hội' });
  });

  it('a paste brings no anchors: its text and other marks stay', () => {
    const state = start();
    const copied = state.apply(state.tr.addMark(FROM, TO, schema.marks['bold']!.create())).doc.slice(1, TO);
    const pasted = sliceWithoutAnchors(copied);
    expect(pasted.content.textBetween(0, pasted.content.size)).toBe('Hội nghị tổng kết');
    const marks: string[] = [];
    pasted.content.descendants((node) => {
      marks.push(...node.marks.map((m) => m.type.name));
      return true;
    });
    expect(marks).toEqual(['bold']);
    expect([pasted.openStart, pasted.openEnd]).toEqual([copied.openStart, copied.openEnd]);
  });
});
