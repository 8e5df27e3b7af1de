/**
 * `pressdesk verify` on real files: a release signed with a real Ed25519 key, then the .pressdesk
 * ZIP edited by hand (unzipped with fflate, document.json text changed, zipped again).
 */
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kitchenSinkRelease } from '../core/document/kitchen-sink';
import { exportTrustedFile } from '../core/signoff/trusted';
import { runCli, type CliIo } from './cli';
import { writeReleaseFile } from './services/files';
import { createKeyService, type SecretBox } from './services/keys';
import { tempFolder } from './test-helpers';

const plainBox: SecretBox = { isAvailable: () => false, encrypt: (b) => b, decrypt: (b) => b };

describe('pressdesk verify', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempFolder('pressdesk-verify-test-')));
  afterEach(() => cleanup());

  const run = async (...argv: string[]) => {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const io: CliIo = { cwd: dir, out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
    const code = await runCli(argv, io);
    return { code, out: stdout.join('\n'), err: stderr.join('\n') };
  };

  /** A signed kitchen-sink release on disk, and the trusted list naming its key. */
  async function signedFile(state: 'approved' | 'published' | 'in-review' | 'changes-requested' = 'approved'): Promise<string> {
    const keys = createKeyService({ dir: join(dir, 'keys'), secretBox: plainBox });
    const { release, assets } = kitchenSinkRelease();
    const approval = await keys.signApproval(release, { name: 'Nguyễn Văn An', position: 'Chánh Văn phòng' }, 'Đồng ý phát hành', new Date('2026-11-26T02:30:00Z'));
    const signed = { ...release, approvals: [approval], workflow: { state, log: [] } };
    const path = join(dir, 'signed.pressdesk');
    await writeReleaseFile(path, signed, { expected: null, overwriteChanged: true, assets });
    const id = await keys.identity();
    await fsp.writeFile(join(dir, 'trusted.json'), exportTrustedFile([{ name: 'Nguyễn Văn An', position: 'Chánh Văn phòng', fingerprint: id.fingerprint, publicKey: id.publicKey }]));
    return path;
  }

  /** Edits document.json inside the ZIP as text, as someone with an unzip tool would. */
  async function tamper(path: string, edit: (documentJson: string) => string): Promise<void> {
    const files = unzipSync(new Uint8Array(await fsp.readFile(path)));
    const before = strFromU8(files['document.json']!);
    const after = edit(before);
    expect(after).not.toBe(before);
    files['document.json'] = strToU8(after);
    await fsp.writeFile(path, zipSync(files));
  }

  it('exit 0 for a trusted approval of the current content, with state, signer, key and time', async () => {
    await signedFile();
    const r = await run('verify', 'signed.pressdesk', '--trusted', 'trusted.json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('State: Approved');
    expect(r.out).toContain('Nguyễn Văn An, Chánh Văn phòng');
    expect(r.out).toMatch(/Key: +([0-9a-f]{4} ){15}[0-9a-f]{4} \(trusted as Nguyễn Văn An\)/);
    expect(r.out).toMatch(/Time: +2026-11-26T/);
    expect(r.out).toContain('Holds: yes — valid');
    expect(r.out).toContain('Result: APPROVED');
  });

  it('exit 1 for a withdrawn approval: the signature still holds, the approval does not count', async () => {
    for (const [state, name] of [['in-review', 'In review'], ['changes-requested', 'Changes requested']] as const) {
      await signedFile(state);
      const r = await run('verify', 'signed.pressdesk', '--trusted', 'trusted.json');
      expect(r.code, state).toBe(1);
      expect(r.out).toContain(`State: ${name}`);
      expect(r.out).toContain('Holds: yes — valid');
      expect(r.out).toContain(`Result: NOT APPROVED — the approval was withdrawn (state: ${name})`);
    }
    await signedFile('published');
    const published = await run('verify', 'signed.pressdesk', '--trusted', 'trusted.json');
    expect(published.code).toBe(0);
    expect(published.out).toContain('State: Published');
  });

  it('exit 1 when the key is not on the trusted list (or no list is given)', async () => {
    await signedFile();
    const r = await run('verify', 'signed.pressdesk');
    expect(r.code).toBe(1);
    expect(r.out).toContain('signed by an unknown key');
    expect(r.out).toContain('Result: NOT APPROVED');
    await fsp.writeFile(join(dir, 'empty.json'), exportTrustedFile([]));
    expect((await run('verify', 'signed.pressdesk', '--trusted', 'empty.json')).out).toContain('signed by an unknown key');
  });

  it('catches document.json edited by hand inside the ZIP: content changed since approval', async () => {
    const path = await signedFile();
    await tamper(path, (text) => text.replace('Nguyễn Đức Vượng', 'Nguyễn Đức Vương'));
    const r = await run('verify', 'signed.pressdesk', '--trusted', 'trusted.json');
    expect(r.code).toBe(1);
    expect(r.out).toContain('Holds: no — content changed since approval');
    expect(r.out).toContain('Result: NOT APPROVED');
  });

  it('catches an approval record edited by hand: bad signature', async () => {
    const path = await signedFile();
    await tamper(path, (text) => text.replace('"signerPosition":"Chánh Văn phòng"', '"signerPosition":"Giám đốc Sở"'));
    const r = await run('verify', 'signed.pressdesk', '--trusted', 'trusted.json');
    expect(r.code).toBe(1);
    expect(r.out).toContain('Holds: no — bad signature');
  });

  it('catches a photo swapped inside the ZIP (same size, same name)', async () => {
    const path = await signedFile();
    const files = unzipSync(new Uint8Array(await fsp.readFile(path)));
    const name = Object.keys(files).find((n) => n.startsWith('assets/') && n.endsWith('.png'))!;
    const bytes = new Uint8Array(files[name]!);
    bytes[bytes.length - 30] = bytes[bytes.length - 30]! ^ 0xff;
    files[name] = bytes;
    await fsp.writeFile(path, zipSync(files));
    const r = await run('verify', 'signed.pressdesk', '--trusted', 'trusted.json');
    expect(r.code).toBe(1);
    expect(r.out).toContain('is not the photo the release names');
    expect(r.out).toContain('content changed since approval');
  });

  it('usage: exit 2 without a file; --help documents it; unreadable files and lists exit 1', async () => {
    expect((await run('verify')).code).toBe(2);
    const help = await run('verify', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('--trusted FILE');
    expect((await run('--help')).out).toContain('pressdesk verify <file.pressdesk> [--trusted FILE]');
    expect((await run('verify', 'missing.pressdesk')).code).toBe(1);
    await signedFile();
    await fsp.writeFile(join(dir, 'bad.json'), '{"format":"x"}');
    const bad = await run('verify', 'signed.pressdesk', '--trusted', 'bad.json');
    expect(bad).toMatchObject({ code: 1, err: 'pressdesk: --trusted bad.json: not a trusted approvers file' });
  });
});
