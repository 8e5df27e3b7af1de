/**
 * Failures cross the bridge as an error code (plus a few params) that the renderer turns into a
 * sentence. Nothing else leaves the main process: no stack traces, no raw exception objects.
 */
import { ZodError } from 'zod';
import { FileFormatError } from '../../core/document/file-format';
import { ERROR_CODES, type AppError, type ErrorCode } from '../api';
import { KeyStoreError } from './keys';

/** A failure we raise on purpose, already carrying the code the renderer shows. */
export class AppFailure extends Error {
  readonly code: ErrorCode;
  readonly params?: Record<string, string | number>;

  constructor(code: ErrorCode, params?: Record<string, string | number>) {
    super(code);
    this.name = 'AppFailure';
    this.code = code;
    if (params !== undefined) this.params = params;
  }
}

const ERRNO_CODES: Record<string, ErrorCode> = {
  ENOENT: 'not-found',
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EACCES: 'permission-denied',
  EPERM: 'permission-denied',
  EROFS: 'permission-denied',
};

const isErrorCode = (c: unknown): c is ErrorCode => typeof c === 'string' && (ERROR_CODES as readonly string[]).includes(c);

function cleanParams(params: unknown): Record<string, string | number> | undefined {
  if (params === null || typeof params !== 'object') return undefined;
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) {
    if (typeof v === 'number' && Number.isFinite(v)) out[k] = v;
    else if (typeof v === 'string') out[k] = v.slice(0, 500);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function withParams(code: ErrorCode, params: unknown): AppError {
  const p = cleanParams(params);
  return p === undefined ? { code } : { code, params: p };
}

/** Maps anything thrown by a handler to the AppError the renderer receives. */
export function toAppError(e: unknown): AppError {
  if (e instanceof AppFailure) return withParams(e.code, e.params);
  // instanceof first; the name check covers a second copy of core in another bundle chunk.
  if (e instanceof FileFormatError || (e instanceof Error && e.name === 'FileFormatError')) {
    const { code, params } = e as FileFormatError;
    return isErrorCode(code) ? withParams(code, params) : { code: 'corrupt' };
  }
  if (e instanceof KeyStoreError) return { code: 'signing-key', params: { reason: e.reason } };
  if (e instanceof ZodError) {
    const first = e.issues[0];
    return first ? { code: 'invalid-request', params: { field: first.path.join('.').slice(0, 200) } } : { code: 'invalid-request' };
  }
  const errno = (e as { code?: unknown } | null)?.code;
  if (typeof errno === 'string' && /^E[A-Z0-9]+$/.test(errno)) {
    const mapped = ERRNO_CODES[errno];
    if (mapped) return { code: mapped };
    const message = e instanceof Error ? e.message : errno;
    return { code: 'io', params: { detail: message.split('\n')[0]!.slice(0, 300) } };
  }
  return { code: 'internal' };
}
