/**
 * The importers' structure limits: each refused exactly past its bound, with the reason, and the
 * inputs that were quadratic (or worse) before now finish in a moment.
 */
import { describe, expect, it } from 'vitest';
import { MAX_BODY_DEPTH } from '../document/body-check';
import { importHtml } from './html';
import { IMPORT_STRUCTURE_LIMITS as LIMITS, ImportTooComplexError, countHtmlTags, type ImportLimitReason } from './limits';
import { importMarkdown, importPlainText } from './text';

function refusal(f: () => unknown): ImportLimitReason | 'accepted' {
  try {
    f();
    return 'accepted';
  } catch (e) {
    if (e instanceof ImportTooComplexError) return e.reason;
    throw e;
  }
}

/**
 * CPU milliseconds f takes (CPU, not wall time: other work on a shared machine does not count). The
 * bounds below are several times what these inputs need now, and far below what they cost before.
 */
function timed(f: () => unknown): number {
  const start = process.cpuUsage();
  f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const html = (text: string) => () => importHtml(text, { kind: 'news' });
const md = (text: string) => () => importMarkdown(text, 'news');

describe('HTML import limits', () => {
  it('counts tags from the raw text: "<" and a letter', () => {
    expect(countHtmlTags('<p>a < b</p><!-- x --><br/><A href=x>1<2</a>')).toBe(3);
    expect(countHtmlTags('')).toBe(0);
    expect(countHtmlTags('x<')).toBe(0);
  });

  it('takes elements nested to the depth limit and refuses one level more', () => {
    const divs = (n: number) => '<div>'.repeat(n) + 'x' + '</div>'.repeat(n);
    expect(LIMITS.maxHtmlDepth).toBe(256);
    expect(refusal(html(divs(256)))).toBe('accepted');
    expect(refusal(html(divs(257)))).toBe('html-depth');
  });

  it('counts the depth the parser builds: implied ends and void elements do not nest', () => {
    expect(refusal(html('<p>a'.repeat(2_000) + '<br>'.repeat(2_000) + '<li>b'.repeat(2_000)))).toBe('accepted');
    expect(refusal(html('<b>a'.repeat(300)))).toBe('html-depth');
  });

  it('refuses 200,000 nested blockquotes at once (they took 28 s, then failed inside)', () => {
    const deep = '<blockquote>'.repeat(200_000) + 'x' + '</blockquote>'.repeat(200_000);
    let reason: string = '';
    expect(timed(() => (reason = refusal(html(deep))))).toBeLessThan(10_000);
    expect(reason).toBe('html-depth');
  });

  it('is linear where nesting multiplied the work: figures in figures, long runs of links', () => {
    // Each nested figure searched its whole subtree for an <img> again (12 s of CPU for this one).
    expect(timed(html('<figure>'.repeat(250) + '<span>x</span>'.repeat(150_000) + '</figure>'.repeat(250)))).toBeLessThan(5_000);
    // Reading the last character of a long merged run flattened it on every link (9 s).
    expect(timed(html('<div>'.repeat(250) + '<a href="https://x.vn">y</a>'.repeat(150_000)))).toBeLessThan(5_000);
  });

  it('refuses more tags than the limit before parsing', () => {
    expect(refusal(html('<br>'.repeat(LIMITS.maxHtmlElements)))).toBe('accepted');
    expect(refusal(html('<br>'.repeat(LIMITS.maxHtmlElements + 1)))).toBe('html-elements');
  });

  it('refuses a body nested deeper than the release schema allows (quotes within quotes)', () => {
    const quotes = (n: number) => '<blockquote>'.repeat(n) + 'x' + '</blockquote>'.repeat(n);
    // n quotes + the paragraph + its text: MAX_BODY_DEPTH levels below the doc is the schema's limit.
    expect(refusal(html(quotes(MAX_BODY_DEPTH - 2)))).toBe('accepted');
    expect(refusal(html(quotes(MAX_BODY_DEPTH - 1)))).toBe('body-depth');
  });

  it('refuses more blocks than the schema allows in one node', () => {
    expect(refusal(() => importPlainText('T\n\n' + 'a\n\n'.repeat(LIMITS.maxChildren + 1), 'news'))).toBe('body-size');
  });
});

describe('Markdown import limits', () => {
  it('takes quotes nested to the depth limit and refuses one level more, lists too', () => {
    expect(LIMITS.maxMarkdownDepth).toBe(32);
    expect(refusal(md('T\n\n' + '> '.repeat(32) + 'x'))).toBe('accepted');
    expect(refusal(md('T\n\n' + '> '.repeat(33) + 'x'))).toBe('markdown-depth');
    expect(refusal(md('T\n\n' + '- '.repeat(33) + 'x'))).toBe('markdown-depth');
    // A list level is two body levels (list, item): the body's own limit comes first.
    expect(refusal(md('T\n\n' + '- '.repeat(MAX_BODY_DEPTH / 2) + 'x'))).toBe('body-depth');
  });

  it('refuses a list nested 3,000 deep by indentation at once (it took 41 s)', () => {
    let text = 'Title\n\n';
    for (let i = 0; i < 3_000; i++) text += ' '.repeat(i) + '- item\n';
    let reason: string = '';
    expect(timed(() => (reason = refusal(md(text))))).toBeLessThan(10_000);
    expect(reason).toBe('markdown-depth');
  });

  it('bounds the re-reading of nested lines: lazy continuation lines under a deep item', () => {
    const text = 'T\n\n' + '- '.repeat(30) + 'x\n' + 'y\n'.repeat(200_000);
    expect(refusal(md(text))).toBe('markdown-work');
    // The same lines under a shallow item are read a few times only.
    expect(refusal(md('T\n\n- - x\n' + 'y\n'.repeat(200_000)))).toBe('accepted');
  });

  it('refuses emphasis and links nested past the inline limit', () => {
    expect(LIMITS.maxInlineDepth).toBe(32);
    expect(refusal(md('T\n\n' + '**'.repeat(32) + 'x' + '**'.repeat(32)))).toBe('accepted');
    expect(refusal(md('T\n\n' + '['.repeat(40) + 'x' + '](u)'.repeat(40)))).toBe('markdown-depth');
  });

  it('is linear on inputs that used to rescan to the end of the line from every character', () => {
    const cases = [
      'T\n\na' + ' '.repeat(300_000) + 'b\nc', // split on / {2,}\n/
      'T\n\n# a' + ' '.repeat(300_000) + 'b', // the heading regex
      '# a ' + '#'.repeat(300_000) + ' b\n\nx', // the headline's closing hashes
      'T\n\n' + '['.repeat(300_000), // a "]" searched from each "["
      'T\n\n' + '[a]('.repeat(100_000), // a ")" searched from each "("
      'T\n\n' + '*a '.repeat(100_000), // a closing "*" searched from each
    ];
    for (const text of cases) expect(timed(md(text))).toBeLessThan(10_000);
  });

  it('still reads closers, links and breaks as before', () => {
    const release = importMarkdown('# Title ##\n\n*a* **b** [c](https://x.vn) d  \ne\\\nf\n  g', 'news');
    expect(release.headline).toBe('Title');
    expect(release.body.content[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'a', marks: [{ type: 'italic' }] },
        { type: 'text', text: ' ' },
        { type: 'text', text: 'b', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' ' },
        { type: 'text', text: 'c', marks: [{ type: 'link', attrs: { href: 'https://x.vn' } }] },
        { type: 'text', text: ' d' },
        { type: 'hardBreak' },
        { type: 'text', text: 'e' },
        { type: 'hardBreak' },
        { type: 'text', text: 'f g' },
      ],
    });
  });
});

describe('children per node, refused as they are built', () => {
  it('refuses at the first child past the limit, in text runs and in Markdown lists and blocks', () => {
    const over = LIMITS.maxChildren + 1;
    expect(refusal(md('T\n\n' + '**a**b'.repeat(over / 2 + 1)))).toBe('body-size');
    expect(refusal(md('T\n\n' + '- a\n'.repeat(over)))).toBe('body-size');
    expect(refusal(md('T\n\n' + '# a\n'.repeat(over)))).toBe('body-size');
    expect(refusal(() => importPlainText('T\n\n' + 'a\n'.repeat(over), 'news'))).toBe('body-size');
    expect(refusal(md('T\n\n' + '- a\n'.repeat(LIMITS.maxChildren)))).toBe('accepted');
  });

  it('is linear on a Markdown line of a million "a_" (each "_" searched to the end before)', () => {
    expect(timed(md('T\n\n' + 'a_'.repeat(1_000_000)))).toBeLessThan(5_000);
  });
});
