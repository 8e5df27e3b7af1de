import { afterAll, describe, expect, it } from 'vitest';
import { FileFormatError } from '../../core/document/file-format';
import { TrustedFileError } from '../../core/signoff/trusted';
import { budgetFor, createBoundedReader, defaultReaderEntry, READER_LIMITS } from './bounded-reader';
import { AppFailure, toAppError } from './errors';
import type { TEST_TASKS } from './test-reader-worker';

// Small limits so that each hostile task is stopped quickly; the real ones are READER_LIMITS.
const reader = createBoundedReader<typeof TEST_TASKS>({
  entry: new URL('./test-reader-worker.ts', import.meta.url),
  limits: { heapMb: 64, memoryMb: 192, timeMs: 1_500 },
});
afterAll(() => reader.close());

const failure = (p: Promise<unknown>): Promise<unknown> => p.then(
  () => {
    throw new Error('expected a failure');
  },
  (e: unknown) => e,
);

/** The next call still works: the worker that was stopped is replaced. */
async function stillAnswers(): Promise<void> {
  const out = await reader.run('echo', { text: 'sau', bytes: new Uint8Array([1]) });
  expect(out.text).toBe('SAU');
}

describe('bounded reader', () => {
  it('runs a task in the worker and moves bytes both ways', async () => {
    const bytes = new Uint8Array(256 * 1024).fill(10);
    const out = await reader.run('echo', { text: 'hội nghị', bytes }, { transfer: [bytes.buffer] });
    expect(out.text).toBe('HỘI NGHỊ');
    expect(out.bytes).toBeInstanceOf(Uint8Array);
    expect(out.bytes.length).toBe(256 * 1024);
    expect(out.bytes[0]).toBe(245);
    expect(bytes.byteLength).toBe(0); // moved, not copied
    // The worker runs under the heap ceiling it was given (old generation plus young).
    expect(out.heapLimitMb).toBeGreaterThanOrEqual(64);
    expect(out.heapLimitMb).toBeLessThan(64 + 3 * READER_LIMITS.youngMb + 16);
  });

  it('rebuilds the errors callers catch, from data', async () => {
    const format = await failure(reader.run('fail', { kind: 'file-format' }));
    expect(format).toBeInstanceOf(FileFormatError);
    expect(format).toMatchObject({ code: 'corrupt', params: { reason: 'damaged' } });
    const app = await failure(reader.run('fail', { kind: 'app' }));
    expect(app).toBeInstanceOf(AppFailure);
    expect(app).toMatchObject({ code: 'import-failed', params: { reason: 'encoding' } });
    const trusted = await failure(reader.run('fail', { kind: 'trusted' }));
    expect(trusted).toBeInstanceOf(TrustedFileError);
    expect((trusted as Error).message).toBe('not a trusted approvers file (not JSON)');
    expect(toAppError(await failure(reader.run('fail', { kind: 'errno' })))).toEqual({ code: 'not-found' });
    const internal = await failure(reader.run('fail', { kind: 'bug' }));
    expect(toAppError(internal)).toEqual({ code: 'internal' });
    expect((internal as Error).message).toContain('x.trim is not a function'); // for the log
  });

  it('stops a task that loops forever at the time limit, and the next call works', async () => {
    const started = Date.now();
    const e = await failure(reader.run('spin', {}));
    expect(toAppError(e)).toEqual({ code: 'too-complex', params: { reason: 'time' } });
    expect(Date.now() - started).toBeLessThan(1_500 + 1_000);
    await stillAnswers();
  });

  it('stops a task that fills the heap at its ceiling', async () => {
    // Memory watch and clock far away: only the heap ceiling (resourceLimits) can stop it.
    const e = await failure(reader.run('fillHeap', {}, { timeMs: 25_000, memoryMb: 4_096 }));
    expect(toAppError(e)).toEqual({ code: 'too-complex', params: { reason: 'memory' } });
    await stillAnswers();
  });

  it('stops a task whose buffers (outside the heap) grow past the memory ceiling', async () => {
    const before = process.memoryUsage.rss();
    const e = await failure(reader.run('fillBuffers', {}, { timeMs: 20_000, memoryMb: 96 }));
    expect(toAppError(e)).toEqual({ code: 'too-complex', params: { reason: 'memory' } });
    await stillAnswers();
    // The worker that held them is gone: the memory went with it (not the 20 s of filling the time limit allowed).
    expect(process.memoryUsage.rss() - before).toBeLessThan(96 * 2 ** 20 + 64 * 2 ** 20);
  });

  it('turns runaway recursion into too-complex (depth), and the worker lives on', async () => {
    expect(toAppError(await failure(reader.run('recurse', {})))).toEqual({ code: 'too-complex', params: { reason: 'depth' } });
    await stillAnswers();
  });

  it('survives a worker that exits in the middle of a task', async () => {
    const e = await failure(reader.run('exit', {}));
    expect(toAppError(e)).toEqual({ code: 'internal' });
    await stillAnswers();
  });

  it('runs tasks one at a time, in order, each with its own limit', async () => {
    const results = await Promise.allSettled([reader.run('spin', {}), reader.run('echo', { text: 'a', bytes: new Uint8Array(1) }), reader.run('fail', { kind: 'app' })]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'rejected']);
    expect(toAppError((results[0] as PromiseRejectedResult).reason)).toMatchObject({ code: 'too-complex' });
    expect(toAppError((results[2] as PromiseRejectedResult).reason)).toMatchObject({ code: 'import-failed' });
  });

  it('counts the time limit from when the task starts reading, not while it loads its parser', async () => {
    // 1.5 s limit (above); loading takes 2.5 s, as importing mammoth can on a busy machine.
    await expect(reader.run('slowLoad', { ms: 2_500 })).resolves.toBe('read');
  });

  it('close() ends a running task and the queued ones; the reader starts afresh on the next call', async () => {
    const running = failure(reader.run('spin', {}, { timeMs: 20_000 }));
    const queued = failure(reader.run('echo', { text: 'x', bytes: new Uint8Array(1) }));
    await new Promise((r) => setTimeout(r, 200));
    await reader.close();
    expect(toAppError(await running)).toEqual({ code: 'internal' });
    expect(toAppError(await queued)).toEqual({ code: 'internal' });
    await stillAnswers();
  });

  it('refuses an unknown task name as an internal failure', async () => {
    expect(toAppError(await failure(reader.run('nope' as 'echo', { text: '', bytes: new Uint8Array(0) })))).toEqual({ code: 'internal' });
  });
});

describe('budgets and entry', () => {
  it('gives a big input more time and memory than a small one, and a hostile small one none', () => {
    expect(budgetFor(0)).toEqual({ memoryMb: READER_LIMITS.memoryMb, timeMs: READER_LIMITS.timeMs });
    expect(budgetFor(100 * 2 ** 20)).toEqual({ memoryMb: READER_LIMITS.memoryMb + 300, timeMs: READER_LIMITS.timeMs + 4_195 });
    // The 4 MB file of empty arrays gets 12 MB and a fifth of a second more, no more.
    expect(budgetFor(4 * 2 ** 20).memoryMb).toBe(READER_LIMITS.memoryMb + 12);
  });

  it('finds the worker entry beside the source, or beside the built bundle', () => {
    expect(defaultReaderEntry('file:///app/electron/services/bounded-reader.ts').href).toBe('file:///app/electron/services/reader-worker.ts');
    expect(defaultReaderEntry('file:///nowhere/out/main/index.js').href).toBe('file:///nowhere/out/main/reader-worker.js');
  });
});
