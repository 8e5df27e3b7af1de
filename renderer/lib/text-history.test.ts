import { describe, expect, it } from 'vitest';
import { createTextHistory, NEW_STEP_AFTER_MS, type TextState } from './text-history';

/** Types `text` a character at a time, 50 ms apart, from the end of `history`'s state `from`. */
function type(history: ReturnType<typeof createTextHistory>, from: string, text: string, start = 0): string {
  let value = from;
  let t = start;
  for (const ch of text) {
    value += ch;
    history.record({ value, caret: value.length }, (t += 50));
  }
  return value;
}

const at = (value: string): TextState => ({ value, caret: value.length });

describe('field undo', () => {
  it('steps back a word at a time, not a character', () => {
    const h = createTextHistory(at(''));
    type(h, '', 'Hội nghị tổng kết');
    expect(h.undo()?.value).toBe('Hội nghị tổng ');
    expect(h.undo()?.value).toBe('Hội nghị ');
    expect(h.undo()?.value).toBe('Hội ');
    expect(h.undo()?.value).toBe('');
    expect(h.undo()).toBeNull();
    expect(h.canUndo).toBe(false);
  });

  it('redoes what was undone, and a new edit drops the redo steps', () => {
    const h = createTextHistory(at(''));
    type(h, '', 'Thông cáo');
    expect(h.undo()?.value).toBe('Thông ');
    expect(h.canRedo).toBe(true);
    expect(h.redo()?.value).toBe('Thông cáo');
    expect(h.redo()).toBeNull();
    h.undo();
    h.record(at('Thông x'), 10_000);
    expect(h.canRedo).toBe(false);
    expect(h.undo()?.value).toBe('Thông ');
  });

  it('a pause, a switch to deleting or a paste starts a new step', () => {
    const h = createTextHistory(at(''));
    const value = type(h, '', 'abc');
    h.record(at(value + 'd'), 50 * 3 + NEW_STEP_AFTER_MS + 1);
    expect(h.undo()?.value).toBe('abc');
    const h2 = createTextHistory(at(''));
    type(h2, '', 'abc');
    h2.record(at('ab'), 200);
    h2.record(at('a'), 250);
    h2.record(at('a dán vào đây'), 300);
    expect(h2.undo()?.value).toBe('a');
    expect(h2.undo()?.value).toBe('abc');
    expect(h2.undo()?.value).toBe('');
  });

  it('keeps the caret of each step', () => {
    const h = createTextHistory({ value: 'ab', caret: 1 });
    h.record({ value: 'aXb', caret: 2 }, 0);
    expect(h.undo()).toEqual({ value: 'ab', caret: 1 });
  });
});
