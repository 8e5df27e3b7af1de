import { describe, expect, it } from 'vitest';
import { badBodyFile, nestedDocRelease, objectAltRelease } from './bad-bodies.fixture';
import { FileFormatError, issueDetail, packRelease, unpackRelease } from './file-format';
import { releaseSchema } from './release';

function failure(run: () => unknown): FileFormatError {
  try {
    run();
  } catch (e) {
    if (e instanceof FileFormatError) return e;
    throw e;
  }
  throw new Error('expected a FileFormatError');
}

describe('a body the editor cannot show is a damaged file, and the error names the place', () => {
  it.each([
    ['a doc nested in the body', nestedDocRelease],
    ['a figure whose alt is an object', objectAltRelease],
  ])('%s: refused on opening, on validating and on saving', (_name, make) => {
    const bad = make();
    const opened = failure(() => unpackRelease(badBodyFile(bad)));
    expect(opened.code).toBe('corrupt');
    expect(opened.params).toEqual({ reason: 'invalid-document', detail: bad.detail });

    const parsed = releaseSchema.safeParse(bad.release);
    expect(parsed.success).toBe(false);
    expect(issueDetail(parsed.error?.issues[0])).toBe(bad.detail);

    const saved = failure(() => packRelease(bad.release, { assets: bad.assets }));
    expect(saved.params).toEqual({ reason: 'invalid-release', detail: bad.detail });
  });

  it('the same file with the body repaired opens', () => {
    const bad = objectAltRelease();
    const figure = bad.release.body.content[3]!.content![0]!;
    figure.attrs = { ...figure.attrs, alt: 'Ảnh' };
    expect(unpackRelease(badBodyFile(bad)).release.body.content[3]!.content![0]!.attrs!['alt']).toBe('Ảnh');
  });

  it('issueDetail writes a zod path as the release reads', () => {
    expect(issueDetail({ path: ['release', 'body', 'content', 3, 'marks', 0], message: 'bad' })).toBe('body.content[3].marks[0]: bad');
    expect(issueDetail({ path: ['headline'], message: 'too long' })).toBe('headline: too long');
    expect(issueDetail({ path: [], message: 'no' })).toBe('no');
    expect(issueDetail(undefined)).toBeUndefined();
    expect(issueDetail({ path: ['x'], message: 'y'.repeat(400) })).toHaveLength(300);
  });
});
