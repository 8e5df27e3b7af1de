import { describe, expect, it } from 'vitest';
import { createRelease, type PmNode, type Release } from '../document/release';
import { runPreflight } from './index';
import { glossaryFindings, proseUnits, toneStyleFindings } from './text-style';

const NOW = new Date('2019-01-08T08:00:00+07:00');
const text = (t: string, marks?: PmNode['marks']): PmNode => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
const p = (...content: PmNode[]): PmNode => ({ type: 'paragraph', content });
const deleted: NonNullable<PmNode['marks']> = [{ type: 'deletion', attrs: { id: 's1', by: '', name: 'An', initials: 'A', at: '2019-01-08T08:00:00Z' } }];

function release(body: PmNode[], fields: Partial<Release> = {}): Release {
  const r = createRelease('news', { place: 'Điện Biên', penName: 'Giao Tuyến', today: '2019-01-08' });
  return { ...r, headline: 'Hội nghị', sapo: '', ...fields, body: { type: 'doc', content: body } };
}

const GLOSSARY = [
  { name: 'Ban Tuyên giáo Tỉnh ủy', variants: ['Ban TG Tỉnh ủy'] },
  { name: 'Điện Biên Phủ', variants: [] },
];

describe('tone style findings', () => {
  it('counts the words of each style over headline, sapo and body, and names the preferred style', () => {
    const r = release([p(text('Sức khỏe và văn hóa; thủy lợi.')), p(text('Hòa bình, khoẻ mạnh.'))], { headline: 'Hội nghị về thủy lợi', sapo: 'Tỉnh uỷ chỉ đạo.' });
    expect(toneStyleFindings(r, 'traditional')).toEqual([
      {
        ruleId: 'text.toneMix',
        severity: 'warning',
        params: { traditionalCount: 5, reformedCount: 2, traditional: 'thủy', reformed: 'uỷ', preferred: 'traditional' },
        // The first word to change is the reformed one in the sapo.
        target: { field: 'sapo' },
      },
    ]);
  });

  it('with a preference, one style throughout is fine when it is the preferred one, and warned about otherwise', () => {
    const reformed = release([p(text('Văn hoá, sức khoẻ.'))]);
    expect(toneStyleFindings(reformed, 'reformed')).toEqual([]);
    expect(toneStyleFindings(reformed, undefined)).toEqual([]);
    expect(toneStyleFindings(reformed, 'traditional')[0]?.params).toMatchObject({ traditionalCount: 0, reformedCount: 2, preferred: 'traditional' });
    expect(runPreflight(reformed, NOW, { toneStyle: 'traditional' }).map((f) => f.ruleId)).toContain('text.toneMix');
  });

  it('leaves text pending deletion out: after normalising as suggestions, only the new words count', () => {
    const r = release([p(text('Văn '), text('hoá', deleted), text('hóa', [{ type: 'insertion', attrs: deleted[0]!.attrs }]), text(' mới.'))]);
    expect(proseUnits(r).map((u) => u.text)).toEqual(['Hội nghị', 'Văn \uFFFC\uFFFC\uFFFChóa mới.']);
    expect(toneStyleFindings(r, 'traditional')).toEqual([]);
  });
});

describe('glossary findings', () => {
  it('one warning per distinct variant with its count, at its first place; none without a glossary', () => {
    const r = release([p(text('Ban TG Tỉnh ủy họp tại điện biên phủ.')), p(text('Sau đó, điện biên phủ đón khách.'))], { headline: 'ban tuyên giáo tỉnh ủy' });
    expect(glossaryFindings(r, { glossary: GLOSSARY })).toEqual([
      { ruleId: 'glossary.variant', severity: 'warning', params: { found: 'ban tuyên giáo tỉnh ủy', canonical: 'Ban Tuyên giáo Tỉnh ủy', count: 1 }, target: { field: 'headline' } },
      { ruleId: 'glossary.variant', severity: 'warning', params: { found: 'Ban TG Tỉnh ủy', canonical: 'Ban Tuyên giáo Tỉnh ủy', count: 1 }, target: { bodyPos: 0 } },
      { ruleId: 'glossary.variant', severity: 'warning', params: { found: 'điện biên phủ', canonical: 'Điện Biên Phủ', count: 2 }, target: { bodyPos: 0 } },
    ]);
    expect(glossaryFindings(r, {})).toEqual([]);
    expect(runPreflight(r, NOW, { glossary: GLOSSARY }).filter((f) => f.ruleId === 'glossary.variant')).toHaveLength(3);
  });

  it('compares in the preferred style: a tone-only difference is the tone finding, not a glossary one', () => {
    const r = release([p(text('Ban Tuyên giáo Tỉnh uỷ họp.'))]);
    expect(glossaryFindings(r, { glossary: GLOSSARY, toneStyle: 'traditional' })).toEqual([]);
    expect(runPreflight(r, NOW, { glossary: GLOSSARY, toneStyle: 'traditional' }).map((f) => f.ruleId)).not.toContain('glossary.variant');
    expect(runPreflight(r, NOW, { glossary: GLOSSARY, toneStyle: 'traditional' }).map((f) => f.ruleId)).toContain('text.toneMix');
    const lower = release([p(text('ban tuyên giáo tỉnh ủy họp.'))]);
    expect(glossaryFindings(lower, { glossary: GLOSSARY, toneStyle: 'reformed' })[0]?.params['canonical']).toBe('Ban Tuyên giáo Tỉnh uỷ');
  });

  it('English releases may write a name without diacritics', () => {
    const r = { ...release([p(text('A visit to Dien Bien Phu.'))]), language: 'en' as const };
    expect(glossaryFindings(r, { glossary: GLOSSARY })).toEqual([]);
    expect(glossaryFindings({ ...r, language: 'vi' }, { glossary: GLOSSARY })).toHaveLength(1);
  });

  it('checks a 20,000-word release against a 500-name glossary within the idle interval', async () => {
    const { generateLongRelease } = await import('../document/generate');
    const long = generateLongRelease(20_000, 30);
    const glossary = Array.from({ length: 500 }, (_, i) => ({ name: `Sở Ngành Số ${i} tỉnh Điện Biên`, variants: [`SNS ${i}`] }));
    runPreflight(long, NOW, { glossary, toneStyle: 'traditional' }); // warm up
    const start = performance.now();
    const results = runPreflight(long, NOW, { glossary, toneStyle: 'traditional' });
    expect(Array.isArray(results)).toBe(true);
    expect(performance.now() - start).toBeLessThan(250);
  });
});

describe('the lead-photo slot', () => {
  it("reads a recognised article's waiting caption as prose", () => {
    const r = release([p(text('Văn hóa.'))], { leadPhoto: { caption: 'Đoàn công tác thăm điện biên phủ, khoẻ mạnh.', credit: 'Ảnh: Minh Anh' } });
    expect(glossaryFindings(r, { glossary: GLOSSARY })[0]).toMatchObject({ params: { found: 'điện biên phủ' }, target: { field: 'leadPhoto' } });
    expect(toneStyleFindings(r, 'traditional')[0]?.target).toEqual({ field: 'leadPhoto' });
  });
});
