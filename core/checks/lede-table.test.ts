import { describe, expect, it } from 'vitest';
import { createRelease, type PmNode, type Release } from '../document/release';
import { resultsTable, tcell, theader, trow, ttable } from '../document/tables.fixture';
import { nodeSize, runPreflight } from './index';

const NOW = new Date('2026-11-28T10:00:00+07:00');
const p = (text?: string): PmNode => (text === undefined ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text }] });
const press = (...content: PmNode[]): Release => ({
  ...createRelease('press', { place: 'Điện Biên', penName: 'An', today: '2026-11-28' }),
  body: { type: 'doc', content } as Release['body'],
});
const lede = (r: Release) => runPreflight(r, NOW).filter((f) => f.ruleId === 'lede.present');

describe('lede.present with a table before the text (issue 10)', () => {
  it("a table whose top-left cell is empty, as results tables often are, does not block a press release that has its lede after it", () => {
    const table = ttable(trow(theader(''), theader('Năm 2025')), trow(tcell('Vốn đăng ký'), tcell('1.250')));
    expect(lede(press(table, p('Sáng 8/1, Sở Tài chính công bố kết quả thu hút đầu tư.')))).toEqual([]);
  });

  it("a table's cells are not the lede: a body of a table and an empty paragraph is still missing it, pointed at that paragraph", () => {
    const table = resultsTable();
    expect(lede(press(table, p()))).toEqual([{ ruleId: 'lede.present', severity: 'blocker', params: {}, target: { bodyPos: nodeSize(table) } }]);
  });
});
