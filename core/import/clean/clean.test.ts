import { describe, expect, it } from 'vitest';
import { checkBody } from '../../document/body-check';
import type { PmNode } from '../../document/release';
import { cleanForeignHtml } from '.';
import { readMarker } from './word-lists';
import { WORD_CLIPBOARD_HTML } from './word-clipboard.fixture';

const paste = (html: string) => cleanForeignHtml(html, { mode: 'paste' });
const text = (node: PmNode): string => (node.text ?? '') + (node.content ?? []).map(text).join('');
const t = (s: string, ...marks: NonNullable<PmNode['marks']>[number]['type'][]): PmNode => (marks.length ? { type: 'text', text: s, marks: marks.map((type) => ({ type })) } : { type: 'text', text: s });
const p = (...content: PmNode[]): PmNode => ({ type: 'paragraph', content });
const item = (...content: PmNode[]): PmNode => ({ type: 'listItem', content });

describe("Word's clipboard HTML", () => {
  const { blocks, dropped } = paste(WORD_CLIPBOARD_HTML);
  const byType = (type: string): PmNode[] => blocks.filter((b) => b.type === type);

  it('is a valid body', () => {
    expect(() => checkBody({ type: 'doc', content: blocks })).not.toThrow();
  });

  it('keeps headings as headings, never merged into a neighbour (h1 -> 2, h4 -> 3)', () => {
    expect(blocks[0]).toEqual(p(t('Sáng 15/1, Ủy ban nhân dân tỉnh Điện Biên tổ chức hội nghị tổng kết công tác năm 2026.')));
    expect(blocks[1]).toEqual({ type: 'heading', attrs: { level: 2 }, content: [t('Kết quả nổi bật')] });
    expect(byType('heading').map((h) => [h.attrs?.['level'], text(h)])).toEqual([[2, 'Kết quả nổi bật'], [3, 'Nhiệm vụ năm 2027']]);
  });

  it('turns mso-list paragraphs into nested lists without their markers, and keeps the start number', () => {
    expect(byType('bulletList')).toEqual([
      { type: 'bulletList', content: [
        item(p(t('Nông nghiệp tăng 4%')), { type: 'bulletList', content: [item(p(t('Lúa gạo')))] }),
        item(p(t('Du lịch tăng 12%'))),
      ] },
    ]);
    expect(byType('orderedList')).toEqual([
      { type: 'orderedList', attrs: { start: 2, type: null }, content: [item(p(t('Hoàn thành quy hoạch'))), item(p(t('Thu hút đầu tư')))] },
    ]);
    expect(JSON.stringify(blocks)).not.toMatch(/·|\u00a0{2}/);
  });

  it("keeps the MsoTableGrid table as a table (even columns: no widths, the page's width)", () => {
    const [table] = byType('table');
    expect(table!.content!.map((row) => row.content!.map(text))).toEqual([['Chỉ tiêu', 'Kết quả'], ['GRDP', '8,5%']]);
    expect(table!.content![0]!.content![0]!.attrs).toEqual({ colspan: 1, rowspan: 1, colwidth: null });
  });

  it('keeps uneven column widths in pixels (pt and the width attribute), split over spanned columns', () => {
    const { blocks } = paste(`<table><tr><td width=100>a</td><td style='width:150.0pt'>b</td></tr><tr><td colspan=2 width=300>c</td></tr></table>`);
    expect(blocks[0]!.content!.map((row) => row.content!.map((c) => c.attrs?.['colwidth']))).toEqual([[[100], [200]], [[150, 150]]]);
  });

  it('makes the footnote a footnote node with its text, and keeps sub, sup, underline and strike', () => {
    const para = blocks[2]!;
    expect(para.content).toEqual([
      t('Năm 2026, tăng trưởng kinh tế đạt 8,5%'),
      { type: 'footnote', attrs: { text: 'Theo số liệu của Cục Thống kê tỉnh.' } },
      t(', phát thải CO'), t('2', 'subscript'), t(' giảm; diện tích rừng trồng mới 1.200 m'), t('2', 'superscript'),
      t('. Dự án '), t('đường nối', 'underline'), t(' được giữ, dự án '), t('sân bay', 'strike'), t(' hoãn.'),
    ]);
    // The note list itself is gone from the text.
    expect(JSON.stringify(blocks)).not.toContain('[1]');
    expect(blocks.filter((b) => text(b).includes('Theo số liệu'))).toEqual([]);
  });

  it('makes quotes of the Quote style and of indented paragraphs, one per run', () => {
    expect(byType('blockquote').map((q) => q.content!.map(text))).toEqual([
      ['“Điện Biên phải đi trước một bước về hạ tầng.”'],
      ['Đoạn thụt lề thứ nhất.', 'Đoạn thụt lề thứ hai.'],
    ]);
  });

  it('counts the equation once (not its fallback picture) and leaves its text around it', () => {
    expect(dropped).toEqual([{ kind: 'equation', count: 1 }]);
    expect(blocks.at(-1)).toEqual(p(t('Phương trình bị bỏ.')));
  });
});

