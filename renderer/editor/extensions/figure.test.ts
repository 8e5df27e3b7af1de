// @vitest-environment jsdom
import type { Editor, JSONContent } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { figureAttrs } from '../../../core/document/figure';
import { bodySchema, type Asset } from '../../../core/document/release';
import { buildExtensions } from '../schema';
import { figureViewNeedsRender, type FigureOptions } from './figure';
import { destroyTestEditors, makeTestEditor } from './test-editor';

const asset = (n: number): Asset => ({ hash: String(n).repeat(64), ext: 'png', mime: 'image/png', width: 4, height: 3, bytes: 10 });

const makeEditor = (content: JSONContent | string = '<p></p>', options: Partial<FigureOptions> = {}): Editor => makeTestEditor(content, buildExtensions(options));
afterEach(destroyTestEditors);

const figures = (e: Editor): JSONContent[] => (e.getJSON().content ?? []).filter((n) => n.type === 'figure');
const positions = (e: Editor): number[] => {
  const out: number[] = [];
  e.state.doc.descendants((node, pos) => {
    if (node.type.name === 'figure') out.push(pos);
  });
  return out;
};

describe('figure node', () => {
  it('inserts a figure in the agreed JSON shape, which the release schema accepts', () => {
    const e = makeEditor('<p>Đoạn một.</p>');
    e.chain().focus('end').insertFigure(asset(1)).run();
    const [figure] = figures(e);
    expect(figure).toEqual({ type: 'figure', attrs: { asset: asset(1).hash, alt: '', credit: '', width: 'full', align: 'center', lead: false } });
    expect(figureAttrs(figure as never)).toEqual(figure!.attrs);
    expect(bodySchema.safeParse(e.getJSON()).success).toBe(true);
  });

  it('keeps a rich caption as inline content with marks', () => {
    const doc: JSONContent = {
      type: 'doc',
      content: [
        {
          type: 'figure',
          attrs: { asset: asset(1).hash, alt: 'Hội nghị', credit: 'Ảnh: Minh Anh', width: 'half', align: 'right', lead: true },
          content: [{ type: 'text', text: 'Quang cảnh ' }, { type: 'text', text: 'hội nghị', marks: [{ type: 'bold' }] }, { type: 'text', text: '.' }],
        },
      ],
    };
    expect(makeEditor(doc).getJSON()).toEqual(doc);
  });

  it('setFigureAttrs changes one figure; making one the lead clears it on every other', () => {
    const e = makeEditor('<p>x</p>');
    e.chain().focus('end').insertFigure(asset(1)).insertFigure(asset(2)).run();
    const [a, b] = positions(e);
    e.commands.setFigureAttrs(a!, { lead: true, credit: 'Ảnh: An', width: 'two-thirds' });
    expect(figures(e).map((f) => f.attrs!['lead'])).toEqual([true, false]);
    e.commands.setFigureAttrs(b!, { lead: true });
    expect(figures(e).map((f) => f.attrs!['lead'])).toEqual([false, true]);
    expect(figures(e)[0]!.attrs).toMatchObject({ credit: 'Ảnh: An', width: 'two-thirds' });
    expect(e.commands.setFigureAttrs(1, { alt: 'not a figure' })).toBe(false);
  });

  it('copy-paste of a figure keeps it (not the lead); pasted HTML naming an unknown image is no figure', () => {
    const known = new Set([asset(1).hash]);
    const e = makeEditor('<p>x</p>', { knownAsset: (h) => known.has(h) });
    const html = (hash: string) => `<figure data-asset="${hash}" data-alt="Ảnh" data-lead="true"><figcaption>Chú thích.</figcaption></figure>`;
    e.commands.insertContent(html(asset(1).hash));
    e.commands.insertContent(html(asset(2).hash));
    e.commands.insertContent('<img src="x" onerror="alert(1)">');
    const found = figures(e);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ attrs: { asset: asset(1).hash, alt: 'Ảnh', lead: false }, content: [{ type: 'text', text: 'Chú thích.' }] });
  });

  it('hands pasted image files to the app and keeps them out of the document', () => {
    const got: File[] = [];
    const e = makeEditor('<p>x</p>', { onImageFiles: (files) => got.push(...files) });
    const file = new File([new Uint8Array([1])], 'anh.png', { type: 'image/png' });
    const event = new Event('paste', { bubbles: true, cancelable: true }) as Event & { clipboardData: unknown };
    Object.defineProperty(event, 'clipboardData', { value: { files: [file], getData: () => '', types: ['Files'] } });
    e.view.dom.dispatchEvent(event);
    expect(got).toEqual([file]);
    expect(figures(e)).toHaveLength(0);
  });

  it('re-renders a figure view only for its own attributes or caption emptiness, not for typing', () => {
    const e = makeEditor('<p>x</p>');
    e.chain().focus('end').insertFigure(asset(1)).run();
    const [at] = positions(e);
    const node = () => e.state.doc.nodeAt(at!)!;
    const empty = node();
    e.commands.insertContent('Chú');
    const typed = node();
    expect(figureViewNeedsRender(empty, typed)).toBe(true); // the placeholder and the flag change
    e.commands.insertContent(' thích');
    expect(figureViewNeedsRender(typed, node())).toBe(false); // typing on: no React render
    const before = node();
    e.commands.setFigureAttrs(at!, { alt: 'Mô tả' });
    expect(figureViewNeedsRender(before, node())).toBe(true);
  });
});
