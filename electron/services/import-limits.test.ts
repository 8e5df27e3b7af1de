/**
 * The cheap checks before an importer runs: a .docx's XML parts by declared size and by element
 * count (before mammoth), text files by size, and the importers' structure limits as the plain
 * 'too-complex' the UI and the CLI say.
 */
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempFolder } from '../test-helpers';
import { createAssetStore } from './asset-store';
import { AppFailure } from './errors';
import { IMPORT_LIMITS, checkDocxZip, countXmlElements, importFromPath } from './import-file';

const codeOf = async (f: () => unknown): Promise<string> => {
  try {
    await f();
  } catch (e) {
    return e instanceof AppFailure ? `${e.code}${e.params?.['reason'] ? `/${e.params['reason']}` : ''}` : String(e);
  }
  return 'ok';
};

const docx = (documentXml: string | Uint8Array, level: 0 | 6 = 6): Uint8Array =>
  zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
    'word/document.xml': [typeof documentXml === 'string' ? strToU8(documentXml) : documentXml, { level }],
  });

describe('the .docx pre-scan', () => {
  it('counts start tags only: not end tags, declarations, comments or CDATA', () => {
    expect(countXmlElements(strToU8('<?xml version="1.0"?><!-- c --><w:p><w:r/><![CDATA[<x>]]></w:p>'))).toBe(3);
    expect(countXmlElements(strToU8(''))).toBe(0);
    expect(countXmlElements(strToU8('text <'))).toBe(0);
  });

  it('takes XML parts up to the element limit and refuses one element more, before mammoth', async () => {
    const limit = IMPORT_LIMITS.maxDocxXmlElements;
    expect(limit).toBe(60_000);
    // <Types/> is one element; the document element and the paragraphs make up the rest.
    const body = (paragraphs: number) => `<w:document>${'<w:p/>'.repeat(paragraphs)}</w:document>`;
    expect(await codeOf(() => checkDocxZip(docx(body(limit - 2))))).toBe('ok');
    expect(await codeOf(() => checkDocxZip(docx(body(limit - 1))))).toBe('too-complex/docx-elements');
  });

  it('refuses XML parts declared larger than the limit from the directory, without inflating them', async () => {
    expect(IMPORT_LIMITS.maxDocxXmlBytes).toBe(16 * 1024 * 1024);
    // Stored, so the ratio guard stays out of it: the size alone decides.
    const text = new Uint8Array(IMPORT_LIMITS.maxDocxXmlBytes).fill(0x61);
    expect(await codeOf(() => checkDocxZip(docx(text, 0)))).toBe('too-large/docx-xml-size');
    expect(await codeOf(() => checkDocxZip(docx(text.subarray(0, IMPORT_LIMITS.maxDocxXmlBytes - 100), 0)))).toBe('ok');
  });
});

describe('import limits through importFromPath', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempFolder('pressdesk-import-limits-')));
  afterEach(() => cleanup());

  const importOf = async (name: string, content: string | Uint8Array): Promise<string> => {
    await fsp.writeFile(join(dir, name), content);
    return codeOf(() => importFromPath(join(dir, name), 'news', createAssetStore(join(dir, 'cache'))));
  };

  it('refuses a text file over the size limit before reading it', async () => {
    expect(IMPORT_LIMITS.maxTextBytes).toBe(8 * 1024 * 1024);
    expect(await importOf('big.txt', 'a'.repeat(IMPORT_LIMITS.maxTextBytes + 1))).toBe('too-large');
  });

  it('turns a structure limit into too-complex with its reason', async () => {
    expect(await importOf('deep.html', '<blockquote>'.repeat(200_000))).toBe('too-complex/html-depth');
    expect(await importOf('deep.md', 'T\n\n' + '- '.repeat(100) + 'x')).toBe('too-complex/markdown-depth');
    expect(await importOf('ok.md', 'T\n\n- a\n  - b')).toBe('ok');
  });
});