describe('list markers', () => {
  it('reads bullets, numbers, letters and Roman numerals', () => {
    expect(readMarker('·')).toEqual({ ordered: false });
    expect(readMarker('o')).toEqual({ ordered: false });
    expect(readMarker('§')).toEqual({ ordered: false });
    expect(readMarker('-')).toEqual({ ordered: false });
    expect(readMarker('3.')).toEqual({ ordered: true, type: null, start: 3 });
    expect(readMarker('12)')).toEqual({ ordered: true, type: null, start: 12 });
    expect(readMarker('c.')).toEqual({ ordered: true, type: 'a', start: 3 });
    expect(readMarker('(B)')).toEqual({ ordered: true, type: 'A', start: 2 });
    expect(readMarker('iv.')).toEqual({ ordered: true, type: 'i', start: 4 });
    expect(readMarker('IX.')).toEqual({ ordered: true, type: 'I', start: 9 });
  });

  it('starts a new list when Word starts one (another list id at the outer level, or bullets after numbers)', () => {
    const para = (list: string, level: number, marker: string, body: string): string =>
      `<p class=MsoListParagraph style='mso-list:${list} level${level} lfo1'><![if !supportLists]><span style='mso-list:Ignore'>${marker}&nbsp;&nbsp;</span><![endif]>${body}</p>`;
    const { blocks } = paste(para('l0', 1, '1.', 'một') + para('l0', 1, '2.', 'hai') + para('l3', 1, '1.', 'khác') + para('l3', 1, '·', 'chấm'));
    expect(blocks.map((b) => [b.type, b.attrs?.['start'], b.content!.map(text)])).toEqual([
      ['orderedList', 1, ['một', 'hai']],
      ['orderedList', 1, ['khác']],
      ['bulletList', undefined, ['chấm']],
    ]);
  });
});

