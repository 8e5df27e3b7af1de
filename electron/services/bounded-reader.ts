/**
 * The one bounded reader. Every parser of outside input (a .pressdesk, an imported document, a
 * trusted-approvers list, a photo to decode) runs as a named task in a worker thread with a heap
 * ceiling (`resourceLimits`), a watch on the process's memory (buffers and WebAssembly memory are
 * outside the heap) and a wall-clock limit. Past any of them the worker is terminated, the caller
 * gets AppFailure('too-complex') and the next task starts a fresh worker: the app, the browser
 * host and the CLI keep running. Tasks run one at a time, so two hostile files never add up.
 *
 * How each host loads the worker: from the source tree (CLI, browser host, tests: tsx or vitest
 * run this .ts file) a tiny bootstrap registers tsx in the worker, then imports reader-worker.ts;
 * from the electron-vite bundle (out/main/) it is the built reader-worker.js beside index.js.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppFailure } from './errors';
import { fromWireError, type TaskInput, type TaskOutput, type TaskTable, type WorkerMessage } from './reader-protocol';

const MiB = 1024 * 1024;

export interface ReaderLimits {
  /** The worker's V8 old generation (resourceLimits.maxOldGenerationSizeMb). */
  heapMb: number;
  /** Its young generation (resourceLimits.maxYoungGenerationSizeMb). */
  youngMb: number;
  /** Its stack (resourceLimits.stackSizeMb). */
  stackMb: number;
  /** How much the process's resident memory may grow while one task runs, before input-size allowance. */
  memoryMb: number;
  /** Wall clock per task, before input-size allowance. */
  timeMs: number;
  /** Starting the worker and loading the parsers: our own code, not the input's, so a limit of its own. */
  startMs: number;
  /** A worker idle this long is ended, giving its memory back. */
  idleMs: number;
  /** How often the process's memory is sampled while a task runs. */
  sampleMs: number;
}

export const READER_LIMITS: Readonly<ReaderLimits> = Object.freeze({
  // A 20,000-word release with 30 photos (11 MB) opens with the process growing by under 70 MB,
  // worker start included; 256 MB of heap is ample and keeps a hostile file inside the 512 MB.
  heapMb: 256,
  // V8's own default for a heap of this size: enough for parsers that make many short-lived objects.
  youngMb: 32,
  // Node's default stack. Deeper recursion ends as 'too-complex' (reason 'depth') in the worker, not a crash.
  stackMb: 4,
  // Heap plus what lies outside it (file bytes, inflated photos, a decoded 40 MP photo is 160 MB):
  // 320 MB over the process's size when the task began, plus an allowance per input byte (see budgetFor).
  memoryMb: 320,
  // The target is 5 s per hostile file; that 11 MB release opens in 0.6 s on a busy 2-core
  // machine (load 13), so 4 s is six times that, with the rest of the 5 s for start-up.
  timeMs: 4_000,
  // Start-up under tsx (CLI, host) transpiles the parsers once: ~1.5 s on a busy 2-core machine.
  // Also the allowance for a task to load its parser's modules (before it calls reading()).
  startMs: 30_000,
  idleMs: 30_000,
  // Inflating runs at ~500 MB/s at most: 20 ms lets at most ~10 MB through before the watch sees it.
  sampleMs: 20,
});

/**
 * A big input may take longer and more memory than a small one; a hostile one is small input
 * making huge work (a ZIP bomb, 18 million empty arrays), which this allowance does not cover.
 * Assumes at least 25 MB/s and three times the input in memory (bytes, inflated copy, result).
 */
export function budgetFor(inputBytes: number, limits: Pick<ReaderLimits, 'memoryMb' | 'timeMs'> = READER_LIMITS): { memoryMb: number; timeMs: number } {
  const bytes = Math.max(0, inputBytes);
  return { memoryMb: limits.memoryMb + Math.ceil((3 * bytes) / MiB), timeMs: limits.timeMs + Math.ceil(bytes / 25_000) };
}

export interface RunOptions {
  /** Buffers of the input to move to the worker (they become unusable here). */
  transfer?: ArrayBuffer[];
  /** This task's memory growth ceiling and time limit (default: READER_LIMITS, see budgetFor). */
  memoryMb?: number;
  timeMs?: number;
}

export interface BoundedReader<T extends TaskTable> {
  run<N extends keyof T & string>(task: N, input: TaskInput<T, N>, options?: RunOptions): Promise<TaskOutput<T, N>>;
  /** Ends the worker (tests; the app lets the idle timer do it). */
  close(): Promise<void>;
}

export interface ReaderOptions {
  /** The worker's entry module: a .ts file (run through tsx) or a built .js file. */
  entry: URL;
  limits?: Partial<ReaderLimits>;
}

