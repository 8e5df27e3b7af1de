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
