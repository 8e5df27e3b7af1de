/**
 * What prints: the app's hidden print window (electron/main/print-window.ts: webContents.print and
 * printToPDF) or headless Chromium (pdf-chromium.ts: the CLI, the browser host). Both take the
 * same print page (core/export/html/print-page.ts).
 */
export interface Printer {
  /** The PDF of a print page. */
  pdf(html: string): Promise<Uint8Array>;
  /**
   * Print a print page: Electron shows the system print dialog (printed: false when cancelled);
   * the browser host answers the URL of the page for the browser to print.
   */
  print(html: string): Promise<{ url: string | null; printed: boolean }>;
}
