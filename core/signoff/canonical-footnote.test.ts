import { describe, expect, it } from 'vitest';
import { kitchenSinkRelease } from '../document/kitchen-sink';
import type { PmNode, Release } from '../document/release';
import { canonicalContent, contentHash, CONTENT_FORM_V2 } from './canonical';

const withBody = (...content: PmNode[]): Release => ({ ...kitchenSinkRelease().release, body: { type: 'doc', content } });
const p = (...content: PmNode[]): PmNode => ({ type: 'paragraph', content });
const t = (text: string, ...marks: string[]): PmNode => ({ type: 'text', text, ...(marks.length > 0 ? { marks: marks.map((type) => ({ type })) } : {}) }) as PmNode;
const note = (attrs?: Record<string, unknown>): PmNode => ({ type: 'footnote', ...(attrs ? { attrs } : {}) });

describe('strike, subscript, superscript and footnotes in the content hash', () => {
  it("signs a footnote's text: a missing text and '' hash alike (they export alike)", () => {
    expect(contentHash(withBody(p(t('a'), note())))).toBe(contentHash(withBody(p(t('a'), note({ text: '' })))));
    expect(canonicalContent(withBody(p(t('a'), note({ text: 'Nguồn: TCTK' }))), CONTENT_FORM_V2)['body']).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a' }, { type: 'footnote', attrs: { text: 'Nguồn: TCTK' } }] }],
    });
  });

  it("a note added, moved or edited, or a run struck, lowered or raised, changes the hash", () => {
    const base = contentHash(withBody(p(t('CO2 giảm'), note({ text: 'Nguồn' }))));
    const variants = [
      withBody(p(t('CO2 giảm'))),
      withBody(p(note({ text: 'Nguồn' }), t('CO2 giảm'))),
      withBody(p(t('CO2 giảm'), note({ text: 'Nguồn.' }))),
      withBody(p(t('CO2 giảm'), note({ text: 'Nguồn' }), note({ text: 'Nguồn' }))),
      withBody(p(t('CO'), t('2', 'subscript'), t(' giảm'), note({ text: 'Nguồn' }))),
      withBody(p(t('CO'), t('2', 'superscript'), t(' giảm'), note({ text: 'Nguồn' }))),
      withBody(p(t('CO'), t('2', 'strike'), t(' giảm'), note({ text: 'Nguồn' }))),
    ];
    const hashes = variants.map((r) => contentHash(r));
    for (const hash of hashes) expect(hash).not.toBe(base);
    expect(new Set(hashes).size).toBe(variants.length);
  });

  it('text split at a footnote keeps its two runs apart (the note sits between them)', () => {
    const body = canonicalContent(withBody(p(t('a'), note({ text: 'n' }), t('b'))))['body'] as { content: { content: unknown[] }[] };
    expect(body.content[0]!.content).toHaveLength(3);
  });
});
