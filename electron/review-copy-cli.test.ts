/**
 * `pressdesk export --to docx --review-copy`, the clean export beside it, the refusal of a final
 * export while the review is open, the import of the review copy, and pandoc reading the copy's
 * comments and tracked changes (skipped with a message where pandoc is missing; CI has it).
 */
import { execFile } from 'node:child_process';
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRelease } from '../core/document/release';
import { plainRelease, withReview } from '../core/export/docx/test-review-inputs';
import { runCli } from './cli';
import { writeReleaseFile } from './services/files';
import { tempFolder } from './test-helpers';

const pandoc = await promisify(execFile)('pandoc', ['--version']).then(
  () => true,
  () => false,
);

if (!pandoc) console.warn('pandoc is missing: the pandoc read-back of the review copy is skipped');

describe('pressdesk export --review-copy', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempFolder('pressdesk-review-cli-'));
    const release = withReview(plainRelease(createRelease('news'), 12), 5, 10);
    await writeReleaseFile(join(dir, 'bai.pressdesk'), release, { expected: null, overwriteChanged: true, generator: 'test', assets: new Map() });
  });
  afterEach(() => cleanup());

  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, { cwd: dir, out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
  const parts = async (name: string) => unzipSync(new Uint8Array(await fsp.readFile(join(dir, name))));

  it('writes Word comments and tracked changes; the clean draft has none; a final export is refused while the review is open', async () => {
    expect(await run('export', 'bai.pressdesk', '--to', 'docx', '--review-copy', '--out', 'review.docx')).toMatchObject({ code: 0, err: '' });
    const review = await parts('review.docx');
    expect([...strFromU8(review['word/comments.xml']!).matchAll(/<w:comment /g)]).toHaveLength(7);
    const doc = strFromU8(review['word/document.xml']!);
    expect(doc).toMatch(/<w:ins /);
    expect(doc).toMatch(/<w:del /);
    // A review copy is no draft: no DRAFT line to come back with the merge.
    expect(doc).not.toContain('BẢN NHÁP');

    expect((await run('export', 'bai.pressdesk', '--to', 'docx', '--draft', '--out', 'clean.docx')).code).toBe(0);
    const clean = await parts('clean.docx');
    expect(clean['word/comments.xml']).toBeUndefined();
    expect(strFromU8(clean['word/document.xml']!)).not.toMatch(/<w:(ins|del|commentRangeStart)\b/);

    const final = await run('export', 'bai.pressdesk', '--to', 'docx', '--out', 'final.docx');
    expect(final.code).toBe(1);
    expect(final.err).toContain('(4 unresolved thread(s), 10 open suggestion(s))');
    await expect(fsp.stat(join(dir, 'final.docx'))).rejects.toThrow();

    expect((await run('export', 'bai.pressdesk', '--to', 'html', '--review-copy')).code).toBe(2);

    const back = await run('import', 'review.docx', '--out', 'back.pressdesk');
    expect(back.code).toBe(0);
    expect(back.out).toContain('Word review: 7 comment(s) and 10 suggestion(s) came in.');
  });

  it.skipIf(!pandoc)('pandoc --track-changes=all reads the comments, insertions and deletions of the review copy', async () => {
    expect((await run('export', 'bai.pressdesk', '--to', 'docx', '--review-copy', '--out', 'review.docx')).code).toBe(0);
    const { stdout } = await promisify(execFile)('pandoc', ['--track-changes=all', '-t', 'native', join(dir, 'review.docx')], { maxBuffer: 8 * 1024 * 1024 });
    expect([...stdout.matchAll(/"comment-start"/g)]).toHaveLength(7);
    // 10 suggestions in turn insertion, deletion, replacement: 4 + 3 insertions, 3 + 3 deletions.
    expect([...stdout.matchAll(/"insertion"/g)]).toHaveLength(7);
    expect([...stdout.matchAll(/"deletion"/g)]).toHaveLength(6);
    expect(stdout).toContain('Nguy\\7877n Th\\7883 H\\224');
  });
});
