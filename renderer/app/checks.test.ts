import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The scheduler takes Date.now when the module loads: load it under fake timers (see the test).

describe('live checks', () => {
  let stop: () => void = () => {};
  beforeEach(() => {
    vi.useFakeTimers();
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
});
