/**
 * The release's language (format 1.4) is signed, since it changes every label an export prints;
 * and an approval made on a 1.3 file (no language field) still verifies after the migration.
 */
import { describe, expect, it } from 'vitest';
import { kitchenSinkRelease } from '../document/kitchen-sink';
import { migrateDocument } from '../document/migrations';
import { releaseSchema, type Release } from '../document/release';
import { legacySignatureFields } from '../document/signature-lines';
import { CONTENT_FORM_V1, CONTENT_FORM_V2, canonicalContent, contentHash } from './canonical';

/** The kitchen sink's pinned hashes (canonical.test.ts), made by the 1.3 code. */
const SINK_V1 = '142d3e8ab8bcb08d1fd2c7685f1ae230fd5f149a2cb9118c27136945262e756f';
const SINK_V2 = '58c3443b80d0b87ec34f6584d523670cf3733e83b1ae847463cdec40a6f72b4d';

/** The release as a 1.3 document.json held it: no language, the notice's two legacy fields. */
function as13(release: Release): Record<string, unknown> {
  const { language: _language, notice, ...rest } = release;
  const { signatureLines, ...noticeRest } = notice;
  return { format: 'pressdesk', version: '1.3', release: { ...rest, notice: { ...noticeRest, ...legacySignatureFields(signatureLines)! } } };
}

function migrated(document: Record<string, unknown>): Release {
  const out = migrateDocument(document);
  if (!out.ok) throw new Error(out.reason);
  return releaseSchema.parse(out.document['release']);
}

const english = (release: Release): Release => ({
  ...release,
  headline: 'Province opens a new school',
  subhead: '',
  sapo: 'The province opened a school on Monday.',
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The new school has twelve classrooms and a library.' }] }] },
  assets: [],
});

describe('release.language in the content hash', () => {
  it('a 1.3 file migrates to the language its text reads as, and hashes as the 1.3 code did (its approvals verify)', () => {
    const sink = kitchenSinkRelease().release;
    const vi = migrated(as13(sink));
    expect(vi.language).toBe('vi');
    expect(contentHash(vi, CONTENT_FORM_V2)).toBe(SINK_V2);
    expect(contentHash(vi, CONTENT_FORM_V1)).toBe(SINK_V1);
    const en = migrated(as13({ ...english(sink), language: 'vi' }));
    expect(en.language).toBe('en');
    expect(canonicalContent(en)).not.toHaveProperty('language');
  });

  it('changing the language changes the hash, under both forms, for Vietnamese and English text', () => {
    const sink = kitchenSinkRelease().release;
    for (const release of [sink, english(sink)]) {
      for (const form of [CONTENT_FORM_V1, CONTENT_FORM_V2]) {
        const vi = contentHash({ ...release, language: 'vi' }, form);
        const en = contentHash({ ...release, language: 'en' }, form);
        expect(vi).not.toBe(en);
      }
    }
    expect(canonicalContent({ ...sink, language: 'en' })).toHaveProperty('language', 'en');
  });

  it('a migrated file keeps a language it already has (a later 1.x, or one written by hand)', () => {
    const sink = kitchenSinkRelease().release;
    const document = as13(sink);
    (document['release'] as Record<string, unknown>)['language'] = 'en';
    expect(migrated(document).language).toBe('en');
  });
});
