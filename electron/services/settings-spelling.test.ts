import { describe, expect, it } from 'vitest';
import { settingsPatchSchema, settingsSchema } from '../api';
import { DEFAULT_SPELLING, applySettingsPatch, cleanWordList, createMemorySettingsStore, defaultSettings, loadSettings } from './settings';

describe('settings: spell check (issue 11)', () => {
  it('absent means on with no words of one’s own; settings from before it load as they were', () => {
    const old = defaultSettings('vi');
    expect(old.spelling).toBeUndefined();
    expect(loadSettings(old, 'vi')).toEqual(old);
    expect(DEFAULT_SPELLING).toEqual({ enabled: true, personalWords: [], organisationWords: [] });
  });

  it('a patch switches it off and replaces a list, in NFC, trimmed, each word once', () => {
    const base = defaultSettings('vi');
    const decomposed = 'Mường Phăng'.normalize('NFD');
    const next = applySettingsPatch(base, settingsPatchSchema.parse({ spelling: { enabled: false, organisationWords: [` ${decomposed} `, 'Mường Phăng', 'UBND'] } }));
    expect(next.spelling).toEqual({ enabled: false, personalWords: [], organisationWords: ['Mường Phăng', 'UBND'] });
    const added = applySettingsPatch(next, { spelling: { personalWords: ['pressdesk'] } });
    expect(added.spelling).toEqual({ enabled: false, personalWords: ['pressdesk'], organisationWords: ['Mường Phăng', 'UBND'] });
    expect(settingsSchema.safeParse(added).success).toBe(true);
    const store = createMemorySettingsStore();
    store.set(added);
    expect(store.get().spelling?.personalWords).toEqual(['pressdesk']);
  });

  it('the patch schema refuses an empty word, a word too long and a list too long', () => {
    expect(settingsPatchSchema.safeParse({ spelling: { personalWords: ['  '] } }).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ spelling: { personalWords: ['x'.repeat(201)] } }).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ spelling: { organisationWords: Array.from({ length: 10_001 }, (_, i) => `w${i}`) } }).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ spelling: { enabled: 'yes' } }).success).toBe(false);
  });

  it('a damaged word list in the file loses only itself', () => {
    const stored = { ...defaultSettings('vi'), spelling: { enabled: false, personalWords: [42], organisationWords: ['Điện Biên'] } };
    const loaded = loadSettings(stored, 'vi');
    expect(loaded.spelling).toEqual({ enabled: false, personalWords: [], organisationWords: ['Điện Biên'] });
    expect(loaded.language).toBe('vi');
  });

  it('cleans a word list', () => {
    expect(cleanWordList(['a ', 'a', '', '  ', 'Ủy'.normalize('NFD')])).toEqual(['a', 'Ủy']);
  });
});
