import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FileFormatError } from '../../core/document/file-format';
import { AppFailure, toAppError } from './errors';

const errno = (code: string, message = `${code}: something, open '/x'`): Error => Object.assign(new Error(message), { code });

describe('toAppError', () => {
  it('passes our own failures and file-format errors through with their params', () => {
    expect(toAppError(new AppFailure('changed-on-disk', { name: 'a.pressdesk' }))).toEqual({ code: 'changed-on-disk', params: { name: 'a.pressdesk' } });
    expect(toAppError(new FileFormatError('unsupported-version', { version: '9.0' }))).toEqual({ code: 'unsupported-version', params: { version: '9.0' } });
    expect(toAppError(new FileFormatError('not-pressdesk'))).toEqual({ code: 'not-pressdesk' });
    expect(toAppError(new FileFormatError('too-large', { entries: 9000 }))).toEqual({ code: 'too-large', params: { entries: 9000 } });
  });

  it('maps zod errors to invalid-request naming the field', () => {
    const r = z.object({ path: z.string() }).safeParse({ path: 1 });
    expect(toAppError(r.error)).toEqual({ code: 'invalid-request', params: { field: 'path' } });
  });

  it.each([
    ['ENOENT', 'not-found'],
    ['ENOSPC', 'disk-full'],
    ['EDQUOT', 'disk-full'],
    ['EACCES', 'permission-denied'],
    ['EPERM', 'permission-denied'],
    ['EROFS', 'permission-denied'],
  ])('maps %s to %s', (code, expected) => {
    expect(toAppError(errno(code))).toEqual({ code: expected });
  });

  it('maps other system errors to io with the system message', () => {
    expect(toAppError(errno('EISDIR', 'EISDIR: illegal operation on a directory, read'))).toEqual({
      code: 'io',
      params: { detail: 'EISDIR: illegal operation on a directory, read' },
    });
  });

  it('never leaks anything else', () => {
    const e = new TypeError('Cannot read properties of undefined (reading "x")');
    const out = toAppError(e);
    expect(out).toEqual({ code: 'internal' });
    expect(JSON.stringify(out)).not.toContain('at ');
    expect(toAppError('a string')).toEqual({ code: 'internal' });
    expect(toAppError(null)).toEqual({ code: 'internal' });
    expect(toAppError({ code: 'forbidden-but-not-errno' })).toEqual({ code: 'internal' });
  });
});
