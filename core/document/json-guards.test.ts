/** document.json is scanned before JSON.parse: too deep or too many values is too-complex; bad UTF-8 is damage. */
import { describe, expect, it } from 'vitest';
import { concatBytes } from './bytes';
import { FileFormatError, unpackRelease } from './file-format';
import { JSON_LIMITS } from './json-scan';
import { createRelease } from './release';
import { buildZip, documentJson, handMadeFile, manifestJson } from './zip-fixtures';

function failure(f: () => unknown): { code: string; reason?: unknown } {
  try {
    f();
  } catch (e) {
    if (e instanceof FileFormatError) return { code: e.code, reason: e.params?.['reason'] };
    throw e;
  }
  return { code: 'ok' };
}

const withDocument = (document: string | Uint8Array, level = 6): Uint8Array =>
  buildZip([
    { name: 'manifest.json', data: manifestJson('1.2') },
    { name: 'document.json', data: document, level },
  ]);

describe('document.json pre-scan', () => {
  it('opens an ordinary release (the scan lets it through)', () => {
    expect(failure(() => unpackRelease(handMadeFile({ ...createRelease('news'), headline: 'Tin' }, '1.2')))).toEqual({ code: 'ok' });
  });

  it('refuses nesting past the depth limit before parsing', () => {
    const deep = '{"format":"pressdesk","version":"1.2","release":' + '['.repeat(JSON_LIMITS.maxDepth) + ']'.repeat(JSON_LIMITS.maxDepth) + '}';
    expect(failure(() => unpackRelease(withDocument(deep)))).toEqual({ code: 'too-complex', reason: 'json-depth' });
  });

  it('refuses millions of empty arrays (2 GB of heap before) from the count', () => {
    const many = '{"format":"pressdesk","version":"1.2","release":{"x":[' + '[],'.repeat(JSON_LIMITS.maxValues) + '[]]}}';
    // Stored: deflated, it would trip the ratio guard first.
    expect(failure(() => unpackRelease(withDocument(many, 0)))).toEqual({ code: 'too-complex', reason: 'json-values' });
  });

  it('does not count brackets inside text', () => {
    const release = { ...createRelease('news'), headline: '['.repeat(1_000), sapo: '{,'.repeat(600) };
    expect(failure(() => unpackRelease(handMadeFile(release, '1.2')))).toEqual({ code: 'ok' });
  });

  it('refuses invalid UTF-8 as damaged instead of patching it with replacement characters', () => {
    const text = documentJson({ ...createRelease('news'), headline: 'AB' }, '1.2');
    const [before, after] = text.split('AB') as [string, string];
    const bytes = concatBytes([new TextEncoder().encode(before), new Uint8Array([0x41, 0xc3, 0x28]), new TextEncoder().encode(after)]);
    expect(failure(() => unpackRelease(withDocument(bytes)))).toEqual({ code: 'corrupt', reason: 'bad-json' });
  });
});
