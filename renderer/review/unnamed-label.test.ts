import { describe, expect, it } from 'vitest';
import { UNNAMED_AUTHOR } from '../../core/review/people';
import { en } from '../i18n/en';
import { vi } from '../i18n/vi';

describe('an author with no name', () => {
  it('has one label in the UI (comments column and Review tab), the same words the review copy writes', () => {
    expect(vi.suggest.unnamed).toBe(UNNAMED_AUTHOR.vi);
    expect(en.suggest.unnamed).toBe(UNNAMED_AUTHOR.en);
    expect('noName' in vi.comments).toBe(false);
  });
});
