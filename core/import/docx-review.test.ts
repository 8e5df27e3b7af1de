import { describe, expect, it } from 'vitest';
import { MARKER_CLOSE, MARKER_OPEN, markDocumentXml, readWordComments } from './docx-review';
import { createRelease } from '../document/release';
import { MAX_OVERLAPPING_COMMENTS, applyWordReview } from './review-markers';
import { XmlRefusedError, scanXml } from './xml-scan';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const m = (code: string): string => `${MARKER_OPEN}${code}${MARKER_CLOSE}`;
const texts = (xml: string): string => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((x) => x[1]).join('');

describe('xml-scan: no DTD, no entity but the predefined ones', () => {
  it('refuses a DOCTYPE, an ENTITY declaration and an undeclared entity', () => {
    const read = (xml: string) => () => [...scanXml(xml)];
    expect(read('<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaa">]><w:t>&a;</w:t>')).toThrow(XmlRefusedError);
    expect(read('<!ENTITY x SYSTEM "file:///etc/passwd"><w:t/>')).toThrow(/dtd/);
    expect(read('<w:t>&xxe;</w:t>')).toThrow(/entity/);
    expect(read('<w:t a="1>')).toThrow(/malformed/);
  });

  it('decodes the predefined entities and character references, and a > inside an attribute', () => {
    const tokens = [...scanXml('<w:t a="x > y &amp; z">&lt;&#x1EA1;&#7841;&quot;</w:t>')];
    expect(tokens[0]).toMatchObject({ kind: 'open', name: 'w:t', attrs: { a: 'x > y & z' } });
    expect(tokens[1]).toMatchObject({ kind: 'text', text: '<ạạ"' });
  });
});

describe('markDocumentXml: review edges as text markers mammoth keeps', () => {
  const doc = `<w:document ${W}><w:body><w:p><w:pPr><w:rPr><w:del w:id="9" w:author="A" w:date="2027-01-01T00:00:00Z"/></w:rPr></w:pPr>` +
    `<w:commentRangeStart w:id="3"/><w:r><w:t>Giữ </w:t></w:r>` +
    `<w:del w:id="1" w:author="Hà" w:date="2027-01-02T03:04:05Z"><w:r><w:delText xml:space="preserve">bỏ </w:delText></w:r></w:del>` +
    `<w:ins w:id="2" w:author="Hà" w:date="2027-01-02T03:04:05Z"><w:r><w:rPr><w:rPrChange w:id="5" w:author="B"><w:rPr/></w:rPrChange></w:rPr><w:t>thêm</w:t></w:r></w:ins>` +
    `<w:commentRangeEnd w:id="3"/><w:r><w:commentReference w:id="3"/></w:r><w:r><w:t>x\uE000y</w:t></w:r></w:p></w:body></w:document>`;

  it('puts markers in order, makes deleted text readable, drops paragraph-mark revisions and stray marker characters', () => {
    const marked = markDocumentXml(doc);
    expect(texts(marked.xml)).toBe(`${m('c3')}Giữ ${m('i0')}bỏ ${m('/0')}${m('i1')}thêm${m('/1')}${m('e3')}xy`);
    expect(marked.revisions).toEqual([
      { kind: 'deletion', author: 'Hà', date: '2027-01-02T03:04:05Z' },
      { kind: 'insertion', author: 'Hà', date: '2027-01-02T03:04:05Z' },
    ]);
    expect(marked.xml).not.toMatch(/<w:del\b|w:delText/);
    expect(marked.paragraphMarks).toBe(1);
    expect(marked.formatChanges).toBe(1);
    expect(marked.commentRanges).toBe(1);
  });

  it('a range marker between paragraphs waits for the next paragraph', () => {
    const marked = markDocumentXml(`<w:document ${W}><w:body><w:commentRangeStart w:id="1"/><w:p><w:r><w:t>a</w:t></w:r></w:p></w:body></w:document>`);
    expect(texts(marked.xml)).toBe(`${m('c1')}a`);
  });

  it('refuses a DTD in document.xml', () => {
    expect(() => markDocumentXml(`<!DOCTYPE d SYSTEM "http://example.com/x.dtd">${doc}`)).toThrow(XmlRefusedError);
  });
});