/** tsx's ESM API as a file URL, found through its package's exports map (import condition). */
function tsxApiUrl(): string {
  const packageJson = createRequire(import.meta.url).resolve('tsx/package.json');
  const exports = (JSON.parse(readFileSync(packageJson, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports;
  return pathToFileURL(join(dirname(packageJson), exports['./esm/api']!.import.default)).href;
}

function spawn(entry: URL, limits: ReaderLimits): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: limits.youngMb, stackSizeMb: limits.stackMb };
  // execArgv []: nothing of the parent's flags (an inspector, a loader that cannot run in a worker) is inherited.
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { resourceLimits, execArgv: [] });
  const bootstrap = `import(${JSON.stringify(tsxApiUrl())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true, resourceLimits, execArgv: [] });
}

interface Job {
  id: number;
  task: string;
  input: unknown;
  options: RunOptions;
  resolve(value: unknown): void;
  reject(error: Error): void;
  /** The worker says the task's parser is loaded and the input is being read: the time limit starts. */
  reading?(): void;
}

const tooComplex = (reason: 'memory' | 'time' | 'depth'): AppFailure => new AppFailure('too-complex', { reason });

export function createBoundedReader<T extends TaskTable>(options: ReaderOptions): BoundedReader<T> {
  const limits: ReaderLimits = { ...READER_LIMITS, ...options.limits };
  const queue: Job[] = [];
  let worker: Worker | null = null;
  let ready: Promise<void> | null = null;
  let current: Job | null = null;
  let nextId = 1;
  let idleTimer: NodeJS.Timeout | undefined;
  /** A stopped worker's memory is given back before the next one starts (and measures from there). */
  let dying: Promise<unknown> = Promise.resolve();

  /** Ends the worker and fails the running job with `error` (a worker past its limits is never reused). */
  function kill(error: Error): void {
    const w = worker;
    worker = null;
    ready = null;
    if (w) dying = w.terminate().catch(() => undefined);
    const job = current;
    current = null;
    job?.reject(error);
    pump();
  }

  function start(): Promise<void> {
    const w = spawn(options.entry, limits);
    worker = w;
    w.unref();
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the reader did not start in time')), limits.startMs);
      w.on('message', (m: WorkerMessage) => {
        if (m.type === 'ready') {
          clearTimeout(timer);
          resolve();
        } else if (m.type === 'reading') {
          if (current?.id === m.id) current.reading?.();
        } else if (current?.id === m.id) {
          const job = current;
          current = null;
          if (m.type === 'done') job.resolve(m.value);
          else job.reject(fromWireError(m.error));
          pump();
        }
      });
      w.on('error', (e: Error & { code?: string }) => {
        clearTimeout(timer);
        if (worker !== w) return;
        // The heap ceiling: V8 stops the worker and Node reports ERR_WORKER_OUT_OF_MEMORY.
        const error = e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooComplex('memory') : e;
        reject(error);
        kill(error);
      });
      w.on('exit', () => {
        clearTimeout(timer);
        reject(new Error('the reader stopped while starting'));
        if (worker === w) kill(new Error('the reader stopped unexpectedly'));
      });
    });
  }

  function pump(): void {
    if (current !== null) return;
    const job = queue.shift();
    if (job === undefined) {
      worker?.unref();
      clearTimeout(idleTimer);
      idleTimer = setTimeout(() => void close(), limits.idleMs);
      idleTimer.unref();
      return;
    }
    clearTimeout(idleTimer);
    current = job;
    ready ??= dying.then(start);
    ready.then(
      () => runCurrent(job),
      (e: unknown) => {
        if (current === job) kill(e instanceof Error ? e : new Error(String(e)));
      },
    );
  }

  function runCurrent(job: Job): void {
    const w = worker;
    if (current !== job || w === null) return;
    w.ref(); // a task in flight keeps the CLI alive; an idle worker does not
    const memoryLimit = process.memoryUsage.rss() + (job.options.memoryMb ?? limits.memoryMb) * MiB;
    const stop = (error: Error): void => {
      clearInterval(watch);
      clearTimeout(timer);
      if (current === job) kill(error);
    };
    const watch = setInterval(() => {
      if (process.memoryUsage.rss() > memoryLimit) stop(tooComplex('memory'));
    }, limits.sampleMs);
    // Until the task says its parser is loaded, the start-up allowance; from then on, the time limit.
    let timer = setTimeout(() => stop(tooComplex('time')), limits.startMs);
    job.reading = () => {
      clearTimeout(timer);
      timer = setTimeout(() => stop(tooComplex('time')), job.options.timeMs ?? limits.timeMs);
    };
    const settle = (): void => {
      clearInterval(watch);
      clearTimeout(timer);
    };
    const { resolve, reject } = job;
    job.resolve = (value) => {
      settle();
      resolve(value);
    };
    job.reject = (error) => {
      settle();
      reject(error);
    };
    try {
      w.postMessage({ id: job.id, task: job.task, input: job.input }, job.options.transfer ?? []);
    } catch (e) {
      current = null;
      job.reject(e instanceof Error ? e : new Error(String(e)));
      pump();
    }
  }

  async function close(): Promise<void> {
    clearTimeout(idleTimer);
    const closed = new Error('the reader was closed');
    for (const job of queue.splice(0)) job.reject(closed);
    if (current !== null) kill(closed);
    const w = worker;
    worker = null;
    ready = null;
    if (w) dying = w.terminate().catch(() => undefined);
    await dying;
  }

  return {
    run(task, input, runOptions = {}) {
      return new Promise((resolve, reject) => {
        queue.push({ id: nextId++, task, input, options: runOptions, resolve: resolve as (v: unknown) => void, reject });
        pump();
      });
    },
    close,
  };
}

/** The reader-worker entry beside this module: the .ts source, or the built .js (index.js or a chunk one folder down). */
export function defaultReaderEntry(here: string = import.meta.url): URL {
  if (here.endsWith('.ts')) return new URL('./reader-worker.ts', here);
  const candidates = [new URL('./reader-worker.js', here), new URL('../reader-worker.js', here)];
  return candidates.find((url) => existsSync(fileURLToPath(url))) ?? candidates[0]!;
}
