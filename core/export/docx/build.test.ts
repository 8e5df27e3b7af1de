import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { PmNode } from '../../document/release';
import type { DocxTemplate, ExportInput } from '../types';
import { buildDocx, docxBytes } from './index';
import { GENERATOR, STATE_ORGANISATION, TEMPLATES, kitchenSinkInput } from './test-inputs';
import { bodyWithEndMark } from './templates/official-notice';

async function unzipDocx(input: ExportInput, template: DocxTemplate): Promise<Record<string, string>> {
  const files = unzipSync(await docxBytes(input, { template }));
  return Object.fromEntries(Object.entries(files).filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels')).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/** The attributes of the first `<tag …>` in xml. */
function attrs(xml: string, tag: string): Record<string, string> {
  const m = new RegExp(`<${tag}\\b([^>]*)>`).exec(xml);
  if (!m) throw new Error(`no <${tag}>`);
  return Object.fromEntries([...m[1]!.matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]));
}

/** The w:sz of the run whose text is exactly `text` (undefined when the run has no size of its own). */
function runSize(xml: string, text: string): string | undefined {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const runs = [...xml.matchAll(/<w:r>(.*?)<\/w:r>/g)].map((m) => m[1]!);
  const run = runs.find((r) => new RegExp(`<w:t[^>]*>${escaped}</w:t>`).test(r));
  if (run === undefined) throw new Error(`no run "${text}"`);
  return /<w:sz w:val="(\d+)"\/>/.exec(run)?.[1];
}

/** The XML of the style with this id. */
function style(stylesXml: string, id: string): string {
  const m = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>(.*?)</w:style>`).exec(stylesXml);
  if (!m) throw new Error(`no style ${id}`);
  return m[1]!;
}

describe.each(TEMPLATES)('DOCX template %s: the unzipped XML', (template) => {
  const input = kitchenSinkInput(template);
  const xml = unzipDocx(input, template);

  it('has A4 pages and the template margins', async () => {
    const { 'word/document.xml': doc } = await xml;
    expect(attrs(doc!, 'w:pgSz')).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    const margin = attrs(doc!, 'w:pgMar');
    if (template === 'decree30' || template === 'party36') {
      expect(margin).toMatchObject({ 'w:top': '1134', 'w:bottom': '1134', 'w:left': '1701', 'w:right': '850' });
    } else {
      expect(margin).toMatchObject({ 'w:top': '1134', 'w:bottom': '1134', 'w:left': '1417', 'w:right': '1134' });
    }
  });

  it('has real Word styles: Normal, Title, Heading 1–3, Caption, Quote, List Paragraph, Hyperlink', async () => {
    const styles = (await xml)['word/styles.xml']!;
    for (const id of ['Normal', 'Title', 'Heading1', 'Heading2', 'Heading3', 'Caption', 'Quote', 'ListParagraph', 'Hyperlink']) {
      expect(styles, id).toMatch(new RegExp(`w:styleId="${id}"`));
    }
    const font = template === 'press' ? 'Arial' : 'Times New Roman';
    expect(style(styles, 'Normal')).toContain(`w:ascii="${font}"`);
    expect(style(styles, 'Title')).toContain(`w:ascii="${font}"`);
    const doc = (await xml)['word/document.xml']!;
    expect(doc).toContain('<w:pStyle w:val="Heading1"/>');
    expect(doc).toContain('<w:pStyle w:val="Heading2"/>');
    expect(doc).toContain('<w:pStyle w:val="Caption"/>');
    expect(doc).toContain('<w:pStyle w:val="Quote"/>');
    expect(doc).toContain('<w:pStyle w:val="ListParagraph"/>');
    expect(doc).toContain('<w:rStyle w:val="Hyperlink"/>');
  });

  it('numbers lists with real Word numbering, ordered lists restarting', async () => {
    const files = await xml;
    expect(files['word/numbering.xml']).toMatch(/w:numFmt w:val="bullet"/);
    expect(files['word/numbering.xml']).toMatch(/w:numFmt w:val="decimal"/);
    const levels = [...files['word/document.xml']!.matchAll(/<w:numPr><w:ilvl w:val="(\d)"\/>/g)].map((m) => m[1]);
    expect(levels).toContain('0');
    expect(levels).toContain('1');
  });

  it('embeds both images at their real aspect ratio and width share, with alt text', async () => {
    const doc = (await xml)['word/document.xml']!;
    const extents = [...doc.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    expect(extents).toHaveLength(2);
    const [lead, inline] = extents as [readonly [number, number], readonly [number, number]];
    expect(lead[0] / lead[1]).toBeCloseTo(64 / 40, 2);
    expect(inline[0] / inline[1]).toBeCloseTo(48 / 64, 2);
    // Full width, then half width (EMU: 635 per twip).
    const margins = attrs(doc, 'w:pgMar');
    const text = (11906 - Number(margins['w:left']) - Number(margins['w:right'])) * 635;
    expect(lead[0] / text).toBeCloseTo(1, 2);
    expect(inline[0] / text).toBeCloseTo(0.5, 2);
    expect(doc).toContain('descr="Đồng chí Nguyễn Đức Vượng phát biểu tại hội nghị"');
    expect(doc).toMatch(/<w:jc w:val="right"\/><\/w:pPr><w:r><w:drawing>/);
  });

  it('writes document properties: title, author, subject, the generator and its version', async () => {
    const files = await xml;
    const core = files['docProps/core.xml']!;
    expect(core).toContain(`<dc:title>${input.release.headline}</dc:title>`);
    const author = template === 'decree30' || template === 'party36' ? 'Nguyễn Văn Thắng' : 'Giao Tuyến';
    expect(core).toContain(`<dc:creator>${author}</dc:creator>`);
    expect(core).toMatch(/<dc:subject>.+<\/dc:subject>/);
    expect(core).toContain(`<cp:lastModifiedBy>${GENERATOR}</cp:lastModifiedBy>`);
    expect(core).toContain(`Exported by ${GENERATOR} (template: ${template})`);
    const custom = files['docProps/custom.xml']!;
    expect(custom).toMatch(/name="AppName".*PressDesk/);
    expect(custom).toMatch(/name="AppVersion".*0\.1\.0/);
  });
});

describe('DOCX news template: content', () => {
  it('puts the headline in Title, subhead, dateline, the sapo in bold, the pen name right-aligned and bold, then the contact', async () => {
    const doc = (await unzipDocx(kitchenSinkInput('news'), 'news'))['word/document.xml']!;
    const paragraphs = [...doc.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((m) => m[1]!);
    expect(paragraphs[0]).toContain('<w:pStyle w:val="Title"/>');
    expect(paragraphs[1]).toContain('<w:pStyle w:val="Subtitle"/>');
    expect(paragraphs[2]).toMatch(/<w:i\/>.*Điện Biên, 8\/1\/2019/);
    expect(paragraphs[3]).toMatch(/<w:b\/>.*Việc phối hợp tập trung/);
    const penName = paragraphs[paragraphs.length - 3]!;
    expect(penName).toMatch(/<w:jc w:val="right"\/>.*<w:b\/>.*Giao Tuyến/);
    expect(paragraphs[paragraphs.length - 2]).toMatch(/<w:b\/>.*Liên hệ báo chí:/);
    expect(paragraphs[paragraphs.length - 1]).toContain('Lò Thị Hoa');
    // Portal captions are unnumbered: caption sentence and credit.
    expect(doc).not.toContain('Ảnh 1:');
    expect(doc).toContain(' (Ảnh: Giao Tuyến)');
  });
});

describe('DOCX press template: content', () => {
  const english = (input: ExportInput): ExportInput => ({ ...input, release: { ...input.release, language: 'en' } });

  it('in English: the embargo, the contact block, the dateline leading the first paragraph, About and ###', async () => {
    const doc = (await unzipDocx(english(kitchenSinkInput('press')), 'press'))['word/document.xml']!;
    const text = doc.replace(/<w:br\/>/g, '\n').replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
    expect(text.startsWith('EMBARGOED UNTIL January 9, 2019, 09:00 UTC+07:00\n')).toBe(true);
    expect(text).toContain('Lò Thị Hoa\n+84 215 3825 123\nbanbientap@dienbien.gov.vn');
    expect(text).toContain('ĐIỆN BIÊN, January 8, 2019 — Việc phối hợp tập trung');
    expect(text).toContain(`About ${STATE_ORGANISATION.issuingBody}\nBan Tuyên giáo Tỉnh ủy Điện Biên là cơ quan tham mưu`);
    expect(text.trimEnd().endsWith('###')).toBe(true);
    expect(doc).toContain('Photo 1: ');
    expect(doc).toContain('Photo 2: ');
  });

  it('in English: says FOR IMMEDIATE RELEASE and puts the dateline into the body’s first paragraph when there is no sapo', async () => {
    const input = english(kitchenSinkInput('press'));
    const release = { ...input.release, sapo: '', embargo: { mode: 'immediate' as const }, body: { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hôm nay, tỉnh công bố.' }] }] }, assets: [] };
    const doc = (await unzipDocx({ ...input, release }, 'press'))['word/document.xml']!;
    const text = doc.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
    expect(text).toContain('FOR IMMEDIATE RELEASE');
    expect(text).toContain('ĐIỆN BIÊN, January 8, 2019 — Hôm nay, tỉnh công bố.');
  });
});

describe.each(['decree30', 'party36'] as const)('DOCX %s notice: layout values from DOMAIN.md', (template) => {
  const input = kitchenSinkInput(template);
  const xml = unzipDocx(input, template);
  const party = template === 'party36';

  it('uses Times New Roman 14 pt, justified body, 1 cm first-line indent, 6 pt after, line 1.2', async () => {
    const styles = (await xml)['word/styles.xml']!;
    const normal = style(styles, 'Normal');
    expect(normal).toContain('w:ascii="Times New Roman"');
    expect(normal).toContain('<w:sz w:val="28"/>');
    expect(normal).toContain('<w:jc w:val="both"/>');
    expect(normal).toContain('<w:ind w:firstLine="567"/>');
    expect(normal).toMatch(/<w:spacing w:after="120" w:line="288" w:lineRule="auto"\/>/);
    expect(style(styles, 'Title')).toContain(`<w:sz w:val="${party ? 32 : 28}"/>`);
    expect(style(styles, 'Title')).toContain('<w:b/>');
  });

  it('has the header table, borderless, with sizes per element and rules drawn as borders', async () => {
    const doc = (await xml)['word/document.xml']!;
    const table = /<w:tbl>.*?<\/w:tbl>/.exec(doc)![0];
    expect(table).toMatch(/<w:tblBorders><w:top w:val="none"/);
    expect(table).not.toContain('<w:u ');
    if (party) {
      expect(runSize(table, 'ĐẢNG CỘNG SẢN VIỆT NAM')).toBe('30');
      expect(runSize(table, 'TỈNH ỦY ĐIỆN\u00a0BIÊN')).toBe('28');
      expect(runSize(table, 'BAN TUYÊN\u00a0GIÁO')).toBe('28');
      expect(runSize(table, '*')).toBe('28');
      expect(runSize(table, 'Số 15-TB/BTGTU')).toBe('28');
    } else {
      expect(runSize(table, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBe('24');
      expect(runSize(table, 'Độc lập - Tự do - Hạnh phúc')).toBe('26');
      expect(runSize(table, 'ỦY BAN NHÂN DÂN TỈNH ĐIỆN\u00a0BIÊN')).toBe('26');
      expect(runSize(table, 'SỞ THÔNG TIN VÀ TRUYỀN\u00a0THÔNG')).toBe('26');
      expect(runSize(table, 'Số: 05/TC-UBND')).toBe('26');
    }
    expect(runSize(table, 'Điện Biên, ngày 08 tháng 01 năm 2019')).toBe('28');
    expect(table).toMatch(/<w:i\/>.*Điện Biên, ngày 08 tháng 01 năm 2019/);
    // Rules: paragraph bottom borders (issuing body or national name, motto), not underlines.
    expect((table.match(/<w:pBdr><w:bottom w:val="single"/g) ?? []).length).toBe(party ? 1 : 2);
  });

  it('has THÔNG CÁO, the bold summary with its rule, the body ending in ./., the signature and Nơi nhận', async () => {
    const doc = (await xml)['word/document.xml']!;
    expect(doc).toMatch(/<w:pStyle w:val="Title"\/>.*?<w:t[^>]*>THÔNG CÁO<\/w:t>/);
    expect(runSize(doc, 'Về kết quả phối hợp liên ngành trong khối tư tưởng văn hóa, khoa giáo năm\u00a02018')).toBe('28');
    const body = doc.slice(0, doc.lastIndexOf('<w:tbl>'));
    expect(body).toMatch(/<w:t[^>]*>\/\.<\/w:t><\/w:r><\/w:p>(<w:p>(?:(?!<w:p>).)*<\/w:p>)?$/);
    expect(body).toContain('Hội nghị kết thúc vào chiều cùng ngày.</w:t></w:r><w:r><w:t xml:space="preserve">/.</w:t>');
    const signature = doc.slice(doc.lastIndexOf('<w:tbl>'));
    expect(runSize(signature, 'Nơi nhận:')).toBe('24');
    expect(signature).toMatch(/<w:b\/><w:bCs\/><w:i\/><w:iCs\/>.*Nơi nhận:/);
    expect(runSize(signature, '- Như trên;')).toBe('22');
    expect(runSize(signature, '- Lưu: VT, BTGTU.')).toBe('22');
    expect(runSize(signature, `${party ? 'K/T' : 'KT.'} TRƯỞNG BAN`)).toBe('28');
    expect(runSize(signature, 'PHÓ TRƯỞNG BAN')).toBe('28');
    expect(runSize(signature, 'Nguyễn Văn Thắng')).toBe('28');
    expect(signature).toMatch(/<w:b\/>.*Nguyễn Văn Thắng/);
    expect(doc).toContain('Ảnh 1: ');
    expect(doc).toContain('Ảnh 2: ');
  });

  it('numbers pages in the header, centred, from page 2 (titlePage, empty first-page header)', async () => {
    const files = await xml;
    const doc = files['word/document.xml']!;
    expect(doc).toContain('<w:titlePg/>');
    const headers = Object.entries(files).filter(([name]) => /word\/header\d+\.xml/.test(name)).map(([, x]) => x);
    expect(headers.some((h) => h.includes('PAGE') && h.includes('<w:jc w:val="center"/>') && h.includes('<w:sz w:val="28"/>'))).toBe(true);
    expect(headers.some((h) => !h.includes('PAGE'))).toBe(true);
  });

  it('takes agency names, abbreviation and place from the profile and the release, never constants', async () => {
    const input2: ExportInput = {
      ...input,
      organisation: { ...input.organisation, parentBody: 'Bộ Ngoại giao', issuingBody: 'Vụ Thông tin Báo chí', abbreviation: 'TTBC', placeName: 'Hà Nội' },
      release: { ...input.release, dateline: { place: '', date: '2020-03-05' }, notice: { ...input.release.notice, recipients: ['Như trên'] } },
    };
    const doc = (await unzipDocx(input2, template))['word/document.xml']!;
    expect(doc).toContain('BỘ NGOẠI\u00a0GIAO');
    expect(doc).toContain('VỤ THÔNG TIN BÁO\u00a0CHÍ');
    expect(doc).toContain('Hà Nội, ngày 05 tháng 3 năm 2020');
    expect(doc).toContain('- Lưu: VT, TTBC.');
    expect(doc).not.toContain('Điện Biên, ngày');
  });

  it('lays the signature block out line by line, up to three levels', async () => {
    const lines = [
      { authority: party ? ('T/M' as const) : ('TM.' as const), title: party ? 'Ban Thường vụ' : 'Ủy ban nhân dân' },
      { authority: party ? ('K/T' as const) : ('KT.' as const), title: party ? 'Bí thư' : 'Chủ tịch' },
      { authority: '' as const, title: party ? 'Phó Bí thư' : 'Phó Chủ tịch' },
    ];
    const input3: ExportInput = { ...input, release: { ...input.release, notice: { ...input.release.notice, signatureLines: lines } } };
    const signature = (await unzipDocx(input3, template))['word/document.xml']!.split('<w:tbl>').at(-1)!;
    const expected = party ? ['T/M BAN THƯỜNG VỤ', 'K/T BÍ THƯ', 'PHÓ BÍ THƯ'] : ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'];
    for (const text of expected) expect(runSize(signature, text)).toBe('28');
    // In that order, each its own paragraph, the name below them.
    const order = [...expected, 'Nguyễn Văn Thắng'].map((text) => signature.indexOf(`>${text}</w:t>`));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
  });

  it('draws no rule (or star) under an issuing body not filled in yet', async () => {
    const empty: ExportInput = { ...input, organisation: { ...input.organisation, parentBody: '', issuingBody: '' } };
    const doc = (await unzipDocx(empty, template))['word/document.xml']!;
    const table = /<w:tbl>.*?<\/w:tbl>/.exec(doc)![0];
    const left = /<w:tc>.*?<\/w:tc>/.exec(table)![0];
    expect(left).not.toContain('<w:pBdr>');
    expect(left).not.toContain('>*</w:t>');
    // The right column keeps its rule (national name or the Party's).
    expect((table.match(/<w:pBdr><w:bottom w:val="single"/g) ?? []).length).toBe(1);
  });
});

describe('buildDocx: unknown input is an error, not silently dropped', () => {
  const base = kitchenSinkInput('news');
  const withBody = (content: PmNode[]): ExportInput => ({ ...base, release: { ...base.release, body: { type: 'doc', content } } });

  it('throws naming an unknown block node', () => {
    // (A table is a known block since issue 10; a code block is not in the schema.)
    expect(() => buildDocx(withBody([{ type: 'codeBlock', content: [] }]), { template: 'news' })).toThrow(/unknown block node "codeBlock"/);
  });

  it('throws naming an unknown inline node', () => {
    expect(() => buildDocx(withBody([{ type: 'paragraph', content: [{ type: 'mention' }] }]), { template: 'news' })).toThrow(/unknown inline node "mention"/);
  });

  it('throws naming an unknown mark', () => {
    const node = { type: 'text', text: 'x', marks: [{ type: 'highlight' }] } as unknown as PmNode;
    expect(() => buildDocx(withBody([{ type: 'paragraph', content: [node] }]), { template: 'news' })).toThrow(/unknown mark "highlight"/);
  });

  it('throws for an inline node at block level and for prototype names', () => {
    expect(() => buildDocx(withBody([{ type: 'text', text: 'x' }]), { template: 'news' })).toThrow(/unknown block node "text"/);
    expect(() => buildDocx(withBody([{ type: 'constructor' }]), { template: 'news' })).toThrow(/unknown block node "constructor"/);
  });

  it('throws for an unknown template, a missing image and a WebP image', () => {
    expect(() => buildDocx(base, { template: 'memo' as DocxTemplate })).toThrow(/unknown template "memo"/);
    expect(() => buildDocx({ ...base, assets: new Map() }, { template: 'news' })).toThrow(/figure 1 refers to a missing image/);
    const webp = { ...base.release, assets: base.release.assets.map((a) => ({ ...a, ext: 'webp' as const, mime: 'image/webp' as const })) };
    expect(() => buildDocx({ ...base, release: webp }, { template: 'news' })).toThrow(/WebP/);
  });
});

describe('bodyWithEndMark', () => {
  const p = (text: string): PmNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
  const last = (nodes: PmNode[]): string => (nodes[nodes.length - 1]!.content ?? []).map((n) => n.text).join('');
  it('ends the body with ./. exactly once', () => {
    expect(last(bodyWithEndMark([p('Xin trân trọng thông báo.')]))).toBe('Xin trân trọng thông báo./.');
    expect(last(bodyWithEndMark([p('Xin trân trọng thông báo')]))).toBe('Xin trân trọng thông báo./.');
    expect(last(bodyWithEndMark([p('Xin trân trọng thông báo./.')]))).toBe('Xin trân trọng thông báo./.');
    expect(last(bodyWithEndMark([{ type: 'bulletList', content: [] }]))).toBe('./.');
  });
});

describe('buildDocx: small things', () => {
  it('restarts ordered lists at their own start value and exports an empty release', async () => {
    const base = kitchenSinkInput('news');
    const body = {
      type: 'doc' as const,
      content: [{ type: 'orderedList', attrs: { start: 4 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'bốn' }] }] }] }],
    };
    const files = unzipSync(new Uint8Array(await Packer.toArrayBuffer(buildDocx({ ...base, release: { ...base.release, body, assets: [] } }, { template: 'news' }))));
    expect(strFromU8(files['word/numbering.xml']!)).toContain('<w:start w:val="4"/>');
    const empty = { ...base.release, headline: '', sapo: '', author: { penName: '' }, body: { type: 'doc' as const, content: [{ type: 'paragraph' }] }, assets: [] };
    for (const template of TEMPLATES) expect((await docxBytes({ ...base, release: empty }, { template })).length).toBeGreaterThan(1000);
  });
});
