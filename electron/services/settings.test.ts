import { describe, expect, it, vi } from 'vitest';
import { fingerprintOfKey } from '../../core/signoff/approval';
import { settingsPatchSchema, settingsSchema } from '../api';
import {
  MAX_RECENT_FILES,
  addRecentFile,
  applySettingsPatch,
  createMemorySettingsStore,
  defaultSettings,
  loadSettings,
  observeSettings,
} from './settings';

describe('settings', () => {
  it('defaults: Vietnamese when the OS locale is Vietnamese, English otherwise; state rulebook', () => {
    expect(defaultSettings('vi').language).toBe('vi');
    expect(defaultSettings('vi-VN').language).toBe('vi');
    expect(defaultSettings('VI_vn').language).toBe('vi');
    expect(defaultSettings('en-US').language).toBe('en');
    expect(defaultSettings('fr').language).toBe('en');
    expect(defaultSettings('').language).toBe('en');
    const d = defaultSettings('vi-VN');
    expect(settingsSchema.parse(d)).toEqual(d);
    expect(d).toMatchObject({ organisation: { rulebook: 'state', placeName: '' }, profile: { penName: '' }, recentFiles: [], sampleShown: false });
  });

  it('applies a patch without touching the rest, in NFC', () => {
    const before = { ...defaultSettings('vi'), recentFiles: ['/a.pressdesk'], sampleShown: true };
    const after = applySettingsPatch(before, {
      language: 'en',
      profile: { penName: 'Thủy Tiên'.normalize('NFD') },
      organisation: { placeName: 'Điện Biên'.normalize('NFD'), rulebook: 'party' },
    });
    expect(after.language).toBe('en');
    expect(after.profile).toEqual({ ...before.profile, penName: 'Thủy Tiên'.normalize('NFC') });
    expect(after.organisation).toMatchObject({ placeName: 'Điện Biên'.normalize('NFC'), rulebook: 'party', issuingBody: '' });
    expect(after.recentFiles).toEqual(['/a.pressdesk']);
    expect(after.sampleShown).toBe(true);
    expect(before.language).toBe('vi'); // pure
  });

  it('starts with no trusted approvers, keeps them through patches, and falls back when a stored list is damaged', () => {
    const d = defaultSettings('vi');
    expect(d.organisation.trustedApprovers).toEqual([]);
    const approver = { name: 'A', position: '', fingerprint: 'f'.repeat(64), publicKey: 'x' };
    const before = { ...d, organisation: { ...d.organisation, trustedApprovers: [approver] } };
    expect(applySettingsPatch(before, { organisation: { placeName: 'Điện Biên' } }).organisation.trustedApprovers).toEqual([approver]);
    // A damaged list (the fingerprint does not belong to the key) is dropped, the rest of the organisation kept.
    const loaded = loadSettings({ ...before, organisation: { ...before.organisation, placeName: 'Lai Châu' } }, 'vi');
    expect(loaded.organisation).toMatchObject({ placeName: 'Lai Châu', trustedApprovers: [] });
  });

  it('settings from before withdrawals were kept load with none, the trusted list intact; patches never touch them', () => {
    const d = defaultSettings('vi');
    expect(d.organisation.withdrawnApprovals).toEqual([]);
    const key = new Uint8Array(32).fill(7);
    const approver = { name: 'A', position: '', fingerprint: fingerprintOfKey(key), publicKey: Buffer.from(key).toString('base64') };
    const { withdrawnApprovals: _w, ...older } = { ...d.organisation, trustedApprovers: [approver] };
    const loaded = loadSettings({ ...d, organisation: older }, 'vi');
    expect(loaded.organisation).toMatchObject({ trustedApprovers: [approver], withdrawnApprovals: [] });
    // Nor a separation-of-duties rule: warn, the default.
    expect(d.organisation.separationOfDuties).toBe('warn');
    const { separationOfDuties: _s, ...beforeDuties } = d.organisation;
    expect(loadSettings({ ...d, organisation: { ...beforeDuties, rulebook: 'party' } }, 'vi').organisation).toMatchObject({ separationOfDuties: 'warn', rulebook: 'party' });
    expect(applySettingsPatch(d, { organisation: { separationOfDuties: 'refuse' } }).organisation.separationOfDuties).toBe('refuse');
    const entry = { contentHash: 'a'.repeat(64), fingerprint: 'b'.repeat(64) };
    const withOne = { ...loaded, organisation: { ...loaded.organisation, withdrawnApprovals: [entry] } };
    expect(applySettingsPatch(withOne, { organisation: { placeName: 'Điện Biên' } }).organisation.withdrawnApprovals).toEqual([entry]);
    expect(settingsPatchSchema.safeParse({ organisation: { withdrawnApprovals: [] } }).success).toBe(false);
  });

  it('keeps recent files unique, newest first, at most ten', () => {
    let s = defaultSettings('en');
    for (let i = 0; i < 15; i++) s = addRecentFile(s, `/docs/${i}.pressdesk`);
    expect(s.recentFiles).toHaveLength(MAX_RECENT_FILES);
    expect(s.recentFiles[0]).toBe('/docs/14.pressdesk');
    s = addRecentFile(s, '/docs/10.pressdesk');
    expect(s.recentFiles.slice(0, 2)).toEqual(['/docs/10.pressdesk', '/docs/14.pressdesk']);
    expect(new Set(s.recentFiles).size).toBe(MAX_RECENT_FILES);
    expect(settingsSchema.safeParse(s).success).toBe(true);
  });

  describe('loading a damaged settings file', () => {
    it('keeps every field that still validates and defaults the rest', () => {
      const stored = {
        language: 'klingon',
        profile: { fullName: 'Nguyễn Văn A', penName: 42, position: 'Chuyên viên' },
        organisation: 'not an object',
        recentFiles: ['/ok.pressdesk', 7, '', '/ok.pressdesk', ...Array.from({ length: 20 }, (_, i) => `/f${i}.pressdesk`)],
        autosaveFolder: null,
        sampleShown: true,
        extra: 'ignored',
      };
      const s = loadSettings(stored, 'vi-VN');
      expect(settingsSchema.parse(s)).toEqual(s);
      expect(s.language).toBe('vi');
      expect(s.profile).toEqual({ fullName: 'Nguyễn Văn A', penName: '', position: 'Chuyên viên', initials: '' });
      expect(s.organisation).toEqual(defaultSettings('vi').organisation);
      expect(s.recentFiles[0]).toBe('/ok.pressdesk');
      expect(s.recentFiles).toHaveLength(10);
      expect(s.autosaveFolder).toBe('');
      expect(s.sampleShown).toBe(true);
    });

    it.each([null, undefined, 'text', 42, [], { language: 'en', __proto__: { polluted: true } }])('survives %j', (stored) => {
      const s = loadSettings(stored, 'en');
      expect(settingsSchema.safeParse(s).success).toBe(true);
      expect((s as Record<string, unknown>)['polluted']).toBeUndefined();
    });
  });

  it('memory store: copies in and out, validates on set', () => {
    const store = createMemorySettingsStore({ language: 'vi' });
    const s = store.get();
    s.profile.penName = 'changed outside';
    expect(store.get().profile.penName).toBe('');
    store.set({ ...store.get(), autosaveFolder: '/tmp/x' });
    expect(store.get().autosaveFolder).toBe('/tmp/x');
    expect(() => store.set({ ...store.get(), language: 'de' as 'en' })).toThrow();
  });

  it('observeSettings reports each change', () => {
    const listener = vi.fn();
    const store = observeSettings(createMemorySettingsStore(), listener);
    store.set(addRecentFile(store.get(), '/x.pressdesk'));
    expect(listener).toHaveBeenCalledWith(expect.objectContaining({ recentFiles: ['/x.pressdesk'] }));
  });

  it('theme (issue 10): absent means the system; a patch sets it; a broken file keeps a valid one', () => {
    const d = defaultSettings('vi');
    expect(d.theme).toBeUndefined();
    expect(applySettingsPatch(d, { theme: 'dark' }).theme).toBe('dark');
    expect(applySettingsPatch({ ...d, theme: 'dark' }, { language: 'en' }).theme).toBe('dark');
    expect(settingsPatchSchema.safeParse({ theme: 'sepia' }).success).toBe(false);
    expect(loadSettings({ ...d, theme: 'light', recentFiles: 'broken' }, 'vi').theme).toBe('light');
    expect(loadSettings({ ...d, theme: 'sepia', recentFiles: 'broken' }, 'vi').theme).toBeUndefined();
  });
});

