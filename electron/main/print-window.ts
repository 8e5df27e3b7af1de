/**
 * The app's printer: each print page is written to a private temporary folder and loaded into a
 * hidden print window (window.ts createPrintWindow), then printed with the system dialog
 * (webContents.print) or to PDF (webContents.printToPDF, the page's own @page size and margins);
 * the window and the folder are gone afterwards, whatever happened.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { WebContents } from 'electron';
import type { Printer } from '../services/printer';
import { createPrintWindow } from './window';

async function withPrintPage<T>(tempDir: string, html: string, use: (contents: WebContents) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tempDir, 'pressdesk-print-'));
  const window = createPrintWindow();
  try {
    const file = join(dir, 'print.html');
    await writeFile(file, html, { mode: 0o600 });
    await window.loadFile(file);
    return await use(window.webContents);
  } finally {
    if (!window.isDestroyed()) window.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}

export function createElectronPrinter(tempDir: () => string): Printer {
  return {
    pdf: (html) =>
      withPrintPage(tempDir(), html, async (contents) => {
        // Zero margins here: the page's @page rule sets the layout's own (as Playwright's page.pdf does).
        const bytes = await contents.printToPDF({ printBackground: true, preferCSSPageSize: true, margins: { top: 0, bottom: 0, left: 0, right: 0 } });
        return new Uint8Array(bytes);
      }),
    print: (html) =>
      withPrintPage(
        tempDir(),
        html,
        (contents) =>
          new Promise((done) => {
            contents.print({ silent: false, printBackground: true }, (printed) => done({ url: null, printed }));
          }),
      ),
  };
}
