import { describe, expect, it } from 'vitest';
import { guessLang, guessReleaseLanguage, releaseSampleText } from './language';

describe('guessLang', () => {
  it('reads Vietnamese when one word in twelve carries a Vietnamese letter, English otherwise, Vietnamese when empty', () => {
    expect(guessLang('Hội nghị tổng kết công tác năm 2026')).toBe('vi');
    expect(guessLang('The province opened a new school on Monday')).toBe('en');
    expect(guessLang('')).toBe('vi');
    expect(guessLang(`${'word '.repeat(11)}Điện`)).toBe('vi');
    expect(guessLang(`${'word '.repeat(12)}Điện`)).toBe('en');
  });
});

describe('releaseSampleText', () => {
  it('reads headline, subhead, sapo and the body’s text from a document.json not yet validated', () => {
    const raw = { headline: 'A', subhead: 7, sapo: 'B', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'C' }, null] }, 'x'] } };
    expect(releaseSampleText(raw)).toBe('A B C');
    expect(releaseSampleText({ body: null })).toBe('');
    expect(guessReleaseLanguage({ headline: 'Province opens a school', body: 'not a body' })).toBe('en');
  });
});
