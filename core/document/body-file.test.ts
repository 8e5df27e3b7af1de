import { describe, expect, it } from 'vitest';
import { badBodyFile, nestedDocRelease, objectAltRelease } from './bad-bodies.fixture';
import { FileFormatError, issueDetail, packRelease, unpackRelease } from './file-format';
import { MAX_BODY_DEPTH } from './body-check';
import { createRelease, releaseSchema, type PmNode, type Release } from './release';

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

  it('a body as deep as the schema allows, with link marks, is written and opens again', () => {
    let node: PmNode = { type: 'paragraph', content: [{ type: 'text', text: 'sâu', marks: [{ type: 'link', attrs: { href: 'https://a.vn', title: null } }] }] };
    for (let i = 2; i < MAX_BODY_DEPTH; i++) node = { type: 'blockquote', content: [node] };
    const release: Release = { ...createRelease('news'), body: { type: 'doc', content: [node] } };
    expect(unpackRelease(packRelease(release)).release.body).toEqual(release.body);
    // One level more is refused on saving, before anything is written.
    const deeper: Release = { ...release, body: { type: 'doc', content: [{ type: 'blockquote', content: [node] }] } };
    expect(failure(() => packRelease(deeper)).params?.['detail']).toMatch(/nested deeper than 40 levels$/);
  });

  it('issueDetail writes a zod path as the release reads', () => {
    expect(issueDetail({ path: ['release', 'body', 'content', 3, 'marks', 0], message: 'bad' })).toBe('body.content[3].marks[0]: bad');
    expect(issueDetail({ path: ['headline'], message: 'too long' })).toBe('headline: too long');
    expect(issueDetail({ path: [], message: 'no' })).toBe('no');
    expect(issueDetail({ path: ['body', 'content', 0, 'attrs', '\u001b[2J'], message: 'bad\u0007' })).toBe('body.content[0].attrs.?[2J: bad?');
    expect(issueDetail(undefined)).toBeUndefined();
    expect(issueDetail({ path: ['x'], message: 'y'.repeat(400) })).toHaveLength(300);
    const deep = issueDetail({ path: ['body', ...Array<(string | number)[]>(40).fill(['content', 0]).flat()], message: 'too deep' })!;
    expect(deep).toBe(`body${'.content[0]'.repeat(5)}.…${'.content[0]'.repeat(10)}: too deep`);
  });
});
