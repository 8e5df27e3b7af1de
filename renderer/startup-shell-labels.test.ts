import { describe, expect, it } from 'vitest';
import { en } from './i18n/en';
import { vi } from './i18n/vi';
import { SHELL_LABELS } from './startup-shell-labels';

describe("the startup shell's labels", () => {
  it.each([
    ['vi', vi, SHELL_LABELS.vi],
    ['en', en, SHELL_LABELS.en],
  ] as const)('are the %s catalogue’s own strings', (_language, catalogue, labels) => {
    expect(labels).toEqual({
      kind: catalogue.kind.news,
      region: catalogue.page.region,
      headline: catalogue.page.headline,
      headlinePlaceholder: catalogue.page.headlinePlaceholder,
      sapo: catalogue.page.sapo,
      sapoPlaceholder: catalogue.page.sapoPlaceholder,
      body: catalogue.page.body,
    });
    for (const text of Object.values(labels)) expect(text).toBe(text.normalize('NFC'));
  });
});
