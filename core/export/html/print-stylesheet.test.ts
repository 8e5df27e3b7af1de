import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxBytes } from '../docx';
import { LAYOUT_NAMES, LAYOUTS, mmToTwips, SINGLE_LINE_EM, type Layout } from '../layout';
import type { ExportInput } from '../types';
import { printStylesheet } from './print-stylesheet';
import { kitchenSinkInput } from './test-support';

const KIND: Record<Layout, ExportInput['release']['kind']> = { news: 'news', press: 'press', decree30: 'notice', party36: 'notice' };

/** The attributes of the first `<tag …>` in xml. */
function attrs(xml: string, tag: string): Record<string, string> {
  const m = new RegExp(`<${tag}\\b([^>]*)>`).exec(xml);
  if (!m) throw new Error(`no <${tag}>`);
  return Object.fromEntries([...m[1]!.matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]));
}

function normalStyle(styles: string): string {
  const m = /<w:style [^>]*w:styleId="Normal"[^>]*>(.*?)<\/w:style>/.exec(styles);
  if (!m) throw new Error('no Normal style');
  return m[1]!;
}

/** The declarations of the first CSS block whose selector is exactly `selector` (top level of the sheet). */
function rule(css: string, selector: string): Record<string, string> {
  const at = css.indexOf(`\n${selector} {`);
  if (at < 0) throw new Error(`no rule ${selector}`);
  const body = css.slice(css.indexOf('{', at) + 1, css.indexOf('}', at));
  return Object.fromEntries(
    body
      .split(';')
      .map((d) => d.trim())
      .filter((d) => d.includes(':'))
      .map((d) => [d.slice(0, d.indexOf(':')).trim(), d.slice(d.indexOf(':') + 1).trim()]),
  );
}

/** Millimetres, points or centimetres in twips. */
function twips(length: string): number {
  const m = /^(-?[\d.]+)(mm|pt|cm)?$/.exec(length.trim());
  if (!m) throw new Error(`not a length: ${length}`);
  const n = Number(m[1]);
  return m[2] === 'pt' ? n * 20 : m[2] === 'cm' ? mmToTwips(n * 10) : m[2] === 'mm' ? mmToTwips(n) : n;
}

async function docxParts(layout: Layout): Promise<{ doc: string; styles: string; headers: string[]; footers: string[] }> {
  const files = unzipSync(await docxBytes(kitchenSinkInput(KIND[layout]), { template: layout }));
  const text = (name: string): string => strFromU8(files[name]!);
  const names = Object.keys(files);
  return {
    doc: text('word/document.xml'),
    styles: text('word/styles.xml'),
    headers: names.filter((n) => /^word\/header\d+\.xml$/.test(n)).map(text),
    footers: names.filter((n) => /^word\/footer\d+\.xml$/.test(n)).map(text),
  };
}