describe('other writers', () => {
  it("reads mammoth's footnotes (a .docx) and drops its emptied notes list", () => {
    const html = '<p>Ouch<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>.<sup><a href="#footnote-2" id="footnote-ref-2">[2]</a></sup></p>' +
      '<ol><li id="footnote-1"><p> A tachyon walks into a bar. <a href="#footnote-ref-1">↑</a></p></li><li id="footnote-2"><p> Fin. <a href="#footnote-ref-2">↑</a></p></li></ol><dl></dl>';
    const { blocks } = paste(html);
    expect(blocks).toEqual([p(t('Ouch'), { type: 'footnote', attrs: { text: 'A tachyon walks into a bar.' } }, t('.'), { type: 'footnote', attrs: { text: 'Fin.' } })]);
  });

  it("keeps a link's address in a footnote's text (a note holds plain text; the source's URL was lost)", () => {
    const html = '<p>Số liệu<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>.</p>' +
      '<ol><li id="footnote-1"><p>Theo <a href="https://gso.gov.vn/bao-cao">báo cáo của Tổng cục</a>, xem <a href="https://gso.gov.vn">https://gso.gov.vn</a>. <a href="#footnote-ref-1">↑</a></p></li></ol>';
    expect(paste(html).blocks).toEqual([p(t('Số liệu'), { type: 'footnote', attrs: { text: 'Theo báo cáo của Tổng cục (https://gso.gov.vn/bao-cao), xem https://gso.gov.vn.' } }, t('.'))]);
  });

  it("reads LibreOffice's and pandoc's footnotes", () => {
    const lo = '<p>Văn bản<a class="sdfootnoteanc" name="sdfootnote1anc" href="#sdfootnote1sym"><sup>1</sup></a> tiếp.</p>' +
      '<div id="sdfootnote1"><p class="sdfootnote"><a class="sdfootnotesym" name="sdfootnote1sym" href="#sdfootnote1anc">1</a>Ghi chú LibreOffice.</p></div>';
    expect(paste(lo).blocks).toEqual([p(t('Văn bản'), { type: 'footnote', attrs: { text: 'Ghi chú LibreOffice.' } }, t(' tiếp.'))]);
    const pandoc = '<p>Text<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a>.</p>' +
      '<section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes"><hr /><ol><li id="fn1"><p>Note.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li></ol></section>';
    expect(paste(pandoc).blocks).toEqual([p(t('Text'), { type: 'footnote', attrs: { text: 'Note.' } }, t('.'))]);
  });

  it('keeps a note mark whose note is missing as superscript, and never takes an ordinary in-page link for a note', () => {
    const { blocks } = paste('<p>Số liệu<a style="mso-footnote-id:ftn4" href="#_ftn4" name="_ftnref4">[4]</a> và <a href="#muc-2" id="back">mục 2</a>.</p><h2 id="muc-2">Mục 2</h2><p>Dài <a href="#back">về</a></p>');
    expect(blocks[0]).toEqual(p(t('Số liệu'), t('[4]', 'superscript'), t(' và mục 2.')));
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'heading', 'paragraph']);
  });

  it('reads a web table with header, colspan and rowspan, padding short rows; lists and headings in cells become paragraphs', () => {
    const html = `<table><thead><tr><th colspan="2">Tên</th><th>Số</th></tr></thead>
      <tbody><tr><td rowspan="2">A</td><td>a1</td><td>1</td></tr><tr><td>a2</td></tr>
      <tr><td><ul><li>x</li><li>y</li></ul></td><td><h3>z</h3></td><td><table><tr><td>lồng</td></tr></table></td></tr></tbody></table>`;
    const { blocks } = paste(html);
    expect(() => checkBody({ type: 'doc', content: blocks })).not.toThrow();
    const rows = blocks[0]!.content!;
    expect(rows[0]!.content!.map((c) => [c.type, c.attrs?.['colspan'], text(c)])).toEqual([['tableHeader', 2, 'Tên'], ['tableHeader', 1, 'Số']]);
    expect(rows[1]!.content![0]!.attrs).toMatchObject({ rowspan: 2 });
    // The row under the rowspan had one cell of two: an empty one pads it.
    expect(rows[2]!.content!.map(text)).toEqual(['a2', '']);
    expect(rows[3]!.content!.map((c) => c.content!.map(text))).toEqual([['x', 'y'], ['z'], ['lồng']]);
  });

  it("keeps a table's caption and the text of cells past Word's 63 columns, never dropping them without a word", () => {
    const seventy = `<table><caption>Bảng 1. Số liệu</caption><tr>${Array.from({ length: 70 }, (_, i) => `<td>c${i + 1}</td>`).join('')}</tr></table>`;
    const { blocks } = paste(seventy);
    expect(() => checkBody({ type: 'doc', content: blocks })).not.toThrow();
    expect(blocks[0]).toEqual(p(t('Bảng 1. Số liệu')));
    const row = blocks[1]!.content![0]!.content!;
    expect(row).toHaveLength(63);
    // The cells past the edge join the last cell, one paragraph each.
    expect(row[62]!.content!.map(text)).toEqual(['c63', 'c64', 'c65', 'c66', 'c67', 'c68', 'c69', 'c70']);
    // A span of a thousand is cut at the edge; the cells after it keep their text.
    const huge = paste('<table><tr><td colspan="1000" rowspan="1000">X</td><td>Y</td></tr><tr><td>Z</td></tr></table>').blocks;
    expect(() => checkBody({ type: 'doc', content: huge })).not.toThrow();
    expect(JSON.stringify(huge)).toMatch(/"X".*"Y".*"Z"/);
  });

  it("keeps Google Docs' lettered and roman numbering (list-style-type on each item), as <ol type> does", () => {
    const html = '<b style="font-weight:normal;" id="docs-internal-guid-2"><ol><li style="list-style-type:decimal;" aria-level="1"><p role="presentation"><span>Một</span></p></li>' +
      '<ol><li style="list-style-type:lower-alpha;" aria-level="2"><p role="presentation"><span>điểm a</span></p></li>' +
      '<ol><li style="list-style-type:lower-roman;" aria-level="3"><p role="presentation"><span>ý i</span></p></li></ol></ol></ol></b>';
    const types: unknown[] = [];
    const walk = (n: PmNode): void => {
      if (n.type === 'orderedList') types.push(n.attrs?.['type']);
      (n.content ?? []).forEach(walk);
    };
    paste(html).blocks.forEach(walk);
    expect(types).toEqual([undefined, 'a', 'i']);
  });

  it('reads styled spans (Google Docs) and its bold-looking wrapper that says normal', () => {
    const html = '<b style="font-weight:normal;" id="docs-internal-guid-1"><p><span style="font-weight:700">Đậm</span> <span style="font-style:italic">nghiêng</span> <span style="text-decoration:line-through">gạch</span> H<span style="vertical-align:sub">2</span>O</p></b>';
    expect(paste(html).blocks).toEqual([p(t('Đậm', 'bold'), t(' '), t('nghiêng', 'italic'), t(' '), t('gạch', 'strike'), t(' H'), t('2', 'subscript'), t('O'))]);
  });

  it('names what it leaves out: images it cannot take, linked images, equations, objects, Word comments', () => {
    const html = `<p>a<img src="file:///C:/x.png"><img src="https://anh.vn/a.jpg"><img src="https://t.vn/p.gif" width="1" height="1"></p>
      <p><math><mi>x</mi></math><object data="x.swf"></object><iframe src="https://v.vn"></iframe><svg><path/></svg></p>
      <p>b<span class=MsoCommentReference><a class=msocomanchor href="#_msocom_1">[A1]</a></span></p>
      <div style='mso-element:comment-list'><div style='mso-element:comment'><p>Ý kiến</p></div><div style='mso-element:comment'><p>Ý kiến 2</p></div></div>`;
    const { blocks, dropped } = paste(html);
    expect(dropped).toEqual([{ kind: 'image', count: 1 }, { kind: 'linked-image', count: 1 }, { kind: 'equation', count: 1 }, { kind: 'embedded-object', count: 2 }, { kind: 'comment', count: 2 }]);
    expect(blocks.map(text)).toEqual(['a', 'b']);
  });

  it("names Word's pictures of a text box, a chart and a SmartArt diagram by what they are", () => {
    const html = `<p>a<![if !vml]><img width=230 height=60 src="file:///C:/T/clip_image002.png" v:shapes="Text_x0020_Box_x0020_2"><![endif]>
      <img width=400 height=300 src="file:///C:/T/clip_image003.png" v:shapes="Chart_x0020_1"><img src="file:///C:/T/clip_image004.png" v:shapes="Diagram_x0020_1"></p>`;
    expect(paste(html).dropped).toEqual([{ kind: 'smartart', count: 1 }, { kind: 'chart', count: 1 }, { kind: 'text-box', count: 1 }]);
  });

  it('reads a Word text box laid out as a table as its text', () => {
    const html = `<p>Trước</p><span style='mso-ignore:vglayout;position:absolute'><table cellpadding=0 cellspacing=0><tr><td><div v:shape="_x0000_s1026" class=shape><p class=MsoNormal>Trong hộp</p></div></td></tr></table></span><p>Sau</p>`;
    expect(paste(html).blocks.map((b) => [b.type, text(b)])).toEqual([['paragraph', 'Trước'], ['paragraph', 'Trong hộp'], ['paragraph', 'Sau']]);
  });
});

