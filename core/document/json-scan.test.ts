import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { JSON_LIMITS, nestsDeeperThan, scanJson, scanJsonText } from './json-scan';

const nested = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);

describe('scanJson', () => {
  it('measures depth and counts containers and separators', () => {
    expect(scanJsonText('{"a":[1,2,{"b":[]}],"c":"x"}')).toEqual({ ok: true, depth: 4, values: 7 });
    expect(scanJsonText('"plain"')).toEqual({ ok: true, depth: 0, values: 0 });
  });

  it('accepts exactly the depth limit and refuses one level more', () => {
    expect(JSON_LIMITS.maxDepth).toBe(100);
    expect(scanJsonText(nested(100))).toEqual({ ok: true, depth: 100, values: 100 });
    expect(scanJsonText(nested(101))).toEqual({ ok: false, reason: 'depth' });
  });

  it('accepts exactly the value limit and refuses one more', () => {
    const limits = { maxDepth: 10, maxValues: 6 };
    expect(scanJsonText('[[],[],[]]', limits)).toMatchObject({ ok: true, values: 6 });
    expect(scanJsonText('[[],[],[],1]', limits)).toEqual({ ok: false, reason: 'values' });
    expect(scanJsonText('[1,1,1,1,1,1]', limits)).toMatchObject({ ok: true, values: 6 });
    expect(scanJsonText('[1,1,1,1,1,1,1]', limits)).toEqual({ ok: false, reason: 'values' });
    expect(JSON_LIMITS.maxValues).toBe(250_000);
  });

  it('refuses 18 million empty arrays after counting a quarter of a million, without parsing', () => {
    const bytes = strToU8('[' + '[],'.repeat(300_000) + '[]]');
    expect(scanJson(bytes)).toEqual({ ok: false, reason: 'values' });
  });

  it('skips brackets and commas inside strings, escaped quotes included', () => {
    const text = JSON.stringify({ t: '[[[[{{{{,,,, \\" "]]]' + '['.repeat(500) });
    expect(scanJsonText(text)).toEqual({ ok: true, depth: 1, values: 1 });
  });

  it('reads UTF-8 bytes: multi-byte characters never look like brackets', () => {
    expect(scanJson(strToU8('["Hội nghị", "ưởng [", {"k": "đ"}]'))).toEqual({ ok: true, depth: 2, values: 4 });
  });

  it('reports brackets that do not pair up, and an unterminated string', () => {
    expect(scanJsonText('[]]')).toEqual({ ok: false, reason: 'unbalanced' });
    expect(scanJsonText('[[]')).toEqual({ ok: false, reason: 'unbalanced' });
    expect(scanJsonText('["abc]')).toEqual({ ok: false, reason: 'unbalanced' });
  });

  it('measures the depth of a value in memory without recursion; byte arrays are leaves', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i++) deep = i % 2 === 0 ? [deep] : { c: deep };
    expect(nestsDeeperThan(deep, 100)).toBe(true);
    expect(nestsDeeperThan({ a: [{ b: 1 }] }, 3)).toBe(false);
    expect(nestsDeeperThan({ a: [{ b: [] }] }, 3)).toBe(true);
    expect(nestsDeeperThan({ bytes: new Uint8Array(10) }, 1)).toBe(false);
    expect(nestsDeeperThan('text', 0)).toBe(false);
  });
});
