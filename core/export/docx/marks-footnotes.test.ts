/**
 * Strike, subscript, superscript and footnotes in DOCX (issue 10): the run properties Word reads
 * (w:strike, w:vertAlign), real footnotes (w:footnoteReference in the text, the notes in
 * word/footnotes.xml) in every layout, the review copy too; and pandoc reading them back.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { NOTE_TEXTS, marksFootnotesBody } from '../../document/marks-footnotes.fixture';
import type { DocxTemplate, ExportInput } from '../types';
import { docxBytes } from './index';
import { TEMPLATES, kitchenSinkInput } from './test-inputs';

const input = (template: DocxTemplate): ExportInput => {
  const base = kitchenSinkInput(template);
  return { ...base, release: { ...base.release, body: marksFootnotesBody() } };
};

async function parts(template: DocxTemplate, reviewCopy = false): Promise<Record<string, string>> {
  const files = unzipSync(await docxBytes(input(template), { template, ...(reviewCopy ? { reviewCopy: true } : {}) }));
  return Object.fromEntries(Object.entries(files).filter(([n]) => n.endsWith('.xml') || n.endsWith('.rels')).map(([n, b]) => [n, strFromU8(b)]));
}

/** The run properties of the run whose text is exactly `text`. */
function runProps(xml: string, text: string): string {
  const run = [...xml.matchAll(/<w:r>(.*?)<\/w:r>/g)].map((m) => m[1]!).find((r) => r.includes(`>${text}</w:t>`));
  if (run === undefined) throw new Error(`no run "${text}"`);
  return /<w:rPr>(.*?)<\/w:rPr>/.exec(run)?.[1] ?? '';
}

/** The text of each real footnote (ids above 0; -1 and 0 are Word's separators). */
function footnoteTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:footnote\b[^>]*w:id="(\d+)"[^>]*>(.*?)<\/w:footnote>/g)]
    .filter((m) => Number(m[1]) > 0)
    .map((m) => m[2]!.split('</w:p>').filter((p) => p.includes('<w:t')).map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')).join('\n').trim());
}

describe.each(TEMPLATES)('DOCX %s: strike, subscript, superscript, footnotes', (template) => {
  it('writes w:strike and w:vertAlign on the runs, bold kept beside subscript', async () => {
    const xml = (await parts(template))['word/document.xml']!;
    expect(runProps(xml, '5 tỷ')).toContain('<w:strike/>');
    expect(runProps(xml, '5 tỷ')).not.toContain('w:vertAlign');
    const sup = [...xml.matchAll(/<w:r>(.*?)<\/w:r>/g)].map((m) => m[1]!).filter((r) => r.includes('>2</w:t>'));
    expect(sup.map((r) => /w:vertAlign w:val="(\w+)"/.exec(r)?.[1])).toEqual(['subscript', 'superscript', 'subscript']);
    expect(sup[2]).toMatch(/<w:b\/>/);
    expect(runProps(xml, ' 4 tỷ đồng')).toBe('');
  });

  it('writes real footnotes: references in order in the text, the notes in footnotes.xml', async () => {
    const files = await parts(template);
    const refs = [...files['word/document.xml']!.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(refs).toEqual([1, 2, 3]);
    // A space after the note's number, as Word writes it.
    expect(files['word/footnotes.xml']).toContain('<w:t xml:space="preserve"> Theo số liệu');
    expect(footnoteTexts(files['word/footnotes.xml']!)).toEqual([...NOTE_TEXTS]);
    expect(files['[Content_Types].xml']).toContain('footnotes+xml');
    expect(files['word/_rels/document.xml.rels']).toContain('footnotes.xml');
  });
});

describe('DOCX review copy with footnotes', () => {
  it('keeps the notes and the marks', async () => {
    const files = await parts('news', true);
    expect(footnoteTexts(files['word/footnotes.xml']!)).toEqual([...NOTE_TEXTS]);
    expect(files['word/document.xml']).toContain('<w:strike/>');
  });
});

const onPath = (command: string): boolean => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const HAS_PANDOC = onPath('pandoc');
const SOFFICE = ['soffice', 'libreoffice'].find(onPath);
const dir = mkdtempSync(join(tmpdir(), 'pressdesk-notes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pandoc reads the DOCX back', () => {
  it.skipIf(!HAS_PANDOC)(`shows the notes, strike, sub and superscript${HAS_PANDOC ? '' : ' (SKIPPED: pandoc is not on PATH)'}`, async () => {
    const file = join(dir, 'notes.docx');
    writeFileSync(file, await docxBytes(input('news'), { template: 'news' }));
    const plain = spawnSync('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', file], { encoding: 'utf8' }).stdout;
    for (const line of NOTE_TEXTS.flatMap((n) => n.split('\n'))) expect(plain).toContain(line);
    expect(plain).toMatch(/giảm\[1\]/);
    const md = spawnSync('pandoc', ['-f', 'docx', '-t', 'markdown', '--wrap=none', file], { encoding: 'utf8' }).stdout;
    expect(md).toContain('CO~2~');
    expect(md).toContain('m^2^');
    expect(md).toContain('~~5 tỷ~~');
    expect(md).toMatch(/\[\^1\]: Theo số liệu/);
  });
});

describe('LibreOffice opens the DOCX', () => {
  it.skipIf(SOFFICE === undefined)(`with three real footnotes, numbered, and the marks as its text properties${SOFFICE ? '' : ' (SKIPPED: soffice is not on PATH)'}`, async () => {
    for (const template of ['news', 'decree30'] as const) writeFileSync(join(dir, `${template}.docx`), await docxBytes(input(template), { template }));
    const files = ['news', 'decree30'].map((t) => join(dir, `${t}.docx`));
    const run = spawnSync(SOFFICE!, ['--headless', `-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--convert-to', 'fodt', '--outdir', dir, ...files], { encoding: 'utf8', timeout: 120_000 });
    expect(run.status).toBe(0);
    for (const template of ['news', 'decree30']) {
      const fodt = readFileSync(join(dir, `${template}.fodt`), 'utf8');
      const notes = [...fodt.matchAll(/<text:note [^>]*text:note-class="footnote"><text:note-citation>(\d+)<\/text:note-citation><text:note-body>(.*?)<\/text:note-body>/gs)];
      expect(notes.map((m) => m[1])).toEqual(['1', '2', '3']);
      // Each note paragraph as LibreOffice holds it, the indentation of its XML dropped.
      const bodies = notes.map((m) => [...m[2]!.matchAll(/<text:p\b[^>]*>(.*?)<\/text:p>/gs)].map((p) => p[1]!.replace(/<[^>]+>/g, '').trim()).join('\n'));
      expect(bodies).toEqual([...NOTE_TEXTS]);
      expect(fodt).toMatch(/style:text-position="sub/);
      expect(fodt).toMatch(/style:text-position="super/);
      expect(fodt).toMatch(/style:text-line-through-style="solid"/);
    }
  }, 150_000);
});
