// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { bodyContent, bodyText } from './shell-handover';

function body(html: string): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = html;
  return el;
}

describe('the startup shell body read for the hand-over', () => {
  it('reads lines from text and <br>, and the caret inside a text node', () => {
    const el = body('Dòng một<br>Dòng hai');
    const second = el.childNodes[2]!;
    expect(bodyText(el, { node: second, offset: 5 })).toEqual({ text: 'Dòng một\nDòng hai', caret: 'Dòng một\n'.length + 5 });
  });

  it('counts a caret between children and drops the <br> Chromium keeps after a last empty line', () => {
    const el = body('abc<br><br>');
    expect(bodyText(el, { node: el, offset: 2 })).toEqual({ text: 'abc\n', caret: 4 });
    expect(bodyText(body('abc\nd'), null)).toEqual({ text: 'abc\nd', caret: null });
  });

  it('reads lines Chromium wrapped in their own <div>', () => {
    expect(bodyText(body('one<div>two</div><div>three</div>'), null).text).toBe('one\ntwo\nthree');
  });
});

describe('the body made of the shell text', () => {
  it('makes a paragraph per line (an empty line an empty paragraph) and places the caret in the document', () => {
    const { content, position } = bodyContent('Dòng một\n\nDòng hai', 'Dòng một\n\nDòng '.length);
    expect(content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Dòng một' }] },
      { type: 'paragraph' },
      { type: 'paragraph', content: [{ type: 'text', text: 'Dòng hai' }] },
    ]);
    // <p>Dòng một</p> is 10, <p></p> 2, then 1 to open the third and 5 characters in.
    expect(position).toBe(10 + 2 + 1 + 5);
    expect(bodyContent('abc', 0).position).toBe(1);
  });

  it('writes the text in NFC, the caret counted in NFC too', () => {
    const decomposed = 'Vie\u0302\u0323t Nam';
    const { content, position } = bodyContent(decomposed, decomposed.length);
    expect(content[0]!.content![0]!.text).toBe('Việt Nam');
    expect(position).toBe(1 + 'Việt Nam'.length);
  });
});
