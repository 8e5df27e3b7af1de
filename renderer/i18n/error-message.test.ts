// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { errorMessage, initI18n, setLanguage } from './index';

describe('errorMessage', () => {
  beforeAll(() => initI18n('en'));

  it('fills in the numbers an error carries', async () => {
    await setLanguage('en');
    expect(errorMessage({ code: 'import-partial', params: { count: 2 } })).toMatch(/^The file was imported, but 2 photo\(s\) in it could not be brought in/);
    await setLanguage('vi');
    expect(errorMessage({ code: 'import-partial', params: { count: 3 } })).toMatch(/^Đã nhập tệp, nhưng 3 ảnh trong tệp không đưa vào được/);
  });

  it('tells a damaged signing key from a locked keyring', async () => {
    await setLanguage('en');
    expect(errorMessage({ code: 'signing-key', params: { reason: 'damaged' } })).toMatch(/signing key is damaged/);
    expect(errorMessage({ code: 'signing-key', params: { reason: 'locked' } })).toMatch(/keyring .* is locked or unavailable/);
  });

  it('adds the system detail of an i/o failure after the sentence', async () => {
    await setLanguage('en');
    expect(errorMessage({ code: 'io', params: { detail: 'EIO: i/o error' } })).toBe(
      'The file could not be read or written. Try again, or choose another folder. Details: EIO: i/o error',
    );
  });
});
