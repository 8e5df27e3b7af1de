import { describe, expect, it } from 'vitest';
import { NOTE_TEXTS, marksFootnotesBody } from '../../document/marks-footnotes.fixture';
import type { Release } from '../../document/release';
import type { ExportInput } from '../types';
import { renderCmsExport } from './cms';
import { renderStandaloneHtml } from './standalone';
import { kitchenSinkInput } from './test-support';

const input = (language: Release['language'] = 'vi'): ExportInput => {
  const base = kitchenSinkInput('news');
  return { ...base, release: { ...base.release, language, body: marksFootnotesBody() } };
};

const REFS = [1, 2, 3].map((n) => `<sup><a href="#fn-${n}" id="fnref-${n}" rel="noopener noreferrer">${n}</a></sup>`);

describe('strike, subscript, superscript and footnotes in HTML', () => {
  it('the standalone page: <s>, <sub>, <sup>, numbered references and the notes with back links, nothing removed', () => {
    const removed: string[] = [];
    const { html } = renderStandaloneHtml(input(), { images: 'embed', onRemoved: (w) => removed.push(w) });
    expect(removed).toEqual([]);
    expect(html).toContain(`<h2>Khí thải CO<sub>2</sub> giảm${REFS[0]}</h2>`);
    expect(html).toContain(`<p>Diện tích 120 m<sup>2</sup>, giá <s>5 tỷ</s> 4 tỷ đồng${REFS[1]} theo quy định.</p>`);
    expect(html).toContain(`<li>H<strong><sub>2</sub></strong>O đậm${REFS[2]}</li>`);
    const section = /<section class="footnotes">\n<h2>Chú thích<\/h2>\n<ol>\n([\s\S]*?)<\/ol>\n<\/section>/.exec(html);
    expect(section).not.toBeNull();
    const items = [...section![1]!.matchAll(/<li id="fn-(\d)">(.*?) <a href="#fnref-(\d)" aria-label="Quay lại chỗ chú thích (\d)" rel="noopener noreferrer">↩︎<\/a><\/li>/g)];
    expect(items.map((m) => [m[1], m[2], m[3], m[4]])).toEqual([
      ['1', NOTE_TEXTS[0], '1', '1'],
      ['2', NOTE_TEXTS[1], '2', '2'],
      ['3', NOTE_TEXTS[2].replace('\n', '<br>'), '3', '3'],
    ]);
    // The notes come after the pen name, at the end of the article.
    expect(html.indexOf('class="author"')).toBeLessThan(html.indexOf('class="footnotes"'));
  });

  it("labels the notes in the release's language", () => {
    const { html } = renderStandaloneHtml(input('en'), { images: 'embed' });
    expect(html).toContain('<h2>Notes</h2>');
    expect(html).toContain('aria-label="Back to note 2"');
  });

  it('a release without footnotes has no notes section', () => {
    const { html } = renderStandaloneHtml(kitchenSinkInput('news'), { images: 'embed' });
    expect(html).not.toContain('class="footnotes"');
    expect(html).not.toContain('fn-1');
  });

  it('a note in text suggested for deletion takes no number (the clean export reads as accepted)', () => {
    const base = input();
    const deleted = { type: 'deletion', attrs: { id: 's1', by: '', name: 'A', initials: 'A', at: '' } };
    const body = marksFootnotesBody();
    const heading = body.content[0]!;
    heading.content = heading.content!.map((n) => (n.type === 'footnote' ? { ...n, marks: [deleted] } : n)) as typeof heading.content;
    const { html } = renderStandaloneHtml({ ...base, release: { ...base.release, body } }, { images: 'embed' });
    expect(html).not.toContain(NOTE_TEXTS[0]);
    expect(html).toContain(`đồng<sup><a href="#fn-1" id="fnref-1" rel="noopener noreferrer">1</a></sup>`);
    expect(html).toContain(`<li id="fn-1">${NOTE_TEXTS[1]} `);
  });

  it('the CMS body: the same marks and references, the notes as a heading and a list (no section), kept by the sanitizer', () => {
    for (const preset of ['figure', 'centered'] as const) {
      const removed: string[] = [];
      const { fields } = renderCmsExport(input(), { preset, onRemoved: (w) => removed.push(w) });
      expect(removed).toEqual([]);
      expect(fields.bodyHtml).toContain(`<s>5 tỷ</s>`);
      expect(fields.bodyHtml).toContain(`CO<sub>2</sub>`);
      expect(fields.bodyHtml).toContain(REFS[2]);
      expect(fields.bodyHtml).toMatch(/<h2>Chú thích<\/h2>\n<ol>\n<li id="fn-1">Theo số liệu/);
      expect(fields.bodyHtml).not.toContain('<section');
    }
  });
});
