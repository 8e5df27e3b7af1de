/**
 * Work that waits until typing pauses (the spell check's pass, the find and glossary refresh): an
 * edit only stamps its time, and one timer, re-armed for the rest of the pause when it fires too
 * early, runs the work once the pause has passed. A clearTimeout/setTimeout per keystroke cost
 * more than the keystroke's own edit.
 */
export interface PauseTimer {
  /** An edit just now: the pause starts again (no timer is touched). */
  edited(): void;
  /** Arms the timer, after `firstMs` (default: the pause), unless it is armed already. */
  arm(firstMs?: number): void;
  /** Cancels the timer (its view is going away). */
  stop(): void;
}

/** `run` once `pauseMs` have passed since the last `edited()`, checked when the armed timer fires. */
export function pauseTimer(pauseMs: number, run: () => void): PauseTimer {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastEdit = 0;
  const fire = (): void => {
    const idle = Date.now() - lastEdit;
    if (idle < pauseMs) {
      timer = setTimeout(fire, pauseMs - idle);
      return;
    }
    timer = null;
    run();
  };
  return {
    edited: () => {
      lastEdit = Date.now();
    },
    arm: (firstMs = pauseMs) => {
      if (timer === null) timer = setTimeout(fire, firstMs);
    },
    stop: () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
