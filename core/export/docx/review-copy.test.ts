import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createRelease, type PmNode, type Release } from '../../document/release';
import { UNNAMED_AUTHOR } from '../../review/people';
import type { ExportInput } from '../types';
import { docxBytes } from './index';
import { GENERATOR, STATE_ORGANISATION } from './test-inputs';
import { REVIEWERS, plainRelease, withReview } from './test-review-inputs';

const release = withReview(plainRelease(createRelease('press'), 12), 5, 9);
const input: ExportInput = { release, assets: new Map(), organisation: STATE_ORGANISATION, generator: GENERATOR };

async function parts(reviewCopy: boolean): Promise<Record<string, string>> {
  const files = unzipSync(await docxBytes(input, { template: 'press', reviewCopy }));
  return Object.fromEntries(Object.entries(files).filter(([n]) => n.endsWith('.xml')).map(([n, b]) => [n, strFromU8(b)]));
}

const count = (xml: string, re: RegExp): number => [...xml.matchAll(re)].length;

describe('DOCX review copy: Word comments and tracked changes', () => {
  it('writes every comment with author, initials and date, replies threaded, the resolved thread done', async () => {
    const xml = await parts(true);
    const comments = xml['word/comments.xml']!;
    // 5 threads; threads 2 has two replies: 7 comments.
    expect(count(comments, /<w:comment /g)).toBe(7);
    expect(comments).toContain(`w:author="${REVIEWERS[0]!.name}"`);
    expect(comments).toContain(`w:initials="${REVIEWERS[1]!.initials}"`);
    expect(comments).toContain('w:date="2027-01-10T08:00:02');
    expect(comments).toContain('Trả lời 2: đồng ý.');
    const extended = xml['word/commentsExtended.xml']!;
    expect(count(extended, /w15:paraIdParent=/g)).toBe(2);
    expect(extended).toMatch(/w15:done="1"/);
    const doc = xml['word/document.xml']!;
    for (let id = 0; id < 7; id++) {
      expect(count(doc, new RegExp(`<w:commentRangeStart w:id="${id}"/>`, 'g'))).toBe(1);
      expect(count(doc, new RegExp(`<w:commentRangeEnd w:id="${id}"/>`, 'g'))).toBe(1);
      expect(count(doc, new RegExp(`<w:commentReference w:id="${id}"/>`, 'g'))).toBe(1);
    }
    // The anchored text sits between its markers: thread t1's first comment is id 1.
    expect(doc).toMatch(/<w:commentRangeStart w:id="1"\/><w:r><w:t xml:space="preserve">Đoạn 1: Ủy b<\/w:t><\/w:r><w:commentRangeEnd w:id="1"\/>/);
    // The general thread (id 0) is an empty range.
    expect(doc).toContain('<w:commentRangeStart w:id="0"/><w:commentRangeEnd w:id="0"/>');
  });

  it('writes suggestions as w:ins and w:del with author and date, deleted text as w:delText', async () => {
    const doc = (await parts(true))['word/document.xml']!;
    // 9 suggestions: 3 insertions, 3 deletions, 3 replacements (a w:del and a w:ins each).
    expect(count(doc, /<w:ins /g)).toBe(6);
    expect(count(doc, /<w:del /g)).toBe(6);
    expect(doc).toMatch(new RegExp(`<w:ins w:id="\\d+" w:author="${REVIEWERS[0]!.name}" w:date="2027-01-10T08:00:00Z"><w:r><w:t xml:space="preserve">thêm 0 </w:t></w:r></w:ins>`));
    expect(doc).toMatch(/<w:del w:id="\d+" w:author="[^"]+" w:date="2027-01-10T08:00:01Z"><w:r><w:delText xml:space="preserve">[^<]+<\/w:delText><\/w:r><\/w:del>/);
    const ids = [...doc.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc).not.toMatch(/<w:t[^>]*>[^<]*<\/w:t><\/w:r><\/w:del>/);
  });

  it('the clean export has no comment and no revision, and reads as if the suggestions were accepted', async () => {
    const xml = await parts(false);
    expect(xml['word/comments.xml']).toBeUndefined();
    expect(xml['word/commentsExtended.xml']).toBeUndefined();
    const doc = xml['word/document.xml']!;
    expect(doc).not.toMatch(/<w:(ins|del|commentRangeStart|commentRangeEnd|commentReference|delText)\b/);
    expect(doc).toContain('thêm 0 ');
    expect(doc).toContain('thay 2');
  });

  it('groups consecutive runs of one suggestion into one w:ins, inside a link, with bold changing only the run', async () => {
    const attrs = { id: 's1', by: '', name: 'Word User', initials: 'WU', at: '2027-01-10T08:00:00Z' };
    const link = { type: 'link' as const, attrs: { href: 'https://example.vn' } };
    const ins = { type: 'insertion' as const, attrs };
    const body = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Xem ', marks: [link] },
            { type: 'text', text: 'thêm ', marks: [ins, link] },
            { type: 'text', text: 'đậm', marks: [ins, link, { type: 'bold' as const }] },
            { type: 'text', text: ' trang', marks: [link] },
          ],
        },
      ],
    };
    const one: ExportInput = { ...input, release: { ...createRelease('news'), body: body as ExportInput['release']['body'] } };
    const doc = strFromU8(unzipSync(await docxBytes(one, { template: 'news', reviewCopy: true }))['word/document.xml']!);
    expect(count(doc, /<w:hyperlink /g)).toBe(1);
    expect(doc).toMatch(/<w:hyperlink [^>]*>.*<w:ins w:id="\d+" w:author="Word User" w:date="2027-01-10T08:00:00Z"><w:r>.*thêm .*<\/w:r><w:r><w:rPr>.*<w:b\/>.*đậm.*<\/w:r><\/w:ins>.* trang.*<\/w:hyperlink>/);
    expect(count(doc, /<w:ins /g)).toBe(1);
  });

  it('never writes an empty w:author: an unnamed comment or suggestion carries the unnamed label in the release language', async () => {
    const unnamed = (r: Release): Release => {
      const strip = (node: PmNode): PmNode => ({
        ...node,
        ...(node.marks ? { marks: node.marks.map((m) => (m.type === 'insertion' || m.type === 'deletion' ? { ...m, attrs: { ...m.attrs, name: '' } } : m)) } : {}),
        ...(node.content ? { content: node.content.map(strip) } : {}),
      });
      const threads = r.threads.map((t) => ({ ...t, comments: t.comments.map((c) => ({ ...c, by: { ...c.by, name: ' ' } })) }));
      return { ...r, body: { type: 'doc', content: (r.body.content ?? []).map(strip) }, threads };
    };
    for (const language of ['vi', 'en'] as const) {
      const r = unnamed({ ...release, language });
      const files = unzipSync(await docxBytes({ ...input, release: r }, { template: 'press', reviewCopy: true }));
      const comments = strFromU8(files['word/comments.xml']!);
      const doc = strFromU8(files['word/document.xml']!);
      expect(comments).not.toMatch(/w:author="\s*"/);
      expect(doc).not.toMatch(/w:author="\s*"/);
      expect(count(comments, new RegExp(`w:author="${UNNAMED_AUTHOR[language]}"`, 'g'))).toBe(7);
      expect(count(doc, new RegExp(`<w:(?:ins|del) w:id="\\d+" w:author="${UNNAMED_AUTHOR[language]}"`, 'g'))).toBe(12);
    }
  });
});
