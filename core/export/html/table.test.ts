import { describe, expect, it } from 'vitest';
import type { PmNode } from '../../document/release';
import { resultsTable, scheduleTable, tablesBody, tcell, theader, trow, ttable } from '../../document/tables.fixture';
import { renderBlocks } from './body';
import { renderCmsExport } from './cms';
import { renderStandaloneHtml } from './standalone';
import { sanitizeHtml } from './sanitize';
import { tableHtml } from './table';
import { kitchenSinkInput } from './test-support';

const html = (table: PmNode): string => renderBlocks([table], { figure: () => '' });

describe('a table as HTML', () => {
  it('has a <thead> for its header row, a <tbody> for the rest, and the spans of the grid', () => {
    expect(html(resultsTable())).toBe(
      '<table>\n' +
        '<thead>\n<tr><th>Chỉ tiêu</th><th>Năm 2025</th><th>Năm 2026</th></tr>\n</thead>\n' +
        '<tbody>\n' +
        '<tr><td>Vốn đăng ký (tỷ đồng)</td><td>1.250</td><td>1.870</td></tr>\n' +
        '<tr><td rowspan="2">Số dự án</td><td>42</td><td>57</td></tr>\n' +
        '<tr><td colspan="2"><p>trong đó FDI: </p><p><strong>12</strong></p></td></tr>\n' +
        '<tr><td colspan="3">Ghi chú: số liệu sơ bộ của Sở Tài chính Điện Biên</td></tr>\n' +
        '</tbody>\n</table>\n',
    );
  });

  it('has no <thead> without a header row, and keeps an empty cell', () => {
    expect(html(scheduleTable())).toBe('<table>\n<tbody>\n<tr><td>8:00</td><td>Khai mạc hội nghị</td></tr>\n<tr><td>9:30</td><td></td></tr>\n</tbody>\n</table>\n');
  });

  it('never lets a span cross from <thead> into <tbody>, nor past the last row', () => {
    const t = ttable(trow(theader('a', { rowspan: 5 }), theader('b')), trow(tcell('c')));
    // The first row's header cell reaches into the second row, so it is not a header row of its own.
    expect(tableHtml(t, () => 'x')).toBe('<table>\n<tbody>\n<tr><th rowspan="2">x</th><th>x</th></tr>\n<tr><td>x</td></tr>\n</tbody>\n</table>\n');
  });

  it('a whole table of header cells keeps its last row in <tbody>', () => {
    expect(tableHtml(ttable(trow(theader('a')), trow(theader('b'))), () => 'x')).toBe('<table>\n<thead>\n<tr><th>x</th></tr>\n</thead>\n<tbody>\n<tr><th>x</th></tr>\n</tbody>\n</table>\n');
  });

  it('passes the output sanitizer untouched (standalone and both CMS presets), and the sanitizer drops what a table must not carry', () => {
    const body = html(resultsTable());
    for (const profile of ['standalone', 'cms-figure', 'cms-centered'] as const) {
      const removed: string[] = [];
      expect(sanitizeHtml(body, { profile, images: 'files', onRemoved: (w) => removed.push(w) })).toBe(body);
      expect(removed).toEqual([]);
    }
    const removed: string[] = [];
    const dirty = '<table style="width:900px" onclick="x()"><tbody><tr><td colspan="2" width="300" class="MsoNormal" rowspan="-1">a</td></tr></tbody></table>';
    expect(sanitizeHtml(dirty, { profile: 'cms-figure', images: 'files', onRemoved: (w) => removed.push(w) })).toBe('<table><tbody><tr><td colspan="2">a</td></tr></tbody></table>');
    expect(removed).toEqual(expect.arrayContaining(['table[style]', 'table[onclick]', 'td[width]', 'td[class]', 'td[rowspan]']));
  });

  it('is in the standalone page, with the table styles, and in the CMS body', () => {
    const input = kitchenSinkInput('news');
    const withTables = { ...input, release: { ...input.release, body: tablesBody() } };
    const removed: string[] = [];
    const page = renderStandaloneHtml(withTables, { images: 'embed', onRemoved: (w) => removed.push(w) }).html;
    expect(removed).toEqual([]);
    expect(page).toContain('<thead>\n<tr><th>Chỉ tiêu</th>');
    expect(page).toContain('<td rowspan="2">Số dự án</td>');
    expect(page).toMatch(/th, td \{ border: 1px solid/);
    const cms = renderCmsExport(withTables, { preset: 'figure' }).fields.bodyHtml;
    expect(cms).toContain('<table>\n<thead>');
    expect(cms).toContain('<td colspan="3">Ghi chú');
  });
});
