import { describe, expect, it } from 'vitest';
import { createRelease } from '../document/release';
import { RULES, textLocations } from './rules';

const rule = RULES.find((r) => r.id === 'leadPhoto.missing')!;
const NOW = new Date('2027-01-15T00:00:00Z');

describe('leadPhoto.missing', () => {
  it('warns while a lead photo waits in its slot, pointing at the slot', () => {
    const release = { ...createRelease('news'), leadPhoto: { caption: 'Đại biểu dự hội nghị', credit: 'Ảnh: Quang Hưng' } };
    expect(rule.check(release, NOW, {})).toEqual([
      { ruleId: 'leadPhoto.missing', severity: 'warning', params: { caption: 'Đại biểu dự hội nghị' }, target: { field: 'leadPhoto' } },
    ]);
  });

  it('finds nothing without a slot (absent or removed)', () => {
    expect(rule.check(createRelease('news'), NOW, {})).toEqual([]);
    expect(rule.check({ ...createRelease('press'), leadPhoto: null }, NOW, {})).toEqual([]);
  });

  it("the slot's caption is text the other checks read (NFC, tone style)", () => {
    const release = { ...createRelease('news'), leadPhoto: { caption: 'Hòa bình', credit: '' } };
    expect(textLocations(release).find((l) => 'field' in l.target && l.target.field === 'leadPhoto')?.text).toBe('Hòa bình\n');
  });
});

describe('leadPhoto.missing message', () => {
  it('quotes a long caption by its first words, with …', () => {
    const caption = 'Đồng chí Nguyễn Đức Vượng, Ủy viên BTV, Trưởng Ban Tuyên giáo Tỉnh ủy phát biểu tại hội nghị (8/1/2019)';
    const [finding] = rule.check({ ...createRelease('news'), leadPhoto: { caption, credit: '' } }, NOW, {});
    expect(finding?.params['caption']).toBe('Đồng chí Nguyễn Đức Vượng, Ủy viên BTV, Trưởng Ban Tuyên…');
  });
});
