/** Recovery of issue 10's content: a draft with tables, notes and marks, killed before a save, comes back as it was. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { marksFootnotesBody } from '../../core/document/marks-footnotes.fixture';
import type { Release } from '../../core/document/release';
import { resultsTable, scheduleTable, wideTable } from '../../core/document/tables.fixture';
import { tempFolder, vietnameseRelease } from '../test-helpers';
import { readRecovery, writeRecovery } from './recovery';

describe('recovery with tables and footnotes', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempFolder('pressdesk-recovery-tables-')));
  afterEach(() => cleanup());

  it('gives back the body exactly: spans, widths, header cells, empty cells, notes, strike, sub- and superscript', async () => {
    const base = vietnameseRelease('Bản nháp có bảng');
    const release: Release = { ...base, body: { type: 'doc', content: [resultsTable(), ...marksFootnotesBody().content, scheduleTable(), wideTable()] } as Release['body'] };
    await writeRecovery(dir, 'draft-0001', null, release, new Date('2026-11-29T01:00:00Z'));
    const { release: back } = await readRecovery(dir, 'draft-0001');
    expect(back.body).toEqual(release.body);
    expect(back).toEqual(release);
  });
});
