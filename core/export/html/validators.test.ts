/**
 * The standalone page against real checkers: the W3C Nu validator (vnu-jar, one Java run for all
 * pages) must report 0 errors, and axe-core in Debian's Chromium no serious or critical violations.
 * Skipped with a reason when Java or Chromium is missing.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderStandaloneHtml } from './standalone';
import { SAMPLE_APPROVAL, kitchenSinkInput, payloadInput } from './test-support';
import { tablesBody } from '../../document/tables.fixture';
import { marksFootnotesBody } from '../../document/marks-footnotes.fixture';

const require = createRequire(import.meta.url);
const VNU_JAR = join(require.resolve('vnu-jar/package.json'), '..', 'build', 'dist', 'vnu.jar');
const AXE = require.resolve('axe-core/axe.min.js');
const CHROMIUM = '/usr/bin/chromium';

const dir = mkdtempSync(join(tmpdir(), 'pressdesk-html-'));
const pages: Record<string, string> = {};

beforeAll(() => {
  const write = (name: string, result: { html: string; files: Map<string, Uint8Array> }): void => {
    writeFileSync(join(dir, name), result.html);
    for (const [file, bytes] of result.files) writeFileSync(join(dir, file), bytes);
    pages[name] = join(dir, name);
  };
  write('news-embed.html', renderStandaloneHtml(kitchenSinkInput('news'), { images: 'embed' }));
  write('news-files.html', renderStandaloneHtml(kitchenSinkInput('news'), { images: 'files' }));
  write('press-files.html', renderStandaloneHtml(kitchenSinkInput('press'), { images: 'files', baseName: 'press' }));
  write('notice-embed.html', renderStandaloneHtml(kitchenSinkInput('notice'), { images: 'embed' }));
  write('payload-embed.html', renderStandaloneHtml(payloadInput('press'), { images: 'embed' }));
  // Tables (issue 10): thead/tbody, colspan and rowspan, an empty cell.
  const news = kitchenSinkInput('news');
  write('tables-embed.html', renderStandaloneHtml({ ...news, release: { ...news.release, body: tablesBody() } }, { images: 'embed' }));
  // Strike, sub/superscript and numbered footnotes with back links (issue 10).
  write('notes-embed.html', renderStandaloneHtml({ ...news, release: { ...news.release, body: marksFootnotesBody() } }, { images: 'embed' }));
  // Sign-off: the draft banner with noindex, and a final page's approval meta tags.
  write('press-draft.html', renderStandaloneHtml(kitchenSinkInput('press'), { images: 'embed', draft: true }));
  write(
    'notice-final.html',
    renderStandaloneHtml(kitchenSinkInput('notice'), {
      images: 'embed',
      approval: SAMPLE_APPROVAL,
    }),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  message: string;
  extract?: string;
}

describe('the standalone page against real checkers', () => {
  it.skipIf(!existsSync(VNU_JAR))('the W3C validator (vnu.jar) reports 0 errors on every page', async () => {
    const files = Object.values(pages);
    const stdout = await new Promise<string>((resolve, reject) => {
      // Exit status is 1 when there are errors; the JSON report is what we read.
      execFile('java', ['-jar', VNU_JAR, '--format', 'json', '--stdout', ...files], { maxBuffer: 64 * 1024 * 1024 }, (error, out, err) => {
        if (out) resolve(out);
        else reject(error ?? new Error(err));
      });
    });
    const messages = (JSON.parse(stdout) as { messages: VnuMessage[] }).messages;
    const errors = messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
    expect(errors.map((m) => `${m.url?.split('/').pop()}: ${m.message} ${m.extract ?? ''}`)).toEqual([]);
    // Every page was checked (a file vnu could not read would be a non-document error above).
    expect(files.length).toBe(Object.keys(pages).length);
  }, 120_000);

  it.skipIf(!existsSync(CHROMIUM))('axe-core finds no serious or critical violations (Debian Chromium)', async () => {
    const { chromium } = await import('@playwright/test');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    try {
      const page = await browser.newPage();
      const axeSource = readFileSync(AXE, 'utf8');
      for (const name of ['news-embed.html', 'press-files.html', 'notice-embed.html', 'notes-embed.html']) {
        await page.goto(`file://${pages[name]}`);
        await page.addScriptTag({ content: axeSource });
        // Strings, not functions: core's type-check has no DOM library.
        const results = (await page.evaluate("axe.run(document, { resultTypes: ['violations'] })")) as { violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] };
        const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(serious.map((v) => `${name}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        // Images from files beside the page really load.
        const broken = await page.evaluate('Array.from(document.images).filter((i) => !i.complete || i.naturalWidth === 0).length');
        expect(broken).toBe(0);
      }
    } finally {
      await browser.close();
    }
  }, 60_000);
});
