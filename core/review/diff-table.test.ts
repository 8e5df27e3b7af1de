import { describe, expect, it } from 'vitest';
import { checkBody } from '../document/body-check';
import type { Release } from '../document/release';
import { resultsTable, scheduleTable, tcell, trow, ttable } from '../document/tables.fixture';
import { diffBodies } from './diff';

type Body = Release['body'];
const body = (...content: Body['content']): Body => ({ type: 'doc', content }) as Body;
const author = { by: 'fp', name: 'Lan', initials: 'L', at: '2026-11-28T10:00:00Z' };

describe('comparing bodies with tables (Compare with…, Changes since my last review)', () => {
  it('a word changed in a cell is a suggestion in that cell, and the result is a valid body', () => {
    const before = body(ttable(trow(tcell('Khai mạc'), tcell('8:00'))));
    const after = body(ttable(trow(tcell('Khai mạc hội nghị'), tcell('8:00'))));
    const diff = diffBodies(before, after, author);
    expect(checkBody(diff.body)).toBeNull();
    expect(diff.suggestionIds.length).toBeGreaterThan(0);
    expect(JSON.stringify(diff.body)).toContain('hội nghị');
  });

  it('a table added or removed whole gives a valid body', () => {
    for (const [a, b] of [
      [body(scheduleTable()), body(scheduleTable(), resultsTable())],
      [body(resultsTable(), scheduleTable()), body(scheduleTable())],
    ] as const) {
      const diff = diffBodies(a, b, author);
      expect(checkBody(diff.body)).toBeNull();
    }
  });
});
