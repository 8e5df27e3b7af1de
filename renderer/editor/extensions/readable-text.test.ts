// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { buildExtensions } from '../schema';
import { HIDDEN, readableText } from './readable-text';
import { destroyTestEditors, makeTestEditor } from './test-editor';

afterEach(destroyTestEditors);

describe('readableText', () => {
  it('hides a pending deletion and stands one hidden character per position for an inline node', () => {
    const e = makeTestEditor(
      '<p>Điện <del data-suggestion-id="s1" data-by="fp" data-name="Lan" data-initials="L" data-at="2026-11-28T10:00:00Z">cũ </del>Biên<br>mới</p>',
      buildExtensions(),
    );
    const block = e.state.doc.firstChild!;
    expect(block.content.childCount).toBeGreaterThan(2);
    const text = readableText(block);
    expect(text).toBe(`Điện ${HIDDEN.repeat(3)}Biên${HIDDEN}mới`);
    // Offsets in the text are offsets in the block: "mới" is where the document has it.
    const at = text.indexOf('mới');
    expect(e.state.doc.textBetween(1 + at, 1 + at + 3)).toBe('mới');
  });
});
