/**
 * The print page through headless Chromium (the CLI's and the browser host's path) read back by
 * poppler: pdfinfo (A4, pages), pdftotext (diacritics, page numbers from page 2 at the top for
 * a notice), pdftoppm (the notice header's two columns). Skipped where Chromium or poppler is missing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPrintHtml } from '../../core/export/html/print-page';
import { kitchenSinkInput } from '../../core/export/html/test-support';
import { LAYOUTS } from '../../core/export/layout';
import { createPdfRenderer, findChromium } from './pdf-chromium';

const has = (tool: string): boolean => {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const ready = has('pdfinfo') && has('pdftotext') && has('pdftoppm') && (await findChromium()) !== null;

/** A binary PGM (P5) as rows of grey values. */
function readPgm(path: string): { width: number; height: number; at: (x: number, y: number) => number } {
  const bytes = readFileSync(path);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 50).toString('latin1'))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const start = header[0].length;
  return { width, height, at: (x, y) => bytes[start + y * width + x]! };
}

describe.skipIf(!ready)('print page -> PDF through headless Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pressdesk-pdf-'));
  const renderer = createPdfRenderer();
  const pdfs: Record<string, string> = {};

  beforeAll(async () => {
    const input = kitchenSinkInput('notice');
    const state = { ...input, organisation: { ...input.organisation, rulebook: 'state' as const } };
    for (const [name, html] of [
      ['decree30', renderPrintHtml(state, { layout: 'decree30' })],
      ['news', renderPrintHtml(kitchenSinkInput('news'), { layout: 'news', draft: true })],
    ] as const) {
      pdfs[name] = join(dir, `${name}.pdf`);
      writeFileSync(pdfs[name], await renderer.render(html));
    }
  }, 120_000);

  afterAll(async () => {
    await renderer.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is A4, more than one page', () => {
    for (const file of Object.values(pdfs)) {
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
      expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThan(1);
    }
  });

  it('keeps the text with its diacritics (NFC)', () => {
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfs['decree30']!, '-'], { encoding: 'utf8' }).normalize('NFC');
    for (const words of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'THÔNG CÁO', 'Điện Biên, ngày 08 tháng 01 năm 2019', 'Nơi nhận:', 'Lưu: VT, BTGTU.']) {
      expect(text.replace(/\s+/g, ' ')).toContain(words);
    }
  });

  it('numbers a notice from page 2, at the top; page 1 has no number', () => {
    const page = (n: number): string[] =>
      execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(n), '-l', String(n), pdfs['decree30']!, '-'], { encoding: 'utf8' })
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '');
    expect(page(1)[0]).toBe('TỈNH ỦY ĐIỆN BIÊN');
    expect(page(1).some((l) => /^\d+$/.test(l))).toBe(false);
    expect(page(2)[0]).toBe('2');
    expect(page(3)[0]).toBe('3');
  });

  it('numbers the news at the foot from page 2, and marks every page of a draft', () => {
    const page = (n: number): string[] =>
      execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(n), '-l', String(n), pdfs['news']!, '-'], { encoding: 'utf8' })
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && l !== '\f');
    expect(page(1).filter((l) => /^\d+$/.test(l))).toEqual([]);
    expect(page(2).at(-1)).toBe('2');
    for (const n of [1, 2]) expect(page(n).join('\n')).toContain('DRAFT / BẢN NHÁP');
  });

  it('draws the notice header as two columns: ink left and right in the header band, white between', () => {
    const base = join(dir, 'head');
    const dpi = 50;
    execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', pdfs['decree30']!, base]);
    const img = readPgm(`${base}.pgm`);
    const px = (mm: number): number => Math.round((mm / 25.4) * dpi);
    const m = LAYOUTS.decree30.marginMm;
    const split = m.left + LAYOUTS.decree30.notice!.leftColumnMm;
    // The first header line: the parent body (left) and the national name (right), 20–27 mm down.
    const band = [px(m.top), px(m.top + 7)] as const;
    const inkIn = (x0: number, x1: number): number => {
      let ink = 0;
      for (let y = band[0]; y < band[1]; y++) for (let x = x0; x < x1; x++) if (img.at(x, y) < 128) ink++;
      return ink;
    };
    expect(inkIn(px(m.left), px(split))).toBeGreaterThan(20);
    expect(inkIn(px(split), px(210 - m.right))).toBeGreaterThan(20);
    // Centred in its column, neither line reaches the boundary between them.
    expect(inkIn(px(split) - 1, px(split) + 1)).toBe(0);
    expect(inkIn(0, px(m.left) - 1)).toBe(0);
  });
});
