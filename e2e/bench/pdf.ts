/**
 * `npm run bench`: Export ▸ PDF of a typical release (about 650 words, 3 photos; two pages) through
 * the real path — print page built, printed by headless Chromium (playwright-core, as the browser
 * host and the CLI do), the PDF written atomically. pdf_typical_ms is the median of 5 with
 * Chromium already running (the browser host keeps it); pdf_typical_cold_ms includes starting
 * Chromium, as one `pressdesk export --to pdf` does. The Decree 30 layout is timed beside it.
 * Electron's printToPDF cannot run here (no Electron binary).
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportToPath } from '../../electron/services/export-writer';
import { createPdfRenderer } from '../../electron/services/pdf-chromium';
import type { Printer } from '../../electron/services/printer';
import { exportInputWithPhotos, median } from './large-release';
import { writeBenchResults } from './results';

const RUNS = 5;

const dir = await mkdtemp(join(tmpdir(), 'pressdesk-bench-pdf-'));
try {
  const typical = exportInputWithPhotos(650, 3);
  const exportPdf = async (printer: Printer, template: 'news' | 'decree30', name: string): Promise<number> => {
    const start = performance.now();
    await exportToPath(typical, { format: 'pdf', template, draft: true }, join(dir, name), printer);
    return performance.now() - start;
  };

  const cold = createPdfRenderer();
  const coldMs = await exportPdf({ pdf: (html) => cold.render(html), print: () => Promise.reject(new Error('no')) }, 'news', 'cold.pdf');
  await cold.close();

  const warm = createPdfRenderer();
  const printer: Printer = { pdf: (html) => warm.render(html), print: () => Promise.reject(new Error('no')) };
  await exportPdf(printer, 'news', 'warm-up.pdf');
  const news: number[] = [];
  const notice: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    news.push(await exportPdf(printer, 'news', `news-${i}.pdf`));
    notice.push(await exportPdf(printer, 'decree30', `notice-${i}.pdf`));
  }
  await warm.close();
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, 'news-0.pdf')], { encoding: 'utf8' }))?.[1] ?? 0);

  const figures = { pdf_typical_ms: median(news), pdf_typical_cold_ms: coldMs, pdf_typical_decree30_ms: median(notice), pdf_typical_pages: pages };
  console.log(`PDF export, typical release (650 words, 3 photos, ${pages} pages), median of ${RUNS}: news ${figures.pdf_typical_ms.toFixed(0)} ms, Decree 30 ${figures.pdf_typical_decree30_ms.toFixed(0)} ms; with Chromium's start ${coldMs.toFixed(0)} ms`);
  await writeBenchResults(figures);
} finally {
  await rm(dir, { recursive: true, force: true });
}
