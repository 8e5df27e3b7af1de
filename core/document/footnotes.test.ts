import { describe, expect, it } from 'vitest';
import { checkBody } from './body-check';
import { FOOTNOTE_MAX_CHARS } from './body-schema';
import { footnoteTexts } from './footnotes';
import { NOTE_TEXTS, marksFootnotesBody } from './marks-footnotes.fixture';
import { releasePlainText } from './plain-text';
import { createRelease } from './release';

const para = (...content: unknown[]) => ({ type: 'doc', content: [{ type: 'paragraph', content }] });

describe('strike, subscript, superscript and footnotes in the body schema', () => {
  it('accepts the fixture: the three marks and footnotes in a heading, a paragraph and a list item', () => {
    expect(checkBody(marksFootnotesBody())).toBeNull();
  });

  it('refuses a run that is subscript and superscript at once', () => {
    const body = para({ type: 'text', text: '2', marks: [{ type: 'subscript' }, { type: 'superscript' }] });
    expect(checkBody(body)).not.toBeNull();
    expect(checkBody(para({ type: 'text', text: '2', marks: [{ type: 'strike' }, { type: 'superscript' }] }))).toBeNull();
  });

  it(`holds a footnote's text to ${FOOTNOTE_MAX_CHARS} characters, and to text`, () => {
    expect(checkBody(para({ type: 'footnote', attrs: { text: 'x'.repeat(FOOTNOTE_MAX_CHARS) } }))).toBeNull();
    expect(checkBody(para({ type: 'footnote', attrs: { text: 'x'.repeat(FOOTNOTE_MAX_CHARS + 1) } }))?.problem).toMatch(/at most 4000/);
    expect(checkBody(para({ type: 'footnote', attrs: { text: 5 } }))).not.toBeNull();
  });

  it('refuses a footnote with content or outside inline content', () => {
    expect(checkBody(para({ type: 'footnote', attrs: { text: 'a' }, content: [{ type: 'text', text: 'b' }] }))).not.toBeNull();
    expect(checkBody({ type: 'doc', content: [{ type: 'footnote', attrs: { text: 'a' } }] })).not.toBeNull();
  });

  it('lists the notes in reading order', () => {
    expect(footnoteTexts(marksFootnotesBody().content)).toEqual([...NOTE_TEXTS]);
  });

  it("counts the notes' words after the body in the status bar's text", () => {
    const release = { ...createRelease('news'), headline: 'Tin', body: marksFootnotesBody() };
    const text = releasePlainText(release);
    expect(text.endsWith(NOTE_TEXTS.join('\n'))).toBe(true);
    expect(text).toContain('Diện tích 120 m2, giá 5 tỷ 4 tỷ đồng theo quy định.');
  });
});
