import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScheduler } from './scheduler';

describe('createScheduler (debounce with maxWait)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs once, `wait` ms after the last call', () => {
    const task = vi.fn();
    const s = createScheduler(task, { wait: 1000, maxWait: 5000 });
    s.schedule();
    vi.advanceTimersByTime(600);
    s.schedule();
    vi.advanceTimersByTime(999);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs at least every maxWait ms while calls keep coming', () => {
    const task = vi.fn();
    const s = createScheduler(task, { wait: 1000, maxWait: 5000 });
    // A keystroke every 200 ms for 12 s.
    for (let t = 0; t < 12_000; t += 200) {
      s.schedule();
      vi.advanceTimersByTime(200);
    }
    expect(task).toHaveBeenCalledTimes(2); // at 5 s and 10 s
    vi.advanceTimersByTime(1000);
    expect(task).toHaveBeenCalledTimes(3); // the trailing run after typing stops
  });

  it('flush runs a pending task immediately, cancel drops it', () => {
    const task = vi.fn();
    const s = createScheduler(task, { wait: 300 });
    s.flush();
    expect(task).not.toHaveBeenCalled();
    s.schedule();
    expect(s.pending).toBe(true);
    s.flush();
    expect(task).toHaveBeenCalledTimes(1);
    expect(s.pending).toBe(false);
    s.schedule();
    s.cancel();
    vi.advanceTimersByTime(1000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('soon runs after its own delay when no change waits, and waits out a change that does', () => {
    const task = vi.fn();
    const s = createScheduler(task, { wait: 500 });
    s.soon(50);
    vi.advanceTimersByTime(50);
    expect(task).toHaveBeenCalledTimes(1);
    s.schedule();
    vi.advanceTimersByTime(100);
    s.soon(50); // pending already: the change's run stands
    vi.advanceTimersByTime(399);
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(2);
    // A change noted while soon's timer is armed is waited out too, on that one timer.
    s.soon(50);
    vi.advanceTimersByTime(10);
    s.schedule();
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(499);
    expect(task).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(3);
  });

  it('a new burst after a run starts a fresh maxWait window', () => {
    const task = vi.fn();
    const s = createScheduler(task, { wait: 1000, maxWait: 5000 });
    s.schedule();
    vi.advanceTimersByTime(1000);
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(7000);
    for (let i = 0; i < 4; i++) {
      s.schedule();
      vi.advanceTimersByTime(900);
    }
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(100);
    expect(task).toHaveBeenCalledTimes(2);
  });
});
