import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pauseTimer } from './pause-timer';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('pauseTimer', () => {
  it('runs once the edits have paused for the whole pause, with one timer armed at a time', () => {
    const run = vi.fn();
    const pause = pauseTimer(100, run);
    pause.arm();
    for (let i = 0; i < 50; i++) {
      pause.edited();
      pause.arm(); // armed already: no second timer
      expect(vi.getTimerCount()).toBe(1);
      vi.advanceTimersByTime(10);
    }
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(89); // 99 ms after the last edit
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a first delay shorter than the pause runs at once when nothing was edited', () => {
    const run = vi.fn();
    const pause = pauseTimer(500, run);
    pause.arm(50);
    vi.advanceTimersByTime(50);
    expect(run).toHaveBeenCalledTimes(1);
    // After an edit the same short arm waits out the pause.
    pause.edited();
    pause.arm(50);
    vi.advanceTimersByTime(499);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('stop cancels it, and it can be armed again', () => {
    const run = vi.fn();
    const pause = pauseTimer(100, run);
    pause.arm();
    pause.stop();
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
    pause.arm();
    vi.advanceTimersByTime(100);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
