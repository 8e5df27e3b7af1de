import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyPlainText } from '../core/document/plain-text';
import { runCli, type CliIo } from './cli';
import { readReleaseFile } from './services/files';
import { tempFolder } from './test-helpers';

const FIXTURE = '/work/shared/fixtures/dien-bien-article.txt';

describe('pressdesk import: article recognition', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempFolder('pressdesk-cli-article-')));
  afterEach(() => cleanup());

  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = { cwd: dir, out: (l) => out.push(l), err: (l) => err.push(l) };
    const code = await runCli(argv, io);
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('puts a portal article in its fields and lists what it left out; --whole keeps it all in the body', async () => {
    await fsp.copyFile(FIXTURE, join(dir, 'bai.txt'));
    const recognised = await run('import', 'bai.txt', '--out', 'bai');
    expect(recognised.code).toBe(0);
    expect(recognised.out).toContain('Recognised an article from a news site: headline, photo caption (lead photo slot, waiting for the photo), sapo, 7 body paragraph(s), pen name "Giao Tuyến".');
    expect(recognised.out).toContain('Left out 7 line(s) of the web page:\n  Có thể bạn quan tâm\n  Phản hồi');
    const { release } = await readReleaseFile(join(dir, 'bai.pressdesk'));
    expect(release.sapo).toMatch(/^Việc phối hợp/);
    expect(release.author.penName).toBe('Giao Tuyến');
    expect(release.leadPhoto?.caption).toMatch(/^Đồng chí Nguyễn Đức Vượng/);
    expect(bodyPlainText(release.body)).not.toContain('Phản hồi');

    const whole = await run('import', 'bai.txt', '--out', 'nguyen-ven', '--whole');
    expect(whole.code).toBe(0);
    expect(whole.out).not.toContain('Recognised');
    const kept = (await readReleaseFile(join(dir, 'nguyen-ven.pressdesk'))).release;
    expect(kept.sapo).toBe('');
    expect(kept.leadPhoto ?? null).toBeNull();
    expect(bodyPlainText(kept.body)).toContain('Xem nhiều nhất');
  });
});
