/**
 * `pressdesk export --to pdf`: the print page of the layout through headless Chromium, read back
 * with poppler (skipped where Chromium or pdfinfo is missing); a clear sentence without Chromium.
 */
import { execFileSync } from 'node:child_process';
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packRelease } from '../core/document/file-format';
import { kitchenSinkRelease } from '../core/document/kitchen-sink';
import { runCli, type CliIo } from './cli';
import { findChromium } from './services/pdf-chromium';
import { tempFolder } from './test-helpers';

const poppler = (() => {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const ready = poppler && (await findChromium()) !== null;

describe('pressdesk export --to pdf', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  const saved = process.env['PRESSDESK_CHROMIUM'];
  beforeEach(async () => {
    ({ dir, cleanup } = await tempFolder('pressdesk-pdf-cli-'));
    const { release, assets } = kitchenSinkRelease();
    await fsp.writeFile(join(dir, 'ks.pressdesk'), packRelease({ ...release, kind: 'notice' }, { assets }));
  });
  afterEach(async () => {
    if (saved === undefined) delete process.env['PRESSDESK_CHROMIUM'];
    else process.env['PRESSDESK_CHROMIUM'] = saved;
    await cleanup();
  });
  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = { cwd: dir, out: (l) => out.push(l), err: (l) => err.push(l) };
    return { code: await runCli(argv, io), out, err };
  };

  it.skipIf(!ready)('writes an A4 PDF in the Decree 30 layout, marked draft, numbered from page 2', async () => {
    const { code, out } = await run('export', 'ks.pressdesk', '--to', 'pdf', '--template', 'decree30', '--draft', '--out', 'thong-cao');
    expect(code).toBe(0);
    const file = join(dir, 'thong-cao.pdf');
    expect(out).toEqual([`Wrote ${file}`]);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+[\d.]+ x [\d.]+ pts \(A4\)/);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('DRAFT / BẢN NHÁP');
    const page2 = execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', '2', '-l', '2', file, '-'], { encoding: 'utf8' }).split('\n').map((l) => l.trim()).filter((l) => l !== '');
    // The draft's running mark stands at the top right, beside the number in the top centre.
    expect(page2.slice(0, 2).sort()).toEqual(['2', 'DRAFT / BẢN NHÁP']);
  });

  it('refuses a final PDF without approval, like every export', async () => {
    const { code, err } = await run('export', 'ks.pressdesk', '--to', 'pdf', '--out', 'final.pdf');
    expect(code).toBe(1);
    expect(err[0]).toMatch(/carries no valid trusted approval/);
  });

  it('says in one sentence when there is no Chromium to print with', async () => {
    process.env['PRESSDESK_CHROMIUM'] = join(dir, 'no-such-chromium');
    const { code, err } = await run('export', 'ks.pressdesk', '--to', 'pdf', '--draft', '--out', 'x.pdf');
    expect(code).toBe(1);
    // (First the warning that the notice layout prints an organisation --org-json leaves empty.)
    expect(err.at(-1)).toEqual(`pressdesk: ${join(dir, 'x.pdf')}: No Chromium was found to print the PDF with: install Chromium (or Chrome), or set PRESSDESK_CHROMIUM to its executable.`);
    await expect(fsp.stat(join(dir, 'x.pdf'))).rejects.toThrow();
  });
});
