import { describe, expect, it } from 'vitest';
import { FileFormatError } from '../../core/document/file-format';
import { ImageRefusedError } from '../../core/document/image-info';
import { TrustedFileError } from '../../core/signoff/trusted';
import { AppFailure, toAppError } from './errors';
import { fromWireError, isStackOverflow, ownedBytes, toWireError, transferOf } from './reader-protocol';
import { WebpDecodeError } from './webp-transcode';

/** What a caller catches after the error went through the worker boundary as data. */
const across = (e: unknown): Error => fromWireError(structuredClone(toWireError(e)));

describe('reader protocol', () => {
  it('rebuilds each error class a caller tells apart, with its code and params', () => {
    const format = across(new FileFormatError('unsupported-version', { version: '7.2' }));
    expect(format).toBeInstanceOf(FileFormatError);
    expect(format).toMatchObject({ code: 'unsupported-version', params: { version: '7.2' } });
    const app = across(new AppFailure('too-large', { reason: 'ratio' }));
    expect(app).toBeInstanceOf(AppFailure);
    expect(app).toMatchObject({ code: 'too-large', params: { reason: 'ratio' } });
    const trusted = across(new TrustedFileError('the same key is listed twice'));
    expect(trusted).toBeInstanceOf(TrustedFileError);
    expect(trusted.message).toBe('the same key is listed twice');
    expect(across(new WebpDecodeError('bad header'))).toBeInstanceOf(WebpDecodeError);
    const refused = across(new ImageRefusedError('svg'));
    expect(refused).toBeInstanceOf(ImageRefusedError);
    expect((refused as ImageRefusedError).reason).toBe('svg');
  });

  it('tells classes apart by name too (a second bundled copy of core is another class)', () => {
    const copy = Object.assign(new Error('corrupt'), { name: 'FileFormatError', code: 'corrupt', params: { reason: 'damaged' } });
    expect(toWireError(copy)).toEqual({ kind: 'file-format', code: 'corrupt', params: { reason: 'damaged' } });
  });

  it('maps system errors as the bridge does, and anything else to internal with a line for the log', () => {
    expect(toAppError(across(Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' })))).toEqual({ code: 'not-found' });
    const bug = toWireError(new TypeError('o.alt.trim is not a function\n    at render (x.js:1:1)'));
    expect(bug).toEqual({ kind: 'internal', code: 'internal', message: 'TypeError: o.alt.trim is not a function' });
    expect(toAppError(fromWireError(bug))).toEqual({ code: 'internal' });
  });

  it('calls running out of stack too-complex (depth): deep input, not a bug', () => {
    let overflow: unknown;
    try {
      const deeper = (n: number): number => deeper(n + 1) + 1;
      deeper(0);
    } catch (e) {
      overflow = e;
    }
    expect(isStackOverflow(overflow)).toBe(true);
    expect(isStackOverflow(new RangeError('Invalid array length'))).toBe(false);
    expect(toAppError(across(overflow))).toEqual({ code: 'too-complex', params: { reason: 'depth' } });
  });

  it('moves only whole, big buffers, each once; a view into a bigger buffer is copied out first', () => {
    const big = new Uint8Array(128 * 1024);
    expect(ownedBytes(big)).toBe(big);
    const part = big.subarray(10, 20);
    const owned = ownedBytes(part);
    expect(owned).not.toBe(part);
    expect(owned.buffer.byteLength).toBe(10);
    expect(transferOf([big, big, part, new Uint8Array(100)])).toEqual([big.buffer]);
    expect(transferOf([new Uint8Array(64 * 1024)])).toHaveLength(1);
    expect(transferOf([new Uint8Array(64 * 1024 - 1)])).toHaveLength(0);
  });
});
