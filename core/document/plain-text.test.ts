import { describe, expect, it } from 'vitest';
import { bodyPlainText, releasePlainText } from './plain-text';
import { createRelease, type PmNode, type ReleaseBody } from './release';

const text = (t: string, bold = false): PmNode => (bold ? { type: 'text', text: t, marks: [{ type: 'bold' }] } : { type: 'text', text: t });
const para = (...content: PmNode[]): PmNode => ({ type: 'paragraph', content });
const item = (t: string): PmNode => ({ type: 'listItem', content: [para(text(t))] });

const body: ReleaseBody = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [text('Tiêu đề')] },
    para(text('Sáng '), text('8/1', true), text(','), { type: 'hardBreak' }, text('dòng hai')),
    { type: 'bulletList', content: [item('một'), item('hai')] },
    { type: 'orderedList', content: [{ type: 'listItem', content: [para(text('ba')), { type: 'bulletList', content: [item('bốn')] }] }] },
    { type: 'blockquote', content: [para(text('“Trích”')), para(text('dẫn'))] },
    { type: 'paragraph' },
    para(text('hết')),
  ],
};

describe('bodyPlainText', () => {
  it('puts every textblock and list item on its own line, hard breaks too', () => {
    expect(bodyPlainText(body)).toBe(['Tiêu đề', 'Sáng 8/1,', 'dòng hai', 'một', 'hai', 'ba', 'bốn', '“Trích”', 'dẫn', '', 'hết'].join('\n'));
  });

  it('is empty for an empty document', () => {
    expect(bodyPlainText({ type: 'doc', content: [{ type: 'paragraph' }] })).toBe('');
    expect(bodyPlainText({ type: 'doc', content: [] })).toBe('');
  });
});

describe('releasePlainText', () => {
  it('is headline, subhead, sapo and body, skipping empty fields, without metadata', () => {
    const release = { ...createRelease('news', { place: 'Điện Biên', penName: 'Giao Tuyến' }), headline: 'Tít', sapo: 'Sapo', body };
    const out = releasePlainText(release);
    expect(out.startsWith('Tít\nSapo\nTiêu đề\n')).toBe(true);
    expect(out).not.toContain('Điện Biên');
    expect(out).not.toContain('Giao Tuyến');
    expect(releasePlainText(createRelease('press'))).toBe('');
  });
});
