/**
 * The CLI end to end on real temp files: the seed article imported, exported to DOCX (read back
 * with mammoth), HTML and a CMS folder; bad input gives one clear line and the right exit code.
 */
import { execFile } from 'node:child_process';
import * as fsp from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import mammoth from 'mammoth';
import { zipSync, strToU8 } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from './cli';
import { readReleaseFile } from './services/files';
import { tempFolder, withWebpFirstPhoto } from './test-helpers';
import { packRelease } from '../core/document/file-format';
import { webpLossyHeader } from '../core/document/image-fixtures';
import { kitchenSinkRelease } from '../core/document/kitchen-sink';

const ROOT = resolve(import.meta.dirname, '..');
/** The seed article lives in shared/ beside the checkout (here and on CI). */
const SEED = join(ROOT, '..', 'shared', 'fixtures', 'dien-bien-article.txt');
const seedAvailable = await fsp.stat(SEED).then(
  () => true,
  () => false,
);

function capture(cwd: string): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, cwd, out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
}

describe('pressdesk CLI', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempFolder('pressdesk-cli-test-')));
  afterEach(() => cleanup());

  const run = async (...argv: string[]) => {
    const io = capture(dir);
    const code = await runCli(argv, io);
    return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
  };

  const articleText = async (): Promise<string> =>
    seedAvailable
      ? fsp.readFile(SEED, 'utf8')
      : 'Hội nghị tổng kết công tác tuyên giáo\n\nSáng 8/1, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị.\n\nHội nghị thống nhất phương hướng năm 2019.\n';

  it('imports the seed article and exports it to DOCX, HTML and a CMS folder', async () => {
    await fsp.writeFile(join(dir, 'bai.txt'), await articleText());
    const imported = await run('import', 'bai.txt', '--out', 'bai');
    expect(imported).toMatchObject({ code: 0, err: '' });
    const { release } = await readReleaseFile(join(dir, 'bai.pressdesk'));
    expect(release.headline).toBe(seedAvailable ? 'Ban Tuyên giáo Tỉnh ủy Điện Biên: Làm tốt công tác phối hợp liên ngành trong khối tư tưởng văn hóa, khoa giáo' : 'Hội nghị tổng kết công tác tuyên giáo');
    expect(release.kind).toBe('news');

    const docx = await run('export', 'bai.pressdesk', '--to', 'docx', '--out', 'bai.docx', '--draft');
    expect(docx.code).toBe(0);
    const text = await mammoth.extractRawText({ path: join(dir, 'bai.docx') });
    expect(text.value).toContain(release.headline);

    // Not approved: only a draft may leave.
    const refused = await run('export', 'bai.pressdesk', '--to', 'html');
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/no valid trusted approval.*--draft/);
    const html = await run('export', 'bai.pressdesk', '--to', 'html', '--draft');
    expect(html.code).toBe(0);
    const page = html.out.replace(/^Wrote /, '');
    const source = await fsp.readFile(page, 'utf8');
    expect(source).toContain('<article');
    expect(source).toContain('<meta name="robots" content="noindex">');
    expect(source).toContain('BẢN NHÁP');
    expect(source).toContain(release.headline.slice(0, 30));

    const cms = await run('export', 'bai.pressdesk', '--to', 'cms', '--out', 'cms', '--draft');
    expect(cms.code).toBe(0);
    expect((await fsp.readdir(join(dir, 'cms'))).sort()).toEqual(expect.arrayContaining(['author.txt', 'body.html', 'sapo.txt', 'title.txt']));
    // Exporting again into our own earlier export is fine.
    expect((await run('export', 'bai.pressdesk', '--to', 'cms', '--out', 'cms', '--draft')).code).toBe(0);
  });

  it('writes every DOCX template', async () => {
    await fsp.writeFile(join(dir, 'tb.md'), '# Thông cáo về lễ hội\n\nNội dung **chính** của thông cáo.\n');
    expect((await run('import', 'tb.md', '--out', 'tb.pressdesk', '--kind', 'notice')).code).toBe(0);
    await fsp.writeFile(join(dir, 'org.json'), JSON.stringify({ issuingBody: 'Ban Tuyên giáo', rulebook: 'party' }));
    for (const template of ['news', 'press', 'decree30', 'party36']) {
      const result = await run('export', 'tb.pressdesk', '--to', 'docx', '--template', template, '--org-json', 'org.json', '--out', `tb-${template}.docx`, '--draft');
      expect(result, template).toMatchObject({ code: 0 });
      // The notice layouts print the organisation: what --org-json leaves empty is named, as the app's Checks tab does.
      const warned = { news: '', press: '', decree30: 'decree30 layout', party36: 'party36 layout' }[template]!;
      if (warned === '') expect(result.err, template).toBe('');
      else expect(result.err, template).toMatch(new RegExp(`^pressdesk: warning: the ${warned} prints the organisation.*: ${template === 'party36' ? 'parentBody, ' : ''}abbreviation, placeName$`));
      const text = await mammoth.extractRawText({ path: join(dir, `tb-${template}.docx`) });
      expect(text.value).toContain('Nội dung chính của thông cáo.');
    }
  });

  it('does not overwrite an existing file without --force', async () => {
    await fsp.writeFile(join(dir, 'a.txt'), 'Tiêu đề\n\nĐoạn một.\n');
    await fsp.writeFile(join(dir, 'a.pressdesk'), 'mine');
    const again = await run('import', 'a.txt', '--out', 'a.pressdesk');
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already exists; use --force/);
    expect(await fsp.readFile(join(dir, 'a.pressdesk'), 'utf8')).toBe('mine');
    expect((await run('import', 'a.txt', '--out', 'a.pressdesk', '--force')).code).toBe(0);
  });

  it('does not replace photo files beside an HTML page without --force', async () => {
    const { release, assets } = kitchenSinkRelease();
    await fsp.writeFile(join(dir, 'ks.pressdesk'), packRelease(release, { assets }));
    const first = await run('export', 'ks.pressdesk', '--to', 'html', '--out', 'first.html', '--draft');
    expect(first.code).toBe(0);
    const photo = (await fsp.readdir(dir)).find((name) => name.startsWith('first-anh-1.'))!;
    expect(photo).toBeDefined();
    // Someone's own file under the name the next export's first photo takes.
    const theirs = photo.replace('first-', 'trang-');
    await fsp.writeFile(join(dir, theirs), 'mine');
    const refused = await run('export', 'ks.pressdesk', '--to', 'html', '--out', 'trang.html', '--draft');
    expect(refused.code).toBe(1);
    expect(refused.err).toBe(
      `pressdesk: ${join(dir, 'trang.html')}: Photo files beside the page already exist (${theirs}); use --force to replace them. Nothing was written.`,
    );
    expect(await fsp.readFile(join(dir, theirs), 'utf8')).toBe('mine');
    await expect(fsp.stat(join(dir, 'trang.html'))).rejects.toThrow();
    // The same photos again (an unchanged re-export) replace nothing, so nothing is asked.
    await fsp.rm(join(dir, 'first.html'));
    expect((await run('export', 'ks.pressdesk', '--to', 'html', '--out', 'first.html', '--draft')).code).toBe(0);
    expect(await run('export', 'ks.pressdesk', '--to', 'html', '--out', 'trang.html', '--draft', '--force')).toMatchObject({ code: 0, err: '' });
    expect(await fsp.readFile(join(dir, theirs))).toEqual(await fsp.readFile(join(dir, photo)));
  });

  it('says plainly what is wrong with bad input', async () => {
    const missing = await run('export', 'nowhere.pressdesk', '--to', 'docx');
    expect(missing).toMatchObject({ code: 1 });
    expect(missing.err).toBe('pressdesk: nowhere.pressdesk: The file could not be found.');

    await fsp.writeFile(join(dir, 'photos.pressdesk'), zipSync({ 'a.txt': strToU8('not ours') }));
    const foreign = await run('export', 'photos.pressdesk', '--to', 'html');
    expect(foreign).toMatchObject({ code: 1 });
    expect(foreign.err).toBe('pressdesk: photos.pressdesk: This is not a PressDesk file (.pressdesk).');

    await fsp.writeFile(join(dir, 'random.pressdesk'), new Uint8Array(2048).map((_, i) => (i * 7919) % 256));
    expect((await run('export', 'random.pressdesk', '--to', 'docx')).err).toMatch(/not a PressDesk file/);

    const unknownFormat = await run('export', 'photos.pressdesk', '--to', 'odt');
    expect(unknownFormat.code).toBe(2);
    expect(unknownFormat.err).toContain('--to must be one of docx, html, cms, pdf (got "odt")');

    expect((await run('export', 'x.pressdesk')).code).toBe(2);
    expect((await run('export', 'x.pressdesk', '--to', 'docx', '--bogus')).code).toBe(2);
    expect((await run('import', 'a.txt')).err).toContain('import needs --out');
    expect((await run('import', 'a.pdf', '--out', 'b')).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run()).code).toBe(2);

    await fsp.writeFile(join(dir, 'latin1.txt'), new Uint8Array([0x54, 0xe9, 0x74, 0xe9, 0x0a]));
    const encoding = await run('import', 'latin1.txt', '--out', 'l.pressdesk');
    expect(encoding).toMatchObject({ code: 1 });
    expect(encoding.err).toContain('neither UTF-8 nor UTF-16');

    for (const r of [missing, foreign, unknownFormat, encoding]) expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('says why a photo cannot go into Word (a damaged WebP), and writes nothing', async () => {
    const { release, assets } = withWebpFirstPhoto(kitchenSinkRelease(), webpLossyHeader(64, 40), 64, 40);
    await fsp.writeFile(join(dir, 'webp.pressdesk'), packRelease(release, { assets }));
    const result = await run('export', 'webp.pressdesk', '--to', 'docx', '--out', 'webp.docx', '--draft');
    expect(result.code).toBe(1);
    expect(result.err).toBe('pressdesk: webp.pressdesk: A photo was refused: a WebP photo cannot be converted for Word (damaged, or animated); replace it with a JPEG or PNG copy.');
    await expect(fsp.stat(join(dir, 'webp.docx'))).rejects.toThrow();
  });

  it('documents every command and option in --help', async () => {
    const main = await run('--help');
    expect(main.code).toBe(0);
    expect(main.out).toContain('pressdesk export <file.pressdesk> --to docx|html|cms');
    const exportHelp = await run('export', '--help');
    for (const option of ['--to', '--template', '--html-images', '--cms-preset', '--out', '--org-json', '--draft', '--trusted', 'decree30', 'party36']) {
      expect(exportHelp.out).toContain(option);
    }
    const importHelp = await run('import', '--help');
    for (const option of ['--out', '--kind', '.docx']) expect(importHelp.out).toContain(option);
  });

  it('runs as `pressdesk` through bin/pressdesk.mjs, with exit codes and no stack trace', { timeout: 60_000 }, async () => {
    const exec = promisify(execFile);
    const help = await exec(process.execPath, [join(ROOT, 'bin/pressdesk.mjs'), '--help'], { cwd: dir });
    expect(help.stdout).toContain('Usage:');
    const bad = await exec(process.execPath, [join(ROOT, 'bin/pressdesk.mjs'), 'export', 'missing.pressdesk', '--to', 'docx'], { cwd: dir }).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(bad?.code).toBe(1);
    expect(bad?.stderr.trim()).toBe('pressdesk: missing.pressdesk: The file could not be found.');
  });
});
