// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { repairFieldPaste } from './legacy-field-paste';

describe('repairFieldPaste', () => {
  it('reads the clipboard HTML by its fonts, a capitals font included, and keeps its lines', () => {
    const html = `<html><head><style>p.MsoNormal {font-family:".VnTime"}</style></head><body>
<p class=MsoNormal><span style='font-family:".VnTimeH"'>ban tuyªn gi¸o</span></p>
<p class=MsoNormal>Th\u00adêng trùc   TØnh ñy</p></body></html>`;
    expect(repairFieldPaste(html, 'ban tuyªn gi¸o\nTh\u00adêng trùc TØnh ñy')).toEqual({ text: 'BAN TUYÊN GIÁO\nThường trực Tỉnh ủy', report: { tcvn3: 2 } });
  });

  it('reads plain text by its characters, and leaves Unicode and English to the browser', () => {
    expect(repairFieldPaste('', 'Tuyeân giaùo Tænh uûy')).toEqual({ text: 'Tuyên giáo Tỉnh ủy', report: { vni: 1 } });
    expect(repairFieldPaste('<p>Ban Tuyên giáo</p>', 'Ban Tuyên giáo')).toBeNull();
    expect(repairFieldPaste('', "I'm here. Go? press@example.org")).toBeNull();
  });
});
