import { describe, expect, it } from 'vitest';
import { createRelease, type PmNode, type Release } from '../document/release';
import { resultsTable, scheduleTable, tcell, trow, ttable, wideTable } from '../document/tables.fixture';
import { nodeSize, runPreflight } from './index';
import { MIN_READABLE_COLUMN_MM, tableWidthFindings, textWidthMm } from './table-width';

const NOW = new Date('2026-11-28T10:00:00+07:00');
const release = (kind: Release['kind'], ...content: PmNode[]): Release => ({
  ...createRelease(kind, { place: 'Điện Biên', penName: 'An', today: '2026-11-28' }),
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Mở đầu.' }] }, ...content] } as Release['body'],
});

describe('the table.width preflight rule', () => {
  it('names a table whose set widths pass the text width of the chosen layout, at its place in the body', () => {
    const r = release('news', scheduleTable(), wideTable());
    const findings = runPreflight(r, NOW).filter((f) => f.ruleId === 'table.width');
    const before = nodeSize(r.body.content[0]!) + nodeSize(r.body.content[1]!);
    // 12 columns of 150 px = 476 mm, against news's 210 - 25 - 20 = 165 mm.
    expect(textWidthMm('news')).toBe(165);
    expect(findings).toEqual([
      { ruleId: 'table.width', severity: 'warning', params: { table: 2, columns: 12, layout: 'news', pageMm: 165, reason: 'wide', widthMm: 476 }, target: { bodyPos: before } },
    ]);
  });

  it('measures against the layout about to be exported, by default the kind\'s own under the rulebook', () => {
    // Every layout's text width is 165 mm today (A4 less 45 mm of margins); 3 columns of 200 px are 159 mm, of 210 px 167 mm.
    const cols = (px: number): PmNode => ttable(trow(tcell('a', { colwidth: [px] }), tcell('b', { colwidth: [px] }), tcell('c', { colwidth: [px] })));
    expect(tableWidthFindings(release('news', cols(200)), { template: 'news' })).toEqual([]);
    expect(tableWidthFindings(release('notice', cols(210)), { template: 'decree30' })[0]!.params).toMatchObject({ layout: 'decree30', reason: 'wide', widthMm: 167 });
    const party = { parentBody: 'x', issuingBody: 'y', abbreviation: 'z', placeName: 'w', rulebook: 'party' as const };
    expect(tableWidthFindings(release('notice', cols(210)), { organisation: party })[0]!.params['layout']).toBe('party36');
  });

  it('warns about too many columns to read even when no width is set', () => {
    const columns = Math.floor(165 / MIN_READABLE_COLUMN_MM) + 1;
    const many = ttable(trow(...Array.from({ length: columns }, (_, i) => tcell(String(i)))));
    expect(tableWidthFindings(release('news', many), {})[0]!.params).toMatchObject({ reason: 'columns', columns, table: 1 });
    const fewer = ttable(trow(...Array.from({ length: columns - 1 }, (_, i) => tcell(String(i)))));
    expect(tableWidthFindings(release('news', fewer), {})).toEqual([]);
  });

  it('finds nothing for tables that fit', () => {
    expect(runPreflight(release('press', resultsTable(), scheduleTable()), NOW).filter((f) => f.ruleId === 'table.width')).toEqual([]);
  });
});
