/**
 * Debounce with a ceiling: run `task` once `wait` ms pass without a new call, but never later than
 * `maxWait` ms after the first call of a burst. Calls only stamp a time — no clearTimeout and
 * setTimeout per keystroke — and the timer re-arms itself when it fires early.
 */
export interface Scheduler {
  /** Note a change; the task will run later. Cheap enough to call on every keystroke. */
  schedule(): void;
  /**
   * Ask for a run in `ms` without noting a change (work that arrived from elsewhere, such as the
   * spell checker's answers): at once then if no change is waiting out its `wait`, else after it.
   */
  soon(ms: number): void;
  /** Run the task now if a run is pending. */
  flush(): void;
  cancel(): void;
  readonly pending: boolean;
}

export interface SchedulerOptions {
  wait: number;
  /** Upper bound from the first call of a burst; omit for a plain debounce. */
  maxWait?: number;
  now?: () => number;
}

export function createScheduler(task: () => void, options: SchedulerOptions): Scheduler {
  const now = options.now ?? Date.now;
  const { wait, maxWait = Infinity } = options;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstCall = 0;
  let lastCall = 0;

  const run = (): void => {
    timer = null;
    task();
  };

  const onTimer = (): void => {
    const t = now();
    const idle = t - lastCall;
    const burst = t - firstCall;
    if (idle >= wait || burst >= maxWait) {
      run();
      return;
    }
    timer = setTimeout(onTimer, Math.min(wait - idle, maxWait - burst));
  };

  return {
    schedule() {
      lastCall = now();
      if (timer === null) {
        firstCall = lastCall;
        timer = setTimeout(onTimer, Math.min(wait, maxWait));
      }
    },
    soon(ms) {
      if (timer !== null) return;
      firstCall = now();
      timer = setTimeout(onTimer, ms);
    },
    flush() {
      if (timer === null) return;
      clearTimeout(timer);
      run();
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
    get pending() {
      return timer !== null;
    },
  };
}
