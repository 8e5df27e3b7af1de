/**
 * Tests only (each task says it is reading at once: none loads a parser): the reader's tasks plus hostile ones, to prove the limits hold (memory without
 * bound, a loop that never ends, runaway recursion, a worker that dies). Never in the bundle.
 */
import { getHeapStatistics } from 'node:v8';
import { FileFormatError } from '../../core/document/file-format';
import { TrustedFileError } from '../../core/signoff/trusted';
import { AppFailure } from './errors';
import { serveTasks, transferOf } from './reader-protocol';
import { READER_TASKS } from './reader-tasks';

const kept: unknown[] = [];

export const TEST_TASKS = {
  ...READER_TASKS,
  echo(input: { text: string; bytes: Uint8Array }, reading: () => void) {
    reading();
    const bytes = input.bytes.map((b) => 255 - b);
    return { value: { text: input.text.toUpperCase(), bytes, heapLimitMb: getHeapStatistics().heap_size_limit / 2 ** 20 }, transfer: transferOf([bytes]) };
  },
  /** Small objects until the heap ceiling (or the time limit) stops it. */
  fillHeap(_input: Record<string, never>, reading: () => void) {
    reading();
    for (let i = 0; ; i++) kept.push({ i, s: `item ${i}`, list: [i, i + 1] });
  },
  /** Buffers outside the heap: only the memory watch can stop these. */
  fillBuffers(_input: Record<string, never>, reading: () => void) {
    reading();
    for (;;) kept.push(new Uint8Array(8 * 2 ** 20).fill(7));
  },
  spin(_input: Record<string, never>, reading: () => void) {
    reading();
    for (;;);
  },
  recurse(_input: Record<string, never>, reading: () => void) {
    reading();
    const deeper = (n: number): number => deeper(n + 1) + 1;
    return { value: deeper(0) };
  },
  fail(input: { kind: string }, reading: () => void) {
    reading();
    if (input.kind === 'file-format') throw new FileFormatError('corrupt', { reason: 'damaged' });
    if (input.kind === 'app') throw new AppFailure('import-failed', { reason: 'encoding' });
    if (input.kind === 'trusted') throw new TrustedFileError('not a trusted approvers file (not JSON)');
    if (input.kind === 'errno') throw Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });
    throw new TypeError('x.trim is not a function');
  },
  /** Loading takes longer than the time limit (a busy machine), the reading itself is quick. */
  async slowLoad(input: { ms: number }, reading: () => void) {
    await new Promise((done) => setTimeout(done, input.ms));
    reading();
    return { value: 'read' };
  },
  /** The worker thread ends on its own in the middle of a task. */
  exit(_input: Record<string, never>, reading: () => void) {
    reading();
    process.exit(3);
  },
};

serveTasks(TEST_TASKS);
