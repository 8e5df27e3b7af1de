/** Tests that pin what json-scan.ts's mutation run found unpinned (npm run mutation). */
import { describe, expect, it } from 'vitest';
import { scanJsonText } from './json-scan';

describe('scanJson, edges', () => {
  it('reports the deepest nesting, not the last', () => {
    expect(scanJsonText('[[[[]]],[]]')).toEqual({ ok: true, depth: 4, values: 6 });
    expect(scanJsonText('{"a":{"b":{}},"c":[]}')).toEqual({ ok: true, depth: 3, values: 5 });
  });

  it('an escaped quote does not end a string: the brackets after it are text', () => {
    expect(scanJsonText('["a\\"[", 1]')).toEqual({ ok: true, depth: 1, values: 2 });
    // An escaped backslash does end its escape: the quote after it closes the string.
    expect(scanJsonText('["a\\\\", [1]]')).toEqual({ ok: true, depth: 2, values: 3 });
  });

  it('refuses too many separators even when the containers are few', () => {
    const limits = { maxDepth: 10, maxValues: 3 };
    expect(scanJsonText('[1,2,3]', limits)).toEqual({ ok: true, depth: 1, values: 3 });
    expect(scanJsonText('[1,2,3,4]', limits)).toEqual({ ok: false, reason: 'values' });
    expect(scanJsonText('{"a":1,"b":2,"c":3,"d":4}', limits)).toEqual({ ok: false, reason: 'values' });
  });

  it('refuses an unterminated string at the top level', () => {
    expect(scanJsonText('"abc')).toEqual({ ok: false, reason: 'unbalanced' });
    expect(scanJsonText('"abc\\"')).toEqual({ ok: false, reason: 'unbalanced' });
  });
});
