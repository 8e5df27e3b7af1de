/**
 * The review copy round trip (5 threads and 10 suggestions out to Word and back, unchanged) and a
 * reviewer who uses Word: the release under review goes out as a review copy (`pressdesk export
 * --to docx --review-copy`), the reviewer adds a comment and a tracked insertion in it (written
 * into the XML here as Word writes them), and `pressdesk merge-review` brings the copy back — the
 * same threads and suggestions as before, once each (matched by content: Word renumbers ids), plus
 * the reviewer's comment and insertion; the export's layout read back (dateline, captions) is not
 * taken as edits.
 */
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packRelease } from '../core/document/file-format';
import { kitchenSinkReviewRelease } from '../core/document/kitchen-sink-review';
import { authorRelease } from '../core/review/test-merge-fixture';
import type { PmNode } from '../core/document/release';
import { runCli } from './cli';
import { readReleaseFile } from './services/files';
import { tempFolder } from './test-helpers';

const RUN = '<w:r><w:t xml:space="preserve">. Toàn văn báo cáo được đăng trên </w:t></w:r>';
const WORD_AT = '2026-11-30T08:00:00Z';

/** The text of every node carrying a mark of `type` whose `attr` is `value`. */
function marked(nodes: readonly PmNode[] | undefined, type: string, attr: string, value: string): string {
  return (nodes ?? [])
    .map((n) => ((n.marks ?? []).some((m) => m.type === type && m.attrs?.[attr] === value) ? (n.text ?? '') : marked(n.content, type, attr, value)))
    .join('');
}

describe('merge-review with a reviewed Word copy', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempFolder('pressdesk-merge-docx-')));
  afterEach(() => cleanup());

  const run = async (...argv: string[]) => {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const code = await runCli(argv, { cwd: dir, out: (l) => stdout.push(l), err: (l) => stderr.push(l) });
    return { code, out: stdout.join('\n'), err: stderr.join('\n') };
  };

  it('a release with 5 threads and 10 suggestions -> review copy -> merge back: the same threads and suggestions, nothing doubled', async () => {
    const release = authorRelease();
    await fsp.writeFile(join(dir, 'tin.pressdesk'), packRelease(release));
    expect((await run('export', 'tin.pressdesk', '--to', 'docx', '--review-copy', '--out', 'tin.docx')).code).toBe(0);
    const merged = await run('merge-review', 'tin.pressdesk', 'tin.docx', '--out', 'tin-gop');
    expect(merged.code).toBe(0);
    for (const line of ['Threads added: 0', 'Replies added: 0', 'Suggestions added: 0', 'Direct edits as suggestions: 0', 'Not placed: 0']) expect(merged.out).toContain(line);
    const { release: result } = await readReleaseFile(join(dir, 'tin-gop.pressdesk'));
    // Every thread (author, text, anchor) and every suggestion (author, text) as they were.
    expect(result.threads).toEqual(release.threads);
    expect(result.body).toEqual(release.body);
  });

  it('brings back the same threads and suggestions plus the Word reviewer’s comment and tracked insertion', async () => {
    const { release, assets } = kitchenSinkReviewRelease();
    await fsp.writeFile(join(dir, 'bai.pressdesk'), packRelease(release, { assets }));
    expect((await run('export', 'bai.pressdesk', '--to', 'docx', '--review-copy', '--out', 'ban-gop-y.docx')).code).toBe(0);

    const parts = unzipSync(await fsp.readFile(join(dir, 'ban-gop-y.docx')));
    const document = strFromU8(parts['word/document.xml']!);
    expect(document).toContain(RUN);
    parts['word/document.xml'] = strToU8(
      document.replace(
        RUN,
        `<w:commentRangeStart w:id="901"/>${RUN}<w:commentRangeEnd w:id="901"/><w:r><w:commentReference w:id="901"/></w:r>` +
          `<w:ins w:id="900" w:author="Lê Văn Cường" w:date="${WORD_AT}"><w:r><w:t xml:space="preserve">bản đầy đủ </w:t></w:r></w:ins>`,
      ),
    );
    const comments = strFromU8(parts['word/comments.xml']!);
    parts['word/comments.xml'] = strToU8(
      comments.replace('</w:comments>', `<w:comment w:id="901" w:author="Lê Văn Cường" w:date="${WORD_AT}" w:initials="LVC"><w:p><w:r><w:t>Ghi nguồn.</w:t></w:r></w:p></w:comment></w:comments>`),
    );
    await fsp.writeFile(join(dir, 'da-duyet.docx'), zipSync(parts));

    const merged = await run('merge-review', 'bai.pressdesk', 'da-duyet.docx', '--out', 'ban-gop');
    expect(merged.err).toBe('');
    expect(merged.code).toBe(0);
    expect(merged.out).toContain('Threads added: 1');
    expect(merged.out).toContain('Suggestions added: 1');
    expect(merged.out).toContain('Direct edits as suggestions: 0');
    expect(merged.out).toContain('Not placed: 0');

    const { release: result } = await readReleaseFile(join(dir, 'ban-gop.pressdesk'));
    // The author's threads, once each, with their comments; and the reviewer's.
    expect(result.threads.slice(0, release.threads.length)).toEqual(release.threads);
    const added = result.threads.at(-1)!;
    expect(added.comments.map((c) => [c.by.name, c.text])).toEqual([['Lê Văn Cường', 'Ghi nguồn.']]);
    expect(marked(result.body.content, 'comment', 'thread', added.id)).toBe('. Toàn văn báo cáo được đăng trên ');
    // The author's suggestions, once each, under their own ids; the reviewer's insertion.
    for (const id of ['s-ins', 's-del', 's-rep']) {
      expect(marked(result.body.content, 'insertion', 'id', id)).toBe(marked(release.body.content, 'insertion', 'id', id));
      expect(marked(result.body.content, 'deletion', 'id', id)).toBe(marked(release.body.content, 'deletion', 'id', id));
    }
    expect(JSON.stringify(result.body)).toContain('"text":"bản đầy đủ "');
    const theirs = JSON.stringify(result.body).match(/"name":"Lê Văn Cường"/g) ?? [];
    expect(theirs).toHaveLength(1);
    // Nothing else in the body changed: the rest is the author's.
    expect(result.body.content.length).toBe(release.body.content.length);
  });
});
