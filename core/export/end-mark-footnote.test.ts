import { describe, expect, it } from 'vitest';
import type { PmNode } from '../document/release';
import { bodyWithEndMark } from './end-mark';

const note = (text: string): PmNode => ({ type: 'footnote', attrs: { text } });
const p = (...content: PmNode[]): PmNode => ({ type: 'paragraph', content });
const txt = (text: string): PmNode => ({ type: 'text', text });

describe('the end mark when the last paragraph ends with a footnote (issue 10)', () => {
  it('goes after the last word, before the note, so ./. is never split by the note number (it read "ngày.¹/.")', () => {
    expect(bodyWithEndMark([p(txt('Hội nghị kết thúc cùng ngày.'), note('Theo Văn phòng.'))])).toEqual([p(txt('Hội nghị kết thúc cùng ngày.'), txt('/.'), note('Theo Văn phòng.'))]);
    expect(bodyWithEndMark([p(txt('Số liệu sơ bộ'), note('a'), note('b'))])).toEqual([p(txt('Số liệu sơ bộ'), txt('./.'), note('a'), note('b'))]);
  });

  it('a note inside the text leaves the mark at the end as before', () => {
    expect(bodyWithEndMark([p(txt('Kết quả'), note('a'), txt(' được công bố.'))])).toEqual([p(txt('Kết quả'), note('a'), txt(' được công bố.'), txt('/.'))]);
  });
});