describe('headline (import)', () => {
  const imp = (html: string) => cleanForeignHtml(html, { mode: 'import' });
  it('takes a first <h1> or Title paragraph, with at most a dateline before it', () => {
    expect(imp('<p>Hà Nội, 15/1</p><h1>Tít</h1><p>Đoạn.</p>').headline).toBe('Tít');
    expect(imp('<p class=MsoTitle>Tít Word</p><h1>Mục</h1>').headline).toBe('Tít Word');
  });
  it('never takes a heading in the middle of a document', () => {
    const long = `<p>${'Đoạn mở đầu dài. '.repeat(20)}</p><h1>Giữa văn bản</h1><p>Tiếp.</p>`;
    const r = imp(long);
    expect(r.headline).toBe('');
    expect(r.blocks[1]).toEqual({ type: 'heading', attrs: { level: 2 }, content: [t('Giữa văn bản')] });
    expect(imp('<h2>Mục</h2><h1>Sau mục</h1>').headline).toBe('');
    expect(imp('<ul><li><h1>Trong danh sách</h1></li></ul>').headline).toBe('');
  });
  it('takes a headline or sapo with a footnote without its "[1]", and names the note it cannot keep', () => {
    // mammoth's reading of a pandoc .docx whose title carries a note; the sapo has a LibreOffice-shaped one.
    const r = imp(
      '<h1>Tít có chú thích<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup></h1>' +
        '<p class="sapo">Sapo<a class="sdfootnoteanc" name="sdfootnote1anc" href="#sdfootnote1sym"><sup>2</sup></a> tiếp.</p><p>Đoạn.</p>' +
        '<ol><li id="footnote-1"><p>Ghi chú ở tít. <a href="#footnote-ref-1">↑</a></p></li></ol>' +
        '<div id="sdfootnote1"><p><a class="sdfootnotesym" name="sdfootnote1sym" href="#sdfootnote1anc">2</a>Ghi chú ở sapo.</p></div>',
    );
    expect(r.headline).toBe('Tít có chú thích');
    expect(r.sapo).toBe('Sapo tiếp.');
    expect(r.dropped).toEqual([{ kind: 'field-note', count: 2 }]);
    expect(JSON.stringify(r.blocks)).not.toMatch(/Ghi chú|\[1\]|↑/);
  });
  it('leaves every heading in the body in a paste', () => {
    expect(paste('<h1>Tít</h1><p>x</p>').blocks[0]).toEqual({ type: 'heading', attrs: { level: 2 }, content: [t('Tít')] });
  });
});

describe('before cleaning', () => {
  it('repairs legacy encodings first, while soft hyphens and font names are there (TCVN3 "ư" is U+00AD)', () => {
    const { blocks, legacy } = paste('<p><span style="font-family:.VnTime">T\u00adêng</span> <span style="font-family:VNI-Times">Ñieän Bieân</span></p>');
    expect(text(blocks[0]!)).toBe('Tường Điện Biên');
    expect(legacy).toEqual({ tcvn3: 1, vni: 1 });
    expect(paste('<p>T\u00adêng, Unicode Điện Biên</p>').legacy).toEqual({});
  });
});
