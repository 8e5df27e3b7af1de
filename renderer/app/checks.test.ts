import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The scheduler takes Date.now when the module loads: load it under fake timers (see the test).

describe('live checks', () => {
  let stop: () => void = () => {};
  beforeEach(() => {
    vi.useFakeTimers();
    // Each test loads the modules anew, under its own fake clock.
    vi.resetModules();
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('run once after start, then only after ~500 ms without edits, never per keystroke', async () => {
    const { CHECKS_IDLE_MS, checksStore, startChecks } = await import('./checks');
    const { documentStore, updateMeta } = await import('./document-store');
    stop = startChecks();
    expect(checksStore.get()).toEqual([]);
    vi.advanceTimersByTime(CHECKS_IDLE_MS);
    const first = checksStore.get().map((f) => f.ruleId);
    expect(first).toContain('headline.present');

    const set = vi.spyOn(checksStore, 'set');
    const headline = 'Hội nghị tổng kết';
    // Typing a character every 100 ms: no run while the burst lasts.
    for (let i = 1; i <= headline.length; i++) {
      updateMeta((m) => ({ ...m, headline: headline.slice(0, i) }));
      vi.advanceTimersByTime(100);
    }
    expect(set).not.toHaveBeenCalled();
    expect(documentStore.get().meta.headline).toBe(headline);
    vi.advanceTimersByTime(CHECKS_IDLE_MS);
    expect(set).toHaveBeenCalledTimes(1);
    expect(checksStore.get().map((f) => f.ruleId)).not.toContain('headline.present');
  });

  it('take the organisation from Settings, run again when it changes, and its finding opens Settings', async () => {
    const { CHECKS_IDLE_MS, checksStore, jumpTo, startChecks } = await import('./checks');
    const { updateMeta } = await import('./document-store');
    const { uiStore } = await import('./ui-store');
    type Settings = NonNullable<ReturnType<typeof uiStore.get>['settings']>;
    const organisation = (issuingBody: string) => ({ parentBody: '', issuingBody, abbreviation: 'BTG', placeName: 'Điện Biên', rulebook: 'state' as const });
    const setOrganisation = (issuingBody: string): void =>
      uiStore.update((s) => ({ ...s, settings: { ...s.settings, organisation: organisation(issuingBody) } as unknown as Settings }));
    setOrganisation('');
    updateMeta((m) => ({ ...m, kind: 'notice' }));
    stop = startChecks();
    vi.advanceTimersByTime(CHECKS_IDLE_MS);
    const finding = checksStore.get().find((f) => f.ruleId === 'organisation.missing');
    expect(finding?.params).toEqual({ layout: 'decree30', fields: 'issuingBody' });

    // Filled in under Settings: the finding goes without any edit to the release.
    setOrganisation('Ban Tuyên giáo');
    vi.advanceTimersByTime(CHECKS_IDLE_MS);
    expect(checksStore.get().map((f) => f.ruleId)).not.toContain('organisation.missing');

    expect(uiStore.get().settingsOpen).toBe(false);
    jumpTo(finding!.target);
    expect(uiStore.get().settingsOpen).toBe(true);
  });
});
