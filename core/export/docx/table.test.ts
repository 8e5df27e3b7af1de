import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { resultsTable, tablesBody, wideTable } from '../../document/tables.fixture';
import type { ExportInput } from '../types';
import { docxBytes } from './index';
import { textWidth } from './spec';
import { columnTwips } from './table';
import { kitchenSinkInput } from './test-inputs';
import { docxSpecFor } from './layout-spec';

const onPath = (cmd: string): boolean => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

const withBody = (body: ExportInput['release']['body']): ExportInput => {
  const input = kitchenSinkInput('decree30');
  return { ...input, release: { ...input.release, body } };
};

async function documentXml(input: ExportInput): Promise<string> {
  const files = unzipSync(await docxBytes(input, { template: 'decree30' }));
  return strFromU8(files['word/document.xml']!);
}

/** The body's <w:tbl> elements, as XML (a notice's header is a table too: those holding body text). */
const tables = (xml: string): string[] =>
  [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((m) => m[0]).filter((t) => /Chỉ tiêu|Khai mạc|Cột 1/.test(t));
const rows = (tbl: string): string[] => [...tbl.matchAll(/<w:tr>.*?<\/w:tr>|<w:tr [^>]*>.*?<\/w:tr>/gs)].map((m) => m[0]);
const cellsOf = (tr: string): string[] => [...tr.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((m) => m[0]);
const textOf = (xml: string): string => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('a table in the DOCX', () => {
  it('is a real Word table: borders, a repeated and shaded header row, gridSpan and vMerge as in the grid', async () => {
    const [tbl] = tables(await documentXml(withBody(tablesBody())));
    expect(tbl).toBeDefined();
    expect(tbl).toMatch(/<w:tblBorders>.*<w:insideH w:val="single" w:color="000000" w:sz="4"\/>.*<\/w:tblBorders>/s);
    expect(tbl).toContain('<w:tblLayout w:type="fixed"/>');
    const trs = rows(tbl!);
    expect(trs).toHaveLength(5);
    // The header row repeats on every page; no other row does.
    expect(trs[0]).toContain('<w:tblHeader/>');
    expect(trs.slice(1).some((r) => r.includes('<w:tblHeader'))).toBe(false);
    expect(cellsOf(trs[0]!).every((c) => /<w:shd [^>]*w:fill="D9D9D9"/.test(c) && c.includes('<w:b/>'))).toBe(true);
    expect(cellsOf(trs[0]!).map(textOf)).toEqual(['Chỉ tiêu', 'Năm 2025', 'Năm 2026']);
    // "Số dự án" reaches down two rows: restart, then a continuing empty cell in the next row.
    expect(cellsOf(trs[2]!)[0]).toContain('<w:vMerge w:val="restart"/>');
    const fourth = cellsOf(trs[3]!);
    expect(fourth).toHaveLength(2);
    expect(fourth[0]).toContain('<w:vMerge w:val="continue"/>');
    expect(textOf(fourth[0]!)).toBe('');
    expect(fourth[1]).toContain('<w:gridSpan w:val="2"/>');
    expect(textOf(fourth[1]!)).toBe('trong đó FDI: 12');
    expect(cellsOf(trs[4]!)[0]).toContain('<w:gridSpan w:val="3"/>');
  });

  it("keeps the editor's column widths (15 twips a pixel) when they fit, and scales a wider table to the layout's text width", async () => {
    const text = textWidth(docxSpecFor('decree30').page);
    expect(columnTwips([200, 120, 120], text)).toEqual([3000, 1800, 1800]);
    const [tbl] = tables(await documentXml(withBody({ type: 'doc', content: [resultsTable()] })));
    expect([...tbl!.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))).toEqual([3000, 1800, 1800]);
    const [wide] = tables(await documentXml(withBody({ type: 'doc', content: [wideTable()] })));
    const cols = [...wide!.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(cols).toHaveLength(12);
    expect(cols.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(text);
    expect(cols.reduce((a, b) => a + b, 0)).toBeGreaterThan(text - 12);
    // Columns without a width share what is left; a table with none spans the text width.
    expect(columnTwips([null, null], text).reduce((a, b) => a + b, 0)).toBeGreaterThan(text - 2);
    expect(columnTwips([100, null], 9000)).toEqual([1500, 7500]);
  });

  it('gives a 60-column table narrow cell margins, so its columns still have room for text; a usual table keeps the default', async () => {
    const cell = (t: string) => ({ type: 'tableCell', attrs: { colspan: 1, rowspan: 1, colwidth: null }, content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }] });
    const sixty = { type: 'table', content: [{ type: 'tableRow', content: Array.from({ length: 60 }, (_, i) => cell(`Cột ${i + 1}`)) }] };
    const [tbl] = tables(await documentXml(withBody({ type: 'doc', content: [sixty] })));
    const col = Number(/<w:gridCol w:w="(\d+)"\/>/.exec(tbl!)![1]);
    const margin = /<w:tblCellMar><w:left w:type="dxa" w:w="(\d+)"\/><w:right w:type="dxa" w:w="(\d+)"\/>/.exec(tbl!);
    expect(margin).not.toBeNull();
    // Word's default 108 twips on each side would leave a column of ~150 twips no room at all.
    expect(col - Number(margin![1]) - Number(margin![2])).toBeGreaterThanOrEqual(col / 2);
    const [usual] = tables(await documentXml(withBody({ type: 'doc', content: [resultsTable()] })));
    expect(usual).not.toContain('<w:tblCellMar>');
  });

  it.skipIf(!onPath('soffice'))('LibreOffice reads it back: the header row as <thead>, shaded, with rowspan and colspan', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pressdesk-table-lo-'));
    try {
      const file = join(dir, 'tables.docx');
      writeFileSync(file, await docxBytes(withBody(tablesBody()), { template: 'decree30' }));
      execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'html', '--outdir', dir, file], { stdio: 'ignore', timeout: 120_000 });
      const html = readFileSync(join(dir, 'tables.html'), 'utf8');
      const table = [...html.matchAll(/<table.*?<\/table>/gs)].map((m) => m[0]).find((t) => t.includes('Chỉ tiêu'))!;
      expect(table).toMatch(/<thead>.*Chỉ tiêu.*<\/thead>/s);
      expect(table.match(/bgcolor="#d9d9d9"/g)).toHaveLength(3);
      expect(table).toMatch(/<td rowspan="2"[^>]*>.*?Số dự án/s);
      expect(table).toMatch(/<td colspan="2"[^>]*>.*?trong đó FDI/s);
      expect(table).toMatch(/<td colspan="3"[^>]*>.*?Ghi chú: số liệu sơ bộ/s);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!onPath('pandoc'))('pandoc reads it back as a table with its header row, spans and text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pressdesk-table-'));
    try {
      const file = join(dir, 'tables.docx');
      writeFileSync(file, await docxBytes(withBody(tablesBody()), { template: 'decree30' }));
      const html = execFileSync('pandoc', ['-f', 'docx', '-t', 'html', file], { encoding: 'utf8' });
      const tablesHtml = [...html.matchAll(/<table>.*?<\/table>/gs)].map((m) => m[0]).filter((t) => /Chỉ tiêu|Khai mạc/.test(t));
      expect(tablesHtml).toHaveLength(2);
      // Header cells are bold runs in Word, so pandoc writes them <strong>.
      expect(tablesHtml[0]).toMatch(/<thead>\s*<tr[^>]*>\s*<th><strong>Chỉ tiêu<\/strong><\/th>\s*<th><strong>Năm 2025<\/strong><\/th>\s*<th><strong>Năm 2026<\/strong><\/th>/);
      expect(tablesHtml[0]).toMatch(/<td rowspan="2">Số dự án<\/td>/);
      expect(tablesHtml[0]).toMatch(/<td colspan="2">[^]*trong đó FDI:[^]*12/);
      expect(tablesHtml[0]).toMatch(/<td colspan="3">Ghi chú: số liệu sơ bộ của Sở Tài chính Điện Biên<\/td>/);
      expect(tablesHtml[1]).toContain('Khai mạc hội nghị');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
