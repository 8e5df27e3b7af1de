/**
 * `pressdesk verify` on a release with issue 10's content (a table with widths and a header row,
 * a footnote, a subscript): approved, then each of those changed by hand in document.json — the
 * approval stops holding; saved and reopened unchanged, it still holds.
 */
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kitchenSinkRelease } from '../core/document/kitchen-sink';
import type { PmNode, Release } from '../core/document/release';
import { resultsTable } from '../core/document/tables.fixture';
import { appendMove } from '../core/signoff/chain';
import { exportTrustedFile } from '../core/signoff/trusted';
import { runCli } from './cli';
import { readReleaseFile, writeReleaseFile } from './services/files';
import { createKeyService, type SecretBox } from './services/keys';
import { tempFolder } from './test-helpers';

const plainBox: SecretBox = { isAvailable: () => false, encrypt: (b) => b, decrypt: (b) => b };
const when = new Date('2026-11-26T02:30:00Z');
const note: PmNode = {
  type: 'paragraph',
  content: [{ type: 'text', text: 'Khí thải CO' }, { type: 'text', text: '2', marks: [{ type: 'subscript' }] }, { type: 'text', text: ' giảm' }, { type: 'footnote', attrs: { text: 'Theo Sở Tài nguyên.' } }, { type: 'text', text: '.' }],
};

describe('pressdesk verify with tables, notes and subscript', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempFolder('pressdesk-verify-tables-')));
  afterEach(() => cleanup());

  const path = (): string => join(dir, 'signed.pressdesk');
  const verify = async (): Promise<{ code: number; out: string }> => {
    const out: string[] = [];
    const code = await runCli(['verify', 'signed.pressdesk', '--trusted', 'trusted.json'], { cwd: dir, out: (l) => out.push(l), err: (l) => out.push(l) });
    return { code, out: out.join('\n') };
  };

  /** The kitchen sink with a results table first and a paragraph with a subscript and a note, approved and written. */
  async function approvedFile(): Promise<void> {
    const { release, assets } = kitchenSinkRelease();
    const keys = createKeyService({ dir: join(dir, 'keys'), secretBox: plainBox });
    let r: Release = { ...release, body: { ...release.body, content: [resultsTable(), note, ...release.body.content] } };
    r = appendMove(r, await keys.signMove(r, 'draft', { to: 'in-review', who: 'Nguyễn Văn An', note: '' }, when));
    const approval = await keys.signApproval(r, { name: 'Nguyễn Văn An', position: 'Chánh Văn phòng' }, 'Đồng ý', when);
    r = { ...r, approvals: [approval] };
    r = appendMove(r, await keys.signMove(r, 'in-review', { to: 'approved', who: 'Nguyễn Văn An', note: '' }, when));
    await writeReleaseFile(path(), r, { expected: null, overwriteChanged: true, assets });
    const id = await keys.identity();
    await fsp.writeFile(join(dir, 'trusted.json'), exportTrustedFile([{ name: 'Nguyễn Văn An', position: 'Chánh Văn phòng', fingerprint: id.fingerprint, publicKey: id.publicKey }]));
  }

  async function tamper(edit: (json: string) => string): Promise<void> {
    const files = unzipSync(new Uint8Array(await fsp.readFile(path())));
    const before = strFromU8(files['document.json']!);
    const after = edit(before);
    expect(after).not.toBe(before);
    files['document.json'] = strToU8(after);
    await fsp.writeFile(path(), zipSync(files));
  }

  it('holds as approved, and still holds after the file is read and written again unchanged', async () => {
    await approvedFile();
    expect((await verify()).code).toBe(0);
    const { release, assets } = await readReleaseFile(path());
    await writeReleaseFile(path(), release, { expected: null, overwriteChanged: true, assets });
    const again = await verify();
    expect(again.out).toContain('Holds: yes — valid');
    expect(again.code).toBe(0);
  });

  for (const [what, edit] of [
    ['a column width', (j: string) => j.replace('"colwidth":[200]', '"colwidth":[260]')],
    ["a footnote's text", (j: string) => j.replace('Theo Sở Tài nguyên.', 'Theo Sở Tài chính.')],
    ['a subscript made superscript', (j: string) => j.replace('{"type":"subscript"}', '{"type":"superscript"}')],
    ["a merged cell's span", (j: string) => j.replace(/"colspan":2/, '"colspan":1')],
  ] as const) {
    it(`stops holding when ${what} changes`, async () => {
      await approvedFile();
      await tamper(edit);
      const r = await verify();
      expect(r.out).toContain('Holds: no — content changed since approval');
      expect(r.code).toBe(1);
    });
  }
});
