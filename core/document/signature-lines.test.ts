import { describe, expect, it } from 'vitest';
import { contentHash, CONTENT_FORM_V1, CONTENT_FORM_V2, hashMatchesContent } from '../signoff/canonical';
import { kitchenSinkRelease } from './kitchen-sink';
import { migrateDocument } from './migrations';
import { releaseSchema, type Release, type SignatureLine } from './release';
import { legacySignatureFields, signatureLineText, signatureLinesFromLegacy } from './signature-lines';

/** The kitchen sink as a 1.3 file held it: no language, the signature block in two fields. */
function sinkAs13(): Record<string, unknown> {
  const { notice, ...rest } = kitchenSinkRelease().release;
  const { language: _language, ...old } = rest as Record<string, unknown>;
  const { signatureLines: _lines, ...fields } = notice;
  const release = { ...old, kind: 'notice', notice: { ...fields, authority: 'KT.', signerPosition: 'TRƯỞNG BAN\nPHÓ TRƯỞNG BAN' } };
  return JSON.parse(JSON.stringify({ format: 'pressdesk', version: '1.3', release })) as Record<string, unknown>;
}

function migrated(raw: Record<string, unknown>): Release {
  const out = migrateDocument(raw);
  if (!out.ok) throw new Error('migration failed');
  return releaseSchema.parse(out.document['release']);
}

describe('1.3 -> 1.4: the signature block as lines', () => {
  it('maps authority + position to lines, the authority before the first', () => {
    expect(migrated(sinkAs13()).notice.signatureLines).toEqual([
      { authority: 'KT.', title: 'TRƯỞNG BAN' },
      { authority: '', title: 'PHÓ TRƯỞNG BAN' },
    ]);
    expect(signatureLinesFromLegacy('', '')).toEqual([]);
    expect(signatureLinesFromLegacy('TM.', '')).toEqual([{ authority: 'TM.', title: '' }]);
    expect(signatureLinesFromLegacy('', 'GIÁM ĐỐC')).toEqual([{ authority: '', title: 'GIÁM ĐỐC' }]);
    // The 1.3 field had no limit: a fourth line joins the third rather than be lost.
    expect(signatureLinesFromLegacy('TM.', 'A\nB\nC\nD').map(signatureLineText)).toEqual(['TM. A', 'B', 'C D']);
  });

  it('leaves a notice it cannot read for the schema to name', () => {
    const raw = sinkAs13();
    (raw['release'] as { notice: Record<string, unknown> }).notice['authority'] = 7;
    const out = migrateDocument(raw);
    expect(out.ok && releaseSchema.safeParse(out.document['release']).success).toBe(false);
  });

  // Hashes of this very release computed by the 1.3 code (git 0c24ab1's canonical.ts) under each form:
  // an approval made on a 1.3 file must still match its content once the file is opened in 1.4.
  const HASH_13_V1 = '3041a752479a5fa9bcabe8f4d01b1ed368a2f4c612747d301d3b0a72da1f7a9f';
  const HASH_13_V2 = '79d17188eb5b880a1c97ced92cb6339df6a727a8c5f1076c818279cc2c39eb12';
  it('an approval made on the 1.3 file still matches after migration, in either form', () => {
    const release = migrated(sinkAs13());
    expect(contentHash(release, CONTENT_FORM_V1)).toBe(HASH_13_V1);
    expect(contentHash(release, CONTENT_FORM_V2)).toBe(HASH_13_V2);
    expect(hashMatchesContent(release, HASH_13_V2)).toBe(true);
    // ...and any edit of the block voids it.
    const edited = { ...release, notice: { ...release.notice, signatureLines: [{ authority: 'KT.' as const, title: 'TRƯỞNG BAN' }, { authority: '' as const, title: 'PHÓ TRƯỞNG BAN THƯỜNG TRỰC' }] } };
    expect(hashMatchesContent(edited, HASH_13_V2)).toBe(false);
  });

  it('every block hashes apart, also those no 1.3 file could hold', () => {
    const blocks: SignatureLine[][] = [
      [],
      [{ authority: 'TM.', title: 'ỦY BAN NHÂN DÂN' }],
      [{ authority: 'TM.', title: 'ỦY BAN NHÂN DÂN' }, { authority: '', title: 'CHỦ TỊCH' }],
      [{ authority: 'TM.', title: 'ỦY BAN NHÂN DÂN' }, { authority: 'KT.', title: 'CHỦ TỊCH' }, { authority: '', title: 'PHÓ CHỦ TỊCH' }],
      [{ authority: 'TM.', title: 'ỦY BAN NHÂN DÂN' }, { authority: '', title: 'KT. CHỦ TỊCH' }, { authority: '', title: 'PHÓ CHỦ TỊCH' }],
      [{ authority: 'KT.', title: 'TRƯỞNG BAN PHÓ TRƯỞNG BAN' }],
      [{ authority: 'K/T', title: 'TRƯỞNG BAN' }, { authority: '', title: 'PHÓ TRƯỞNG BAN' }],
    ];
    const base = migrated(sinkAs13());
    const hashes = new Set(blocks.map((signatureLines) => contentHash({ ...base, notice: { ...base.notice, signatureLines } })));
    expect(hashes.size).toBe(blocks.length);
    expect(legacySignatureFields(blocks[3]!)).toBeNull();
    expect(legacySignatureFields(blocks[2]!)).toEqual({ authority: 'TM.', signerPosition: 'ỦY BAN NHÂN DÂN\nCHỦ TỊCH' });
  });

  it('a title is one line: a newline in it is a damaged file', () => {
    const release = migrated(sinkAs13());
    const bad = { ...release, notice: { ...release.notice, signatureLines: [{ authority: 'KT.', title: 'TRƯỞNG BAN\nPHÓ TRƯỞNG BAN' }] } };
    expect(releaseSchema.safeParse(bad).success).toBe(false);
    const four = { ...release, notice: { ...release.notice, signatureLines: Array.from({ length: 4 }, () => ({ authority: '', title: 'X' })) } };
    expect(releaseSchema.safeParse(four).success).toBe(false);
  });
});
