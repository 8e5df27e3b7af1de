/**
 * What crosses between the bounded reader (bounded-reader.ts) and its worker: task requests,
 * results, and failures as plain data `{ kind, code, params }`. Classes do not survive
 * structured cloning and `instanceof` would not hold across threads anyway, so the worker turns
 * every error into data and the parent rebuilds the error its callers already catch.
 */
import { parentPort } from 'node:worker_threads';
import { FileFormatError, type FileFormatErrorCode } from '../../core/document/file-format';
import { ImageRefusedError, type ImageRefusal } from '../../core/document/image-info';
import { TrustedFileError } from '../../core/signoff/trusted';
import type { ErrorCode } from '../api';
import { AppFailure, toAppError } from './errors';
import { WebpDecodeError } from './webp-transcode';

/** A task's answer: its value and the byte buffers to move (not copy) to the other thread. */
export interface TaskResult<O> {
  value: O;
  transfer?: ArrayBuffer[];
}

/**
 * A task takes one cloneable input, and calls `reading()` once its parser is loaded, just before it
 * reads the input: the time limit counts from there. Loading the parser's modules is our code, not
 * the input's doing, and on a busy machine it alone can take seconds. `never` lets a table hold
 * tasks of any input type.
 */
export type Task<I = never, O = unknown> = (input: I, reading: () => void) => Promise<TaskResult<O>> | TaskResult<O>;
export type TaskTable = Record<string, Task>;

export type TaskInput<T extends TaskTable, N extends keyof T> = Parameters<T[N]>[0];
export type TaskOutput<T extends TaskTable, N extends keyof T> = Awaited<ReturnType<T[N]>>['value'];

export interface TaskRequest {
  id: number;
  task: string;
  input: unknown;
}

/** Which error class the parent rebuilds; 'app' is an AppFailure, 'internal' a plain Error (logged, shown as 'internal'). */
export type WireErrorKind = 'app' | 'file-format' | 'trusted-file' | 'webp-decode' | 'image-refused' | 'internal';

export interface WireError {
  kind: WireErrorKind;
  code: string;
  params?: Record<string, string | number>;
  /** For the log only (internal failures); never shown to the user. */
  message?: string;
}

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'reading'; id: number }
  | { type: 'done'; id: number; value: unknown }
  | { type: 'failed'; id: number; error: WireError };

const firstLine = (s: string): string => s.split('\n')[0]!.slice(0, 300);

/** A deep structure in the input (JSON, HTML, a list nested 10,000 deep) ran out of stack: the input's fault, not ours. */
export const isStackOverflow = (e: unknown): boolean => e instanceof RangeError && /call stack/i.test(e.message);

/** Any error thrown by a task, as data. By name as well as class: the parsers may be bundled twice. */
export function toWireError(e: unknown): WireError {
  const name = e instanceof Error ? e.name : '';
  if (isStackOverflow(e)) return { kind: 'app', code: 'too-complex', params: { reason: 'depth' } };
  if (e instanceof FileFormatError || name === 'FileFormatError') {
    const { code, params } = e as FileFormatError;
    return { kind: 'file-format', code, ...(params ? { params: { ...params } } : {}) };
  }
  if (e instanceof TrustedFileError || name === 'TrustedFileError') return { kind: 'trusted-file', code: 'import-failed', params: { reason: (e as Error).message } };
  if (e instanceof WebpDecodeError || name === 'WebpDecodeError') {
    return { kind: 'webp-decode', code: 'image-refused', params: { reason: 'webp-unreadable' }, message: firstLine((e as Error).message) };
  }
  if (e instanceof ImageRefusedError || name === 'ImageRefusedError') return { kind: 'image-refused', code: 'image-refused', params: { reason: (e as ImageRefusedError).reason } };
  const error = toAppError(e);
  if (error.code === 'internal') return { kind: 'internal', code: 'internal', message: e instanceof Error ? `${e.name}: ${firstLine(e.message)}` : firstLine(String(e)) };
  return { kind: 'app', code: error.code, ...(error.params ? { params: error.params } : {}) };
}

/** The error the caller would have seen had the task run in its own thread. */
export function fromWireError(w: WireError): Error {
  const params = w.params ?? {};
  switch (w.kind) {
    case 'file-format':
      return new FileFormatError(w.code as FileFormatErrorCode, w.params);
    case 'trusted-file':
      return new TrustedFileError(String(params['reason'] ?? 'not a trusted approvers file'));
    case 'webp-decode':
      return new WebpDecodeError(w.message ?? 'in the reader');
    case 'image-refused':
      return new ImageRefusedError(String(params['reason']) as ImageRefusal);
    case 'app':
      return new AppFailure(w.code as ErrorCode, w.params);
    default: {
      const error = new Error(`in the reader: ${w.message ?? 'unknown failure'}`);
      error.name = 'ReaderInternalError';
      return error;
    }
  }
}

/** The bytes of `view` in an ArrayBuffer of their own, so that moving it moves nothing else. */
export function ownedBytes(view: Uint8Array): Uint8Array {
  return view.byteOffset === 0 && view.byteLength === view.buffer.byteLength && view.buffer instanceof ArrayBuffer ? view : view.slice();
}

/** Below this, copying is cheaper than moving (and Node's shared Buffer pool, 8 KiB, must never be moved). */
const MOVE_MIN_BYTES = 64 * 1024;

/** The buffers to move for these views (each view must own its buffer: see ownedBytes), each once. */
export function transferOf(views: Iterable<Uint8Array>): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  for (const v of views) {
    if (v.byteLength >= MOVE_MIN_BYTES && v.byteOffset === 0 && v.byteLength === v.buffer.byteLength && v.buffer instanceof ArrayBuffer) out.add(v.buffer);
  }
  return [...out];
}

/** The worker's side: answers task requests from the parent, one at a time, errors as data. */
export function serveTasks(tasks: TaskTable): void {
  const port = parentPort;
  if (port === null) throw new Error('serveTasks runs in a worker thread only');
  port.on('message', (request: TaskRequest) => {
    void (async () => {
      try {
        if (!Object.prototype.hasOwnProperty.call(tasks, request.task)) throw new Error(`no task named ${request.task}`);
        const reading = (): void => port.postMessage({ type: 'reading', id: request.id } satisfies WorkerMessage);
        const result = await tasks[request.task]!(request.input as never, reading);
        port.postMessage({ type: 'done', id: request.id, value: result.value } satisfies WorkerMessage, result.transfer ?? []);
      } catch (e) {
        port.postMessage({ type: 'failed', id: request.id, error: toWireError(e) } satisfies WorkerMessage);
      }
    })();
  });
  port.postMessage({ type: 'ready' } satisfies WorkerMessage);
}
