import { describe, expect, it } from 'vitest';
import { MINOR_MIGRATIONS, migrateDocument, parseFormatVersion, type MinorMigration } from './migrations';

describe('parseFormatVersion', () => {
  it('reads major.minor and nothing else', () => {
    expect(parseFormatVersion('1.0')).toEqual({ major: 1, minor: 0 });
    expect(parseFormatVersion('12.34')).toEqual({ major: 12, minor: 34 });
    for (const bad of ['1', '1.0.0', 'v1.0', '1.x', '', ' 1.0', 1, null, undefined]) expect(parseFormatVersion(bad)).toBeNull();
  });
});

describe('migrateDocument', () => {
  it('passes a current document through unchanged', () => {
    const raw = { format: 'pressdesk', version: '1.6', release: { headline: 'x' } };
    expect(migrateDocument(raw)).toEqual({ ok: true, document: raw, from: { major: 1, minor: 6 }, newerMinor: false });
  });

  it('upgrades a 1.0 document: boilerplate and notice fields added, existing values kept', () => {
    const raw = { format: 'pressdesk', version: '1.0', release: { headline: 'x', boilerplate: 'Giới thiệu' } };
    expect(MINOR_MIGRATIONS.map((m) => m.from)).toEqual([0, 1, 2, 3, 4, 5]);
    const out = migrateDocument(raw);
    expect(out).toMatchObject({ ok: true, from: { major: 1, minor: 0 }, document: { version: '1.6', release: { headline: 'x', boilerplate: 'Giới thiệu' } } });
    expect(out.ok && (out.document['release'] as { notice: unknown }).notice).toEqual({ number: '', symbol: '', summary: '', signatureLines: [], signerName: '', recipients: [] });
  });

  it('upgrades a 1.1 document: a draft workflow with an empty log, approvals kept', () => {
    const raw = { format: 'pressdesk', version: '1.1', release: { headline: 'x', approvals: [] } };
    const out = migrateDocument(raw);
    expect(out).toMatchObject({ ok: true, from: { major: 1, minor: 1 }, document: { version: '1.6' } });
    expect(out.ok && out.document['release']).toEqual({ headline: 'x', language: 'en', approvals: [], threads: [], history: [], workflow: { state: 'draft', log: [] } });
  });

  it('upgrades a 1.2 document: its unsigned log and state are kept as they were (read as unsigned history)', () => {
    const log = [{ who: 'An', when: '2026-11-26T09:00:00+07:00', from: 'draft', to: 'in-review', note: '', contentHash: 'ab'.repeat(32) }];
    const release = { headline: 'x', approvals: [], workflow: { state: 'in-review', log } };
    const out = migrateDocument({ format: 'pressdesk', version: '1.2', release });
    expect(out).toEqual({ ok: true, from: { major: 1, minor: 2 }, newerMinor: false, document: { format: 'pressdesk', version: '1.6', release: { ...release, language: 'en', threads: [], history: [] } } });
  });

  it('upgrades a 1.4 document: threads and history kept as they were, or [] when missing', () => {
    const release = { headline: 'x', threads: [], history: [] };
    expect(migrateDocument({ format: 'pressdesk', version: '1.4', release })).toEqual({
      ok: true,
      from: { major: 1, minor: 4 },
      newerMinor: false,
      document: { format: 'pressdesk', version: '1.6', release },
    });
    const out = migrateDocument({ format: 'pressdesk', version: '1.4', release: { headline: 'x' } });
    expect(out.ok && out.document['release']).toEqual({ headline: 'x', threads: [], history: [] });
  });

  it('refuses other majors, naming the version, and flags newer minors', () => {
    expect(migrateDocument({ version: '2.0' })).toEqual({ ok: false, reason: 'unsupported-version', version: '2.0' });
    expect(migrateDocument({ version: '0.9' })).toEqual({ ok: false, reason: 'unsupported-version', version: '0.9' });
    expect(migrateDocument({ version: '1.7' })).toMatchObject({ ok: true, newerMinor: true });
  });

  it('says "bad shape" for non-objects and missing versions', () => {
    for (const raw of [null, [], 'x', 3, {}, { version: 1 }]) expect(migrateDocument(raw)).toMatchObject({ ok: false, reason: 'bad-shape' });
  });

  it('runs every step in order from the file minor to the current one, on raw JSON', () => {
    const steps: MinorMigration[] = [
      // 1.1 renamed "lead" to "sapo"; 1.2 added "subhead".
      { from: 1, up: (d) => ({ ...d, release: { ...(d['release'] as object), subhead: '' } }) },
      {
        from: 0,
        up: (d) => {
          const { lead, ...rest } = d['release'] as Record<string, unknown>;
          return { ...d, release: { ...rest, sapo: lead } };
        },
      },
    ];
    const raw = { format: 'pressdesk', version: '1.0', release: { lead: 'Sáng 8/1' } };
    const out = migrateDocument(raw, { migrations: steps, current: { major: 1, minor: 2 } });
    expect(out).toEqual({
      ok: true,
      from: { major: 1, minor: 0 },
      newerMinor: false,
      document: { format: 'pressdesk', version: '1.2', release: { sapo: 'Sáng 8/1', subhead: '' } },
    });
    // The input is left alone (opening never modifies anything).
    expect(raw.release).toEqual({ lead: 'Sáng 8/1' });
  });

  it('fails loudly when a step is missing', () => {
    expect(() => migrateDocument({ version: '1.0' }, { migrations: [], current: { major: 1, minor: 1 } })).toThrow(/no migration from 1.0/);
  });
});
