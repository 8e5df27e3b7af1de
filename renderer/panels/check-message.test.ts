// @vitest-environment jsdom
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../../core/checks';
import { initI18n, setLanguage } from '../i18n';
import { checkMessage } from './checks-panel';

const missing: CheckResult = { ruleId: 'organisation.missing', severity: 'warning', params: { layout: 'party36', fields: 'parentBody,issuingBody' }, target: { settings: 'organisation' } };
const past: CheckResult = { ruleId: 'embargo.future', severity: 'blocker', params: { at: '2019-01-08T07:05:00+07:00', reason: 'past' }, target: { field: 'embargo' } };
const invalid: CheckResult = { ruleId: 'embargo.future', severity: 'blocker', params: { at: 'soon', reason: 'invalid' }, target: { field: 'embargo' } };

describe('check messages', () => {
  beforeAll(() => initI18n('vi'));

  it('name the layout and the missing organisation fields by their Settings labels, in the UI language', async () => {
    await setLanguage('vi');
    expect(checkMessage(i18next.t, missing)).toBe('Bố cục “Thông cáo — cơ quan Đảng (Hướng dẫn 36-HD/VPTW)” in thông tin cơ quan ở phần đầu; chưa điền trong Cài đặt: Cơ quan chủ quản, Cơ quan ban hành.');
    await setLanguage('en');
    expect(checkMessage(i18next.t, missing)).toBe('The layout “Official notice — Party body (Guideline 36-HD/VPTW)” prints the organisation in its header; not yet filled in under Settings: Parent body, Issuing body.');
  });

  it('show a past embargo time as the app writes times, and an unreadable one as it is', async () => {
    await setLanguage('vi');
    expect(checkMessage(i18next.t, past)).toMatch(/^Thời điểm được đăng \(\d{2}:\d{2}, \d{2}\/01\/2019\) đã qua\.$/);
    expect(checkMessage(i18next.t, invalid)).toBe('Thời điểm được đăng (soon) không hợp lệ.');
    await setLanguage('en');
    expect(checkMessage(i18next.t, past)).toMatch(/^The embargo time \(\d{1,2} Jan 2019, \d{2}:\d{2}\) has passed\.$/);
  });
});

describe('house style messages (issue 11)', () => {
  beforeAll(() => initI18n('vi'));
  const tone: CheckResult = {
    ruleId: 'text.toneMix',
    severity: 'warning',
    params: { traditionalCount: 12, reformedCount: 3, traditional: 'hòa', reformed: 'thuỷ', preferred: 'traditional' },
    target: { bodyPos: 0 },
  };
  const glossary: CheckResult = { ruleId: 'glossary.variant', severity: 'warning', params: { found: 'ban tuyên giáo', canonical: 'Ban Tuyên giáo', count: 2 }, target: { field: 'sapo' } };

  it('count both tone styles with an example of each and name the preferred one', async () => {
    await setLanguage('vi');
    expect(checkMessage(i18next.t, tone)).toBe('Kiểu bỏ dấu thanh: 12 từ kiểu cũ (như «hòa»), 3 từ kiểu mới (như «thuỷ»). Cơ quan dùng kiểu cũ (hòa, thủy).');
    expect(checkMessage(i18next.t, { ...tone, params: { ...tone.params, traditionalCount: 0, traditional: '', preferred: 'traditional' } })).toBe(
      'Kiểu bỏ dấu thanh: 0 từ kiểu cũ, 3 từ kiểu mới (như «thuỷ»). Cơ quan dùng kiểu cũ (hòa, thủy).',
    );
    await setLanguage('en');
    expect(checkMessage(i18next.t, { ...tone, params: { ...tone.params, preferred: '' } })).toBe(
      'Tone placement: 12 traditional word(s) (such as “hòa”), 3 reformed word(s) (such as “thuỷ”). Use one style.',
    );
  });

  it('name the variant, the official name and how often', async () => {
    await setLanguage('vi');
    expect(checkMessage(i18next.t, glossary)).toBe('«ban tuyên giáo» nên viết là «Ban Tuyên giáo» (tên chính thức trong bảng tên của cơ quan; 2 chỗ).');
  });
});
