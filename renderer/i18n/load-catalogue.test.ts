// @vitest-environment jsdom
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { errorMessage, initI18n, setLanguage } from './index';

describe('catalogues loaded by language', () => {
  it('starts with the UI language only and loads the other when the language is switched', async () => {
    await initI18n('vi');
    expect(i18next.hasResourceBundle('vi', 'translation')).toBe(true);
    expect(i18next.hasResourceBundle('en', 'translation')).toBe(false);
    expect(document.documentElement.lang).toBe('vi');
    await setLanguage('en');
    expect(i18next.hasResourceBundle('en', 'translation')).toBe(true);
    expect(i18next.t('file.save')).toBe('Save');
    expect(document.documentElement.lang).toBe('en');
    await setLanguage('vi');
    expect(i18next.t('file.save')).toBe('Lưu');
  });

  it('names a refused photo in the language loaded later', async () => {
    await initI18n('en');
    await setLanguage('vi');
    const refusal = errorMessage({ code: 'image-refused', params: { reason: 'svg' } });
    expect(refusal).toBe(i18next.t('figure.refused.svg'));
    expect(refusal).not.toBe(i18next.t('errors.image-refused'));
    expect(errorMessage({ code: 'image-refused', params: { reason: 'constructor' } })).toBe(i18next.t('errors.image-refused'));
  });
});
