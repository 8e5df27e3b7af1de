// @vitest-environment jsdom
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { buildExtensions } from '../schema';
import { mayAutoLink } from './safe-link';
import { destroyTestEditors, makeTestEditor } from './test-editor';

const make = (content: string): Editor => makeTestEditor(content, buildExtensions());
const hrefs = (e: Editor): unknown[] => [...JSON.stringify(e.getJSON()).matchAll(/"href":("[^"]*"|null)/g)].map((m) => JSON.parse(m[1]!));

afterEach(destroyTestEditors);

describe('SafeLink', () => {
  it('drops links with unsafe schemes when HTML comes in', () => {
    const e = make('<p><a href="javascript:alert(1)">x</a> <a href="file:///etc/passwd">y</a> <a href="https://a.vn">z</a></p>');
    expect(hrefs(e)).toEqual(['https://a.vn']);
  });

  it('refuses setLink and applyLink with an unsafe target', () => {
    const e = make('<p>Điện Biên</p>');
    e.commands.setTextSelection({ from: 1, to: 5 });
    expect(e.commands.setLink({ href: 'javascript:alert(1)' })).toBe(false);
    expect(e.commands.applyLink('data:text/html,x')).toBe(false);
    expect(hrefs(e)).toEqual([]);
    expect(e.commands.applyLink('  https://dienbien.gov.vn ')).toBe(true);
    expect(hrefs(e)).toEqual(['https://dienbien.gov.vn']);
  });

  it('with nothing selected, inserts the address as linked text and stops the link there', () => {
    const e = make('<p>Xem</p>');
    e.commands.setTextSelection(4);
    e.commands.insertContent(' ');
    e.commands.applyLink('mailto:btg@dienbien.gov.vn');
    e.commands.insertContent(' nhé');
    expect(e.state.doc.textContent).toBe('Xem mailto:btg@dienbien.gov.vn nhé');
    expect(hrefs(e)).toEqual(['mailto:btg@dienbien.gov.vn']);
  });

  it('autolinks only safe addresses', () => {
    expect(mayAutoLink('https://dienbien.gov.vn')).toBe(true);
    expect(mayAutoLink('dienbien.gov.vn')).toBe(true);
    expect(mayAutoLink('file:///etc/passwd')).toBe(false);
    expect(mayAutoLink('192.168.1.1')).toBe(false);
    expect(mayAutoLink('localhost')).toBe(false);
  });
});