describe('readWordComments', () => {
  it('reads author, initials, date, text by paragraph, replies and done from commentsExtended', () => {
    const comments = `<w:comments ${W} xmlns:w14="x">` +
      `<w:comment w:id="0" w:author="Nguyễn Thị Hà" w:initials="NTH" w:date="2027-01-10T08:00:00Z"><w:p w14:paraId="0000000A"><w:r><w:t>Dòng 1</w:t></w:r></w:p><w:p w14:paraId="0000000B"><w:r><w:t>Dòng</w:t><w:tab/><w:t>2 &amp; hết</w:t></w:r></w:p></w:comment>` +
      `<w:comment w:id="1" w:author="Bình" w:date="2027-01-10T09:00:00Z"><w:p w14:paraId="0000000C"><w:r><w:t>Trả lời</w:t></w:r></w:p></w:comment></w:comments>`;
    const extended = `<w15:commentsEx xmlns:w15="y"><w15:commentEx w15:paraId="0000000B" w15:done="1"/><w15:commentEx w15:paraId="0000000c" w15:paraIdParent="0000000b" w15:done="0"/></w15:commentsEx>`;
    expect(readWordComments(comments, extended)).toEqual([
      { id: '0', author: 'Nguyễn Thị Hà', initials: 'NTH', date: '2027-01-10T08:00:00Z', text: 'Dòng 1\nDòng\t2 & hết', parent: null, done: true },
      { id: '1', author: 'Bình', initials: '', date: '2027-01-10T09:00:00Z', text: 'Trả lời', parent: '0', done: false },
    ]);
    expect(readWordComments(comments).map((c) => c.parent)).toEqual([null, null]);
  });
});

describe('applyWordReview', () => {
  it('text inserted by one reviewer and deleted by another is a deletion (the inner change), one suggestion', () => {
    const marked = markDocumentXml(
      `<w:document ${W}><w:body><w:p><w:r><w:t>Giữ </w:t></w:r><w:ins w:id="1" w:author="A" w:date="2027-01-01T00:00:00Z"><w:del w:id="2" w:author="B" w:date="2027-01-02T00:00:00Z"><w:r><w:delText>thoáng qua</w:delText></w:r></w:del></w:ins></w:p></w:body></w:document>`,
    );
    const text = texts(marked.xml);
    const release = { ...createRelease('news'), body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] } } as ReturnType<typeof createRelease>;
    const result = applyWordReview(release, [], marked, 'x', '2027-01-03T00:00:00Z');
    expect(result.suggestions).toBe(1);
    expect(result.release.body.content[0]!.content).toEqual([
      { type: 'text', text: 'Giữ ' },
      { type: 'text', text: 'thoáng qua', marks: [{ type: 'deletion', attrs: { id: 'xs1', by: '', name: 'B', initials: 'B', at: '2027-01-02T00:00:00Z' } }] },
    ]);
  });
});

describe('markDocumentXml stays linear in nesting', () => {
  it('20,000 comment ranges inside 40,000 nested elements take about as long as without the nesting', () => {
    const ranges = '<w:commentRangeStart w:id="1"/><w:commentRangeEnd w:id="1"/><w:ins w:id="2" w:author="A"><w:r><w:t>x</w:t></w:r></w:ins>'.repeat(10_000);
    const time = (depth: number): number => {
      const xml = `<w:document ${W}><w:body><w:p>${'<w:smartTag>'.repeat(depth)}${ranges}${'</w:smartTag>'.repeat(depth)}</w:p></w:body></w:document>`;
      const start = performance.now();
      expect(markDocumentXml(xml).commentRanges).toBe(10_000);
      return performance.now() - start;
    };
    time(0); // warm-up
    const flat = time(0);
    // Searching the path of open elements at every marker made this 40,000 x 30,000 steps.
    expect(time(40_000)).toBeLessThan(5 * flat + 300);
  });
});

describe('applyWordReview bounds overlapping comments', () => {
  it(`anchors at most ${MAX_OVERLAPPING_COMMENTS} overlapping ranges on a run; the rest come in general, counted`, () => {
    const n = MAX_OVERLAPPING_COMMENTS + 20;
    const ids = Array.from({ length: n }, (_, i) => String(i));
    const starts = ids.map((id) => `<w:commentRangeStart w:id="${id}"/>`).join('');
    const ends = ids.map((id) => `<w:commentRangeEnd w:id="${id}"/>`).join('');
    const marked = markDocumentXml(`<w:document ${W}><w:body><w:p>${starts}<w:r><w:t>chung</w:t></w:r>${ends}</w:p></w:body></w:document>`);
    const comments = ids.map((id) => ({ id, author: 'A', initials: 'A', date: '2027-01-01T00:00:00Z', text: `c${id}`, parent: null, done: false }));
    const release = { ...createRelease('news'), body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: texts(marked.xml) }] }] } } as ReturnType<typeof createRelease>;
    const result = applyWordReview(release, comments, marked, 'x', '2027-01-03T00:00:00Z');
    const run = result.release.body.content[0]!.content![0]!;
    expect(run.text).toBe('chung');
    expect(run.marks).toHaveLength(MAX_OVERLAPPING_COMMENTS);
    expect(result.release.threads.filter((t) => t.general)).toHaveLength(20);
    expect(result.dropped).toContain(`20 comment ranges overlapping more than ${MAX_OVERLAPPING_COMMENTS} others came in as general threads`);
  });
});
