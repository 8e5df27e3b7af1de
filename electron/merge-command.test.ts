/**
 * `pressdesk merge-review` end to end on real temp files: a release under review and a reviewer's
 * .pressdesk with a reply, a new thread and a direct edit merge into --out; the report is printed;
 * an existing --out needs --force; bad usage exits 2, an unreadable copy 1.
 */
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packRelease } from '../core/document/file-format';
import { kitchenSinkReviewRelease, REVIEW_REVIEWER } from '../core/document/kitchen-sink-review';
import type { Release } from '../core/document/release';
import { runCli } from './cli';
import { initialsOf } from './merge-command';
import { readReleaseFile } from './services/files';
import { tempFolder } from './test-helpers';

const LATER = '2026-11-29T10:00:00+07:00';

describe('pressdesk merge-review', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempFolder('pressdesk-merge-test-')));
  afterEach(() => cleanup());

  const run = async (...argv: string[]) => {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const code = await runCli(argv, { cwd: dir, out: (l) => stdout.push(l), err: (l) => stderr.push(l) });
    return { code, out: stdout.join('\n'), err: stderr.join('\n') };
  };

  /** The author's release and a reviewer's copy of it: a reply, a new general thread, a paragraph typed in directly. */
  async function writeBoth(): Promise<Release> {
    const { release, assets } = kitchenSinkReviewRelease();
    await fsp.writeFile(join(dir, 'bai.pressdesk'), packRelease(release, { assets }));
    const copy = structuredClone(release);
    copy.threads = copy.threads.map((t) =>
      t.id === 't-org' ? { ...t, comments: [...t.comments, { id: 't-org-r9', by: REVIEW_REVIEWER, at: LATER, text: 'Đã rõ.', edited: null }] } : t,
    );
    copy.threads.push({ id: 'new-general', general: true, quote: '', resolved: null, comments: [{ id: 'ng-1', by: REVIEW_REVIEWER, at: LATER, text: 'Duyệt được.', edited: null }] });
    copy.body.content.push({ type: 'paragraph', content: [{ type: 'text', text: 'Đoạn người duyệt gõ thẳng vào.' }] });
    await fsp.writeFile(join(dir, 'gop-y.pressdesk'), packRelease(copy, { assets }));
    return release;
  }

  it('merges a reviewed .pressdesk into --out and prints what came in', async () => {
    const release = await writeBoth();
    const merged = await run('merge-review', 'bai.pressdesk', 'gop-y.pressdesk', '--out', 'ban-gop');
    expect(merged.err).toBe('');
    expect(merged.code).toBe(0);
    expect(merged.out).toContain(`Reviewer: ${REVIEW_REVIEWER.name}`);
    expect(merged.out).toContain('Threads added: 1');
    expect(merged.out).toContain('Replies added: 1');
    expect(merged.out).toContain('Direct edits as suggestions: 1');
    expect(merged.out).toContain('Not placed: 0');
    expect(merged.out).toContain(`Wrote ${join(dir, 'ban-gop.pressdesk')}`);

    const { release: result } = await readReleaseFile(join(dir, 'ban-gop.pressdesk'));
    expect(result.threads.map((t) => t.id)).toEqual([...release.threads.map((t) => t.id), 'new-general']);
    expect(result.threads.find((t) => t.id === 't-org')!.comments.at(-1)!.text).toBe('Đã rõ.');
    const last = result.body.content.at(-1)!;
    expect(last.content?.[0]).toMatchObject({ text: 'Đoạn người duyệt gõ thẳng vào.', marks: [{ type: 'insertion', attrs: { by: REVIEW_REVIEWER.fingerprint, name: REVIEW_REVIEWER.name } }] });
    // The photos came along from the author's file.
    expect(result.assets).toEqual(release.assets);
    // The inputs are untouched.
    expect((await readReleaseFile(join(dir, 'bai.pressdesk'))).release.threads).toEqual(release.threads);
  });

  it('refuses to replace --out without --force, and names the reviewer given with --reviewer', async () => {
    await writeBoth();
    await fsp.writeFile(join(dir, 'ban-gop.pressdesk'), 'old');
    const refused = await run('merge-review', 'bai.pressdesk', 'gop-y.pressdesk', '--out', 'ban-gop.pressdesk');
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/already exists; use --force/);
    expect(await fsp.readFile(join(dir, 'ban-gop.pressdesk'), 'utf8')).toBe('old');
    const forced = await run('merge-review', 'bai.pressdesk', 'gop-y.pressdesk', '--out', 'ban-gop.pressdesk', '--force', '--reviewer', 'Lê Văn Cường');
    expect(forced.code).toBe(0);
    expect(forced.out).toContain('Reviewer: Lê Văn Cường');
    const { release } = await readReleaseFile(join(dir, 'ban-gop.pressdesk'));
    expect(JSON.stringify(release.body)).toContain('"initials":"LVC"');
  });

  it('exits 2 on bad usage and 1 when the copy cannot be read', async () => {
    await writeBoth();
    expect((await run('merge-review', 'bai.pressdesk', 'gop-y.pressdesk')).code).toBe(2);
    expect((await run('merge-review', 'bai.pressdesk', '--out', 'x')).code).toBe(2);
    const wrongType = await run('merge-review', 'bai.pressdesk', 'gop-y.txt', '--out', 'x');
    expect(wrongType).toMatchObject({ code: 2, err: expect.stringContaining('.pressdesk or .docx') });
    await fsp.writeFile(join(dir, 'hong.pressdesk'), 'not a zip');
    const damaged = await run('merge-review', 'bai.pressdesk', 'hong.pressdesk', '--out', 'x');
    expect(damaged.code).toBe(1);
    expect(damaged.err).toMatch(/^pressdesk: hong\.pressdesk: /);
    expect(await fsp.stat(join(dir, 'x.pressdesk')).catch(() => null)).toBeNull();
    expect((await run('merge-review', '--help')).out).toContain('Usage: pressdesk merge-review');
  });

  it('makes initials from a name', () => {
    expect(initialsOf('Trần Thị Bình')).toBe('TTB');
    expect(initialsOf('  an ')).toBe('A');
  });
});
