import { describe, expect, it } from 'vitest';
import { checkBody } from '../document/body-check';
import { createRelease, type PmNode, type Release } from '../document/release';
import { resultsTable } from '../document/tables.fixture';
import { compareWithSnapshot } from './compare';
import { mergeReview } from './merge';
import { snapshotContent } from './snapshot';
import { NOBODY } from './test-merge-fixture';

const withTable = (): Release => ({ ...createRelease('press'), headline: 'Kết quả thu hút đầu tư', body: { type: 'doc', content: [resultsTable()] } });
const firstRow = (release: Release | { body: Release['body'] }): PmNode[] => release.body.content[0]!.content![0]!.content!;
const at = '2026-11-30T08:00:00+07:00';

/** The release with its header row turned into ordinary cells (Table ▸ Header row off). */
function headerRowOff(release: Release): Release {
  const copy = structuredClone(release);
  for (const cell of firstRow(copy)) cell.type = 'tableCell';
  return copy;
}

/** The release with the first column widened (a column border dragged). */
function widened(release: Release): Release {
  const copy = structuredClone(release);
  firstRow(copy)[0]!.attrs = { colwidth: [260] };
  return copy;
}

describe("a table's layout changed between two versions (spans, widths, header row)", () => {
  it('Compare with… counts a width or header-row change, which changes the signed content, instead of saying nothing changed', () => {
    const before = withTable();
    const width = compareWithSnapshot(snapshotContent(before), widened(before));
    expect(width.textChanges).toBe(0);
    expect(width.tableCells).toBe(1);
    const header = compareWithSnapshot(snapshotContent(before), headerRowOff(before));
    // The header cells are the same cells made ordinary: not their text out and in again.
    expect(header.textChanges).toBe(0);
    expect(header.tableCells).toBe(3);
    expect(firstRow(header)).toHaveLength(3);
    expect(checkBody(header.body)).toBeNull();
    expect(compareWithSnapshot(snapshotContent(before), structuredClone(before)).tableCells).toBe(0);
  });

  it("merging a reviewer's copy whose header row is off keeps a three-cell row and lists the layout change, not six suggestions", () => {
    const author = withTable();
    const { release, report } = mergeReview(author, headerRowOff(author), { fallbackReviewer: NOBODY, at });
    expect(firstRow(release).map((c) => c.type)).toEqual(['tableHeader', 'tableHeader', 'tableHeader']);
    expect(checkBody(release.body)).toBeNull();
    expect(report.directEditsAsSuggestions).toBe(0);
    expect(report.unplaced.map((u) => [u.kind, u.text])).toEqual([
      ['table', 'Chỉ tiêu'],
      ['table', 'Năm 2025'],
      ['table', 'Năm 2026'],
    ]);
  });

  it("a reviewer's column width is listed as not taken (the author's width stays), never dropped silently", () => {
    const author = withTable();
    const { release, report } = mergeReview(author, widened(author), { fallbackReviewer: NOBODY, at });
    expect(firstRow(release)[0]!.attrs).toEqual({ colwidth: [200] });
    expect(report.unplaced).toEqual([{ kind: 'table', id: 'table-1', text: 'Chỉ tiêu', by: NOBODY.name }]);
  });
});
