import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertLegacyHtml } from './html';
import { encodeTcvn3, encodeVni } from './test-encode';

const fixture = readFileSync(new URL('../../../../shared/fixtures/dien-bien-article.txt', import.meta.url), 'utf8');

/** Word's clipboard HTML in the shape Word writes it: class rules in <style>, fonts on spans, entities. */
const WORD_CLIPBOARD = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset=utf-8>
<style><!--
 p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:14.0pt; font-family:".VnTime";}
 p.Tieude {font-family:".VnTimeH"; font-weight:bold;}
--></style></head><body lang=VI>
<!--StartFragment-->
<p class=Tieude align=center>ban tuyªn gi¸o tØnh ñy</p>
<p class=MsoNormal><span style='font-family:".VnTimeH"'>§</span>iÖn Biªn, ngµy 08 th¸ng 01 n¨m 2019</p>
<p class=MsoNormal><b><span style='font-size:14.0pt;font-family:".VnTime"'>Tham m&shy;u</span></b> cho Th&#173;êng trùc <span style='font-family:"Times New Roman"'>Tỉnh ủy (Unicode)</span></p>
<p class=MsoNormal><span style='font-family:"VNI-Times"'>Tuyeân giaùo</span></p>
<p><span style="font-family:Arial">English &amp; café, 25&deg;C</span></p>
<!--EndFragment--></body></html>`;

describe('convertLegacyHtml', () => {
  it('decodes .VnTime and .VnTimeH runs (inline and class fonts) and VNI runs, leaving Unicode runs and markup alone', () => {
    const { html, report } = convertLegacyHtml(WORD_CLIPBOARD);
    expect(html).toContain('<p class=Tieude align=center>BAN TUYÊN GIÁO TỈNH ỦY</p>');
    expect(html).toContain(`<span style='font-family:".VnTimeH"'>Đ</span>iện Biên, ngày 08 tháng 01 năm 2019</p>`);
    expect(html).toContain(`<span style='font-size:14.0pt;font-family:".VnTime"'>Tham mưu</span></b> cho Thường trực <span style='font-family:"Times New Roman"'>Tỉnh ủy (Unicode)</span>`);
    expect(html).toContain(`<span style='font-family:"VNI-Times"'>Tuyên giáo</span>`);
    expect(html).toContain('English &amp; café, 25&deg;C');
    expect(html).toContain('<!--StartFragment-->');
    expect(report).toEqual({ tcvn3: 3, vni: 1 });
  });

  it('judges runs without a legacy font by their text, block by block', () => {
    const tcvn3 = fixture.split('\n').filter((l) => l.trim() !== '').slice(0, 4);
    const html = tcvn3.map((p) => `<p>${encodeTcvn3(p).map((r) => r.text).join('').replace(/&/gu, '&amp;')}</p>`).join('\n');
    const out = convertLegacyHtml(`<div>${html}<p>${encodeVni('Tuyên giáo Tỉnh ủy Điện Biên')}</p></div>`);
    expect(out.report).toEqual({ tcvn3: 4, vni: 1 });
    expect(out.html.toLowerCase()).toContain(`<p>${tcvn3[2]!.toLowerCase()}</p>`);
    expect(out.html).toContain('<p>Tuyên giáo Tỉnh ủy Điện Biên</p>');
  });

  it('leaves Unicode Vietnamese and English HTML byte for byte as it was', () => {
    const html = `<h1>${fixture.split('\n')[0]}</h1>${fixture.split('\n').filter(Boolean).map((p) => `<p style="font-family:'Times New Roman'">${p}</p>`).join('')}<p>I'm here. Go? <a href="http://x.vn/a?b=c">link</a></p>`;
    expect(convertLegacyHtml(html)).toEqual({ html, report: {} });
  });
});
