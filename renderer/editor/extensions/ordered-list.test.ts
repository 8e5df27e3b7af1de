// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { checkBody } from '../../../core/document/body-check';
import { buildExtensions } from '../schema';
import { listStart } from './ordered-list';
import { destroyTestEditors, makeTestEditor } from './test-editor';

afterEach(destroyTestEditors);

describe('ordered list start', () => {
  it('is a whole number whatever a pasted <ol start> says', () => {
    expect([listStart('3'), listStart(' -2 '), listStart('0'), listStart('x'), listStart(''), listStart('1.5'), listStart('1e30'), listStart(null)]).toEqual([3, -2, 0, 1, 1, 1, 1, 1]);
  });

  it('pasted HTML with a bad start gives a body that passes the file check', () => {
    const editor = makeTestEditor('<ol start="x"><li><p>a</p></li></ol><ol start="7"><li><p>b</p></li></ol>', buildExtensions());
    const body = editor.getJSON();
    expect(body.content?.map((n) => n.attrs?.['start'])).toEqual([1, 7]);
    expect(checkBody(body)).toBeNull();
  });
});
