// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { undo } from '@tiptap/pm/history';
import { TextSelection } from '@tiptap/pm/state';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadPastePipeline } from './paste-loader';
import { legacyPastePlugin } from './extensions/legacy-paste';
import type { LegacyReport } from '../../core/vi/legacy/detect';
import { convertSelection, guessEncoding, selectionText } from './legacy-convert';
import { buildExtensions } from './schema';

const editors: Editor[] = [];

if (typeof globalThis.ClipboardEvent === 'undefined') {
  (globalThis as { ClipboardEvent?: unknown }).ClipboardEvent = class extends Event {
    readonly clipboardData = null;
  };
}

function makeEditor(content: string): Editor {
  const editor = new Editor({ element: document.createElement('div'), extensions: buildExtensions(), content, injectCSS: false });
  editors.push(editor);
  return editor;
}

// The paste hooks call the pipeline synchronously once it is loaded (a DOM paste before that waits for it).
beforeAll(() => loadPastePipeline());

afterEach(() => {
  for (const e of editors.splice(0)) e.destroy();
});

describe('Convert selection from…', () => {
  it('converts the selected runs only, keeping their marks, as one undo step', () => {
    const e = makeEditor('<p>Unicode: <strong>Tuyªn gi¸o</strong> TØnh ñy</p><p>§iÖn Biªn</p>');
    const start = 1 + 'Unicode: '.length;
    e.view.dispatch(e.state.tr.setSelection(TextSelection.create(e.state.doc, start, e.state.doc.content.size - 1)));
    expect(selectionText(e.state)).toBe('Tuyªn gi¸o TØnh ñy\n§iÖn Biªn');
    expect(guessEncoding(selectionText(e.state))).toBe('tcvn3');
    e.view.dispatch(convertSelection(e.state, 'tcvn3')!);
    expect(e.getHTML()).toBe('<p>Unicode: <strong>Tuyên giáo</strong> Tỉnh ủy</p><p>Điện Biên</p>');
    // The converted text stays selected.
    expect(selectionText(e.state)).toBe('Tuyên giáo Tỉnh ủy\nĐiện Biên');
    undo(e.state, e.view.dispatch);
    expect(e.getHTML()).toBe('<p>Unicode: <strong>Tuyªn gi¸o</strong> TØnh ñy</p><p>§iÖn Biªn</p>');
  });

  it('reads capitals fonts, VNI and VIQR, and changes nothing where the encoding has nothing to convert', () => {
    const e = makeEditor('<p>ban tuyªn gi¸o</p>');
    e.view.dispatch(e.state.tr.setSelection(TextSelection.create(e.state.doc, 1, e.state.doc.content.size - 1)));
    e.view.dispatch(convertSelection(e.state, 'tcvn3-caps')!);
    expect(e.state.doc.textContent).toBe('BAN TUYÊN GIÁO');
    expect(convertSelection(e.state, 'vni')).toBeNull();
    const v = makeEditor("<p>Tuyeân giaùo</p><p>Vie^.t Nam</p>");
    v.view.dispatch(v.state.tr.setSelection(TextSelection.create(v.state.doc, 1, 13)));
    v.view.dispatch(convertSelection(v.state, 'vni')!);
    v.view.dispatch(v.state.tr.setSelection(TextSelection.create(v.state.doc, v.state.doc.content.size - 10, v.state.doc.content.size - 1)));
    v.view.dispatch(convertSelection(v.state, 'viqr')!);
    expect(v.getHTML()).toBe('<p>Tuyên giáo</p><p>Việt Nam</p>');
  });
});

describe('legacy paste', () => {
  it('pastes TCVN3 clipboard HTML and plain text as Unicode and reports it; a PressDesk copy is left alone', () => {
    const reports: LegacyReport[] = [];
    const e = makeEditor('<p></p>');
    e.registerPlugin(legacyPastePlugin((r) => reports.push(r)), (plugin, plugins) => [plugin, ...plugins]);
    e.view.pasteHTML(`<p><span style='font-family:".VnTime"'>Tham m\u00adu cho Th\u00adêng trùc</span></p>`);
    expect(e.state.doc.textContent).toBe('Tham mưu cho Thường trực');
    e.view.pasteText('\nTuyeân giaùo Tænh uûy Ñieän Bieân');
    expect(e.state.doc.textContent).toContain('Tuyên giáo Tỉnh ủy Điện Biên');
    expect(reports).toEqual([{ tcvn3: 1 }, { vni: 1 }]);
    e.view.pasteHTML('<p data-pm-slice="1 1 []">Tuyªn</p>');
    expect(e.state.doc.textContent).toContain('Tuyªn');
    e.view.pasteText(' Ban Tuyên giáo, English text.');
    expect(reports).toHaveLength(2);
  });
});