describe.each(LAYOUT_NAMES)('layout %s: the DOCX and the print stylesheet say the same', (layout) => {
  const css = printStylesheet(layout);
  const parts = docxParts(layout);
  const page = css.slice(css.indexOf('@page {'), css.indexOf('@page :first'));

  it('page size and margins', async () => {
    const { doc } = await parts;
    const [w, h] = /size: (\S+) (\S+);/.exec(page)!.slice(1);
    expect(attrs(doc, 'w:pgSz')).toMatchObject({ 'w:w': String(twips(w!)), 'w:h': String(twips(h!)) });
    const [top, right, bottom, left] = /\n {2}margin: (\S+) (\S+) (\S+) (\S+);/.exec(page)!.slice(1).map((v) => String(twips(v)));
    expect(attrs(doc, 'w:pgMar')).toMatchObject({ 'w:top': top, 'w:right': right, 'w:bottom': bottom, 'w:left': left });
    if (layout !== 'news' && layout !== 'press') expect(attrs(doc, 'w:pgMar')).toMatchObject({ 'w:top': '1134', 'w:left': '1701', 'w:right': '850' });
  });

  it('font, body size, alignment, first-line indent, space after and line spacing', async () => {
    const { styles } = await parts;
    const normal = normalStyle(styles);
    const body = rule(css, 'body');
    const p = rule(css, 'p');
    expect(body['font-family']!.startsWith(`"${LAYOUTS[layout].font}"`) || body['font-family']!.startsWith(`${LAYOUTS[layout].font},`)).toBe(true);
    expect(normal).toContain(`w:ascii="${LAYOUTS[layout].font}"`);
    expect(normal).toContain(`<w:sz w:val="${twips(body['font-size']!) / 10}"/>`);
    expect(normal).toContain(`<w:jc w:val="${p['text-align'] === 'justify' ? 'both' : 'left'}"/>`);
    const spacing = attrs(normal, 'w:spacing');
    const [after] = p['margin']!.split(' ').slice(2);
    expect(spacing['w:after']).toBe(String(twips(after!)));
    expect(Number(spacing['w:line'])).toBe(Math.round((Number(body['line-height']) / SINGLE_LINE_EM) * 240));
    const indent = p['text-indent'] === '0' ? 0 : twips(p['text-indent']!);
    if (indent === 0) expect(normal).not.toMatch(/w:firstLine="[1-9]/);
    else expect(attrs(normal, 'w:ind')['w:firstLine']).toBe(String(indent));
  });

  it('page numbers in the same place and size, none on page 1', async () => {
    const { doc, headers, footers } = await parts;
    expect(doc).toContain('<w:titlePg/>');
    const box = /@(top|bottom)-(center|right) \{ content: counter\(page\);[^}]*font-size: (\S+);/.exec(page);
    expect(box).not.toBeNull();
    const [edge, align, size] = box!.slice(1);
    expect(css).toContain(`@page :first { @${edge}-${align} { content: none; } }`);
    const withNumber = (edge === 'top' ? headers : footers).filter((x) => x.includes('PAGE'));
    expect(withNumber).toHaveLength(1);
    expect(withNumber[0]).toContain(`<w:jc w:val="${align === 'center' ? 'center' : 'right'}"/>`);
    expect(withNumber[0]).toContain(`<w:sz w:val="${twips(size!) / 10}"/>`);
    expect((edge === 'top' ? footers : headers).some((x) => x.includes('PAGE'))).toBe(false);
  });

  it('the header columns of a notice (none for the others)', async () => {
    const { doc } = await parts;
    const head = css.includes('\n.notice-head {') ? rule(css, '.notice-head') : null;
    if (LAYOUTS[layout].notice === null) {
      expect(head).toBeNull();
      return;
    }
    const cols = head!['grid-template-columns']!.split(' ').map(twips);
    const grid = [.../<w:tblGrid>(.*?)<\/w:tblGrid>/.exec(doc)![1]!.matchAll(/w:w="(\d+)"/g)].map((m) => Number(m[1]));
    // Equal to the twip (each side rounds millimetres on its own).
    expect(grid).toHaveLength(2);
    grid.forEach((w, i) => expect(Math.abs(w - cols[i]!)).toBeLessThanOrEqual(1));
    const parent = rule(css, '.notice-parent')['font-size']!;
    expect(doc).toMatch(new RegExp(`<w:sz w:val="${twips(parent) / 10}"/>`));
  });
});

describe('printStylesheet', () => {
  it('puts Decree 30 page numbers top centre, the news at the foot, and a draft mark on every page of a draft', () => {
    expect(printStylesheet('decree30')).toContain('@top-center { content: counter(page);');
    expect(printStylesheet('news')).toContain('@bottom-center { content: counter(page);');
    expect(printStylesheet('news')).not.toContain('BẢN NHÁP');
    expect(printStylesheet('news', { draft: true })).toContain('@top-right { content: "DRAFT / BẢN NHÁP"');
    expect(printStylesheet('news', { draft: true })).toContain('@page :first { @bottom-center { content: none; } @top-right { content: none; } }');
  });

  it('draws a rule under the state issuing body and a star under the Party board', () => {
    expect(printStylesheet('decree30')).toMatch(/\.notice-issuer::after \{ content: ""; [^}]*border-bottom/);
    expect(printStylesheet('party36')).toContain('.notice-issuer::after { content: "*";');
  });
});

describe('the standalone HTML page in print', () => {
  it('takes its layout\'s paper, margins and body size from the same table (no longer 20/15/20/25 mm and 12.5 pt for all)', async () => {
    const { renderStandaloneHtml } = await import('./standalone');
    const news = renderStandaloneHtml(kitchenSinkInput('news'), { images: 'files' }).html;
    expect(news).toContain('@page { size: 210mm 297mm; margin: 20mm 20mm 20mm 25mm; }');
    expect(news).toContain('body { font-size: 13pt;');
    const notice = renderStandaloneHtml(kitchenSinkInput('notice'), { images: 'files' }).html;
    expect(notice).toContain('@page { size: 210mm 297mm; margin: 20mm 15mm 20mm 30mm; }');
    expect(notice).toContain('body { font-size: 14pt;');
    expect(notice).not.toContain('12.5pt');
  });
});