describe('settings: the glossary and the preferred tone style (issue 11)', () => {
  it('an organisation saved before them keeps its fields and gets an empty glossary and the traditional style', () => {
    const old = defaultSettings('vi');
    const { glossary: _g, preferredToneStyle: _p, ...before } = old.organisation;
    const loaded = loadSettings({ ...old, organisation: { ...before, issuingBody: 'Ban Tuyên giáo' } }, 'vi');
    expect(loaded.organisation).toMatchObject({ issuingBody: 'Ban Tuyên giáo', glossary: [], preferredToneStyle: 'traditional' });
  });

  it('a patch replaces the glossary in NFC and sets the style; the patch schema refuses an empty name', () => {
    const after = applySettingsPatch(defaultSettings('vi'), {
      organisation: { glossary: [{ name: 'Điện Biên Phủ'.normalize('NFD'), variants: ['Dien Bien Phu'] }], preferredToneStyle: 'reformed' },
    });
    expect(after.organisation.glossary).toEqual([{ name: 'Điện Biên Phủ', variants: ['Dien Bien Phu'] }]);
    expect(after.organisation.preferredToneStyle).toBe('reformed');
    expect(settingsSchema.parse(after)).toEqual(after);
    expect(settingsPatchSchema.safeParse({ organisation: { glossary: [{ name: ' ', variants: [] }] } }).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ organisation: { preferredToneStyle: 'mixed' } }).success).toBe(false);
  });
});
