// @vitest-environment jsdom
/**
 * Whatever is pasted or typed into the editor, the body it holds fits core's one body schema:
 * otherwise Save would refuse a release the officer had written in good faith.
 */
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { checkBody, describeBodyProblem } from '../../core/document/body-check';
import { BAD_HREFS, PAYLOADS } from '../../core/export/html/test-support';
import { buildExtensions } from './schema';

const HASH = 'b'.repeat(64);

/** HTML a press officer might paste: from Word, portals, other editors, and hostile pages. */
const PASTES = [
  '<h1>Tít</h1><h2>Mục</h2><h3>Mục nhỏ</h3><h4>Sâu</h4><h6>Sâu hơn</h6>',
  '<ol start="x"><li>a</li></ol><ol start="-4"><li>b</li></ol><ol start="99999999999999999999"><li>c</li></ol><ol type="i" start=""><li>d</li></ol>',
  '<ul><li><ul><li>lồng</li></ul></li><li></li><li><h2>tiêu đề trong mục</h2><p>đoạn</p></li></ul>',
  '<blockquote></blockquote><blockquote><ul><li>q</li></ul></blockquote>',
  `<figure data-asset="${HASH}" data-width="huge" data-align="top" data-lead="true" data-alt="" data-credit=""><figcaption><b>Chú</b> thích<br>dòng 2</figcaption></figure>`,
  '<figure data-asset="not-a-hash"><figcaption>x</figcaption></figure><figure><img src="x.png"><figcaption>y</figcaption></figure>',
  '<table><tr><td>ô</td><td><p>ô 2</p></td></tr></table><pre><code>mã</code></pre><hr><s>gạch</s><code>c</code>',
  '<p><b><b>đậm</b></b><strong><em><u>ba</u></em></strong><a href="https://a.vn" title="t" class="c" target="_self" rel="x">liên kết</a></p>',
  BAD_HREFS.map((h) => `<a href="${h}">x</a>`).join(' '),
  ...PAYLOADS,
];

// jsdom has no ClipboardEvent; ProseMirror's pasteHTML only needs the event to exist.
if (typeof globalThis.ClipboardEvent === 'undefined') {
  (globalThis as { ClipboardEvent?: unknown }).ClipboardEvent = class extends Event {
    readonly clipboardData = null;
  };
}

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

const problem = (e: Editor): string | null => {
  const found = checkBody(e.getJSON());
  return found === null ? null : describeBodyProblem(found);
};

describe("the editor's body always fits core's schema", () => {
  it.each(PASTES.map((html) => [html.slice(0, 60), html]))('pasted: %s', (_name, html) => {
    editor = new Editor({ element: document.createElement('div'), extensions: buildExtensions(), content: '<p>Mở đầu</p>', injectCSS: false });
    // The real paste pipeline (ProseMirror's clipboard parser, our paste handlers and rules).
    editor.commands.setTextSelection(3);
    expect(editor.view.pasteHTML(html)).toBe(true);
    expect(problem(editor)).toBeNull();
    // insertContent may refuse HTML it cannot fit (TipTap throws); the body is still fine after.
    try {
      editor.commands.insertContent(html);
    } catch (e) {
      expect(String(e)).toMatch(/^RangeError: Invalid content/);
    }
    expect(problem(editor)).toBeNull();
  });

  it('after the toolbar commands: headings, lists, quote, link, line break', () => {
    editor = new Editor({ element: document.createElement('div'), extensions: buildExtensions(), content: '<p>một</p><p>hai</p><p>ba</p>', injectCSS: false });
    const c = editor.chain().focus();
    c.setTextSelection(2).toggleHeading({ level: 2 }).setTextSelection(8).toggleOrderedList().setTextSelection(14).toggleBlockquote().run();
    editor.chain().selectAll().toggleBulletList().toggleBold().toggleItalic().toggleUnderline().applyLink('https://a.vn').setHardBreak().run();
    editor.chain().toggleHeading({ level: 1 as never }).toggleHeading({ level: 4 as never }).run();
    expect(problem(editor)).toBeNull();
  });
});
