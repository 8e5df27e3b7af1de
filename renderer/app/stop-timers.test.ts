import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The schedulers take Date.now when their modules load: load them under fake timers.
describe('stop functions', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('window', { pressdesk: { writeRecovery: vi.fn(async () => ({ ok: true, value: { savedAt: new Date().toISOString() } })) } });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('stats: a recount pending at stop never runs', async () => {
    const { startStats, statsStore } = await import('./stats');
    const { updateMeta } = await import('./document-store');
    const stop = startStats();
    updateMeta((m) => ({ ...m, headline: 'Hai từ' }));
    expect(vi.getTimerCount()).toBe(1);
    stop();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(statsStore.get().words).toBe(0);
  });

  it('stats: runs the recount when not stopped', async () => {
    const { startStats, statsStore } = await import('./stats');
    const { updateMeta } = await import('./document-store');
    const stop = startStats();
    updateMeta((m) => ({ ...m, headline: 'Hai từ' }));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(statsStore.get().words).toBeGreaterThan(0);
    stop();
  });

  it('autosave: a write pending at stop never happens', async () => {
    const { startAutosave } = await import('./autosave');
    const { updateMeta } = await import('./document-store');
    const stop = startAutosave();
    updateMeta((m) => ({ ...m, headline: 'Sửa' }));
    expect(vi.getTimerCount()).toBe(1);
    stop();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(10_000);
    expect((window.pressdesk as unknown as { writeRecovery: ReturnType<typeof vi.fn> }).writeRecovery).not.toHaveBeenCalled();
  });

  it('autosave: writes when not stopped', async () => {
    const { startAutosave } = await import('./autosave');
    const { updateMeta } = await import('./document-store');
    const stop = startAutosave();
    updateMeta((m) => ({ ...m, headline: 'Sửa' }));
    await vi.advanceTimersByTimeAsync(10_000);
    expect((window.pressdesk as unknown as { writeRecovery: ReturnType<typeof vi.fn> }).writeRecovery).toHaveBeenCalledTimes(1);
    stop();
  });
});
