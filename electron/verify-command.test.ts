/**
 * `pressdesk verify` on real files: a release signed with a real Ed25519 key, then the .pressdesk
 * ZIP edited by hand (unzipped with fflate, document.json text changed, zipped again).
 */
import { createPrivateKey, sign } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kitchenSinkRelease } from '../core/document/kitchen-sink';
import type { Release, WorkflowState } from '../core/document/release';
import { approvalPayload } from '../core/signoff/approval';
import { appendMove } from '../core/signoff/chain';
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

  const when = new Date('2026-11-26T02:30:00Z');
  const keysIn = () => createKeyService({ dir: join(dir, 'keys'), secretBox: plainBox });

  /** The release after signed moves along `path` (approving signs an approval too, as the app does). */
  async function signedMoves(release: Release, path: WorkflowState[]): Promise<Release> {
    const keys = keysIn();
    let r = release;
    for (const to of path) {
      const from = r.workflow.state;
      if (to === 'approved') {
        const approval = await keys.signApproval(r, { name: 'Nguyễn Văn An', position: 'Chánh Văn phòng' }, 'Đồng ý phát hành', when);
        r = { ...r, approvals: [...r.approvals, approval] };
      }
      r = appendMove(r, await keys.signMove(r, from, { to, who: 'Nguyễn Văn An', note: '' }, when));
    }
    return r;
  }

  const PATHS: Record<'approved' | 'published' | 'in-review' | 'changes-requested', WorkflowState[]> = {
    approved: ['in-review', 'approved'],
    published: ['in-review', 'approved', 'published'],
    'in-review': ['in-review', 'approved', 'in-review'],
    'changes-requested': ['in-review', 'approved', 'in-review', 'changes-requested'],
  };

  /** Writes the trusted list naming this test's key (and the withdrawals given). */
  async function writeTrusted(withdrawn: Parameters<typeof exportTrustedFile>[1] = []): Promise<void> {
    const id = await keysIn().identity();
    await fsp.writeFile(join(dir, 'trusted.json'), exportTrustedFile([{ name: 'Nguyễn Văn An', position: 'Chánh Văn phòng', fingerprint: id.fingerprint, publicKey: id.publicKey }], withdrawn));
  }

  /** A kitchen-sink release moved and signed along the workflow on disk, and the trusted list naming its key. */
  async function signedFile(state: keyof typeof PATHS = 'approved', edit: (r: Release) => Release = (r) => r): Promise<string> {
    const { release, assets } = kitchenSinkRelease();
    const path = join(dir, 'signed.pressdesk');
    await writeReleaseFile(path, edit(await signedMoves(release, PATHS[state])), { expected: null, overwriteChanged: true, assets });
    await writeTrusted();
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
    expect(r.out).toContain('State: Approved (from the signed history)');
    expect(r.out).not.toContain('Warning');
    expect(r.out).toContain('History: 2 moves\n');
    expect(r.out).toMatch(/1\. 2026-11-26T\S+ Draft → In review by Nguyễn Văn An \(trusted approver\): signed/);
    expect(r.out).toContain('In review → Approved by Nguyễn Văn An (trusted approver): signed');
    expect(r.out).toContain('Nguyễn Văn An, Chánh Văn phòng');
    expect(r.out).toMatch(/Key: +([0-9a-f]{4} ){15}[0-9a-f]{4} \(trusted as Nguyễn Văn An\)/);
    expect(r.out).toMatch(/Time: +2026-11-26T/);
    expect(r.out).toContain('Holds: yes — valid');
    // One key submitted and approved: said, by key, whatever names were typed.
    expect(r.out).toContain("Note: the approver's key also wrote this release (signed its first submit): no second person approved it.");
    expect(r.out).toContain('Result: APPROVED');
  });

  it('says when suggested edits are open: the release cannot be approved until they are settled', async () => {
    const attrs = { id: 's1', by: '', name: 'Trần Bình', initials: 'TB', at: '2026-11-26T01:00:00.000Z' };
    const paragraph = { type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'Đề xuất.', marks: [{ type: 'deletion' as const, attrs }] }] };
    await signedFile('in-review', (r) => ({ ...r, body: { ...r.body, content: [...(r.body.content ?? []), paragraph] } }));
    const r = await run('verify', 'signed.pressdesk', '--trusted', 'trusted.json');
    expect(r.code).toBe(1);
    expect(r.out).toContain('Review: open suggested edits 1, open comment threads 0 — suggested edits must be accepted or rejected before the release can be approved.');
    await signedFile('in-review');
    expect((await run('verify', 'signed.pressdesk', '--trusted', 'trusted.json')).out).not.toContain('Review:');
  });

  it('no separation-of-duties note when another key submitted the release', async () => {
    const { release, assets } = kitchenSinkRelease();
    const other = createKeyService({ dir: join(dir, 'other-keys'), secretBox: plainBox });
    const submitted = appendMove(release, await other.signMove(release, 'draft', { to: 'in-review', who: 'Lê Thị Hoa', note: '' }, when));
    await writeReleaseFile(join(dir, 'signed.pressdesk'), await signedMoves(submitted, ['approved']), { expected: null, overwriteChanged: true, assets });
    await writeTrusted();
    const r = await run('verify', 'signed.pressdesk', '--trusted', 'trusted.json');
    expect(r.code).toBe(0);
    expect(r.out).not.toContain("Note: the approver's key");
  });

  it('exit 1 for a withdrawn approval: the signature still holds, the approval does not count', async () => {
    for (const [state, name] of [['in-review', 'In review'], ['changes-requested', 'Changes requested']] as const) {
      await signedFile(state);
      const r = await run('verify', 'signed.pressdesk', '--trusted', 'trusted.json');
      expect(r.code, state).toBe(1);
      expect(r.out).toContain(`State: ${name} (from the signed history)`);
      // Withdrawn everywhere: never "Holds: yes" before "NOT APPROVED".
      expect(r.out).not.toContain('Holds: yes');
      expect(r.out).toContain('Holds: no — withdrawn — the approval was withdrawn in the signed history (it no longer counts, though its signature is intact)');
      expect(r.out).toContain('Result: NOT APPROVED — the approval was withdrawn in the signed history; the release must be approved again.');
    }
    await signedFile('published');
    const published = await run('verify', 'signed.pressdesk', '--trusted', 'trusted.json');
    expect(published.code).toBe(0);
    expect(published.out).toContain('State: Published');
  });

  /** document.json's release, edited as parsed JSON (someone with an unzip tool and a text editor). */
  const editRelease = (path: string, edit: (release: Record<string, unknown> & { workflow: { state: string; log: unknown[] } }) => void) =>
    tamper(path, (text) => {
      const doc = JSON.parse(text) as { release: Parameters<typeof edit>[0] };
      edit(doc.release);
      return JSON.stringify(doc);
    });

  it('forged state: a withdrawn approval re-asserted by setting the state back to approved exits 1 and says why', async () => {
    const path = await signedFile('in-review');
    await editRelease(path, (release) => void (release.workflow.state = 'approved'));
    const r = await run('verify', 'signed.pressdesk', '--trusted', 'trusted.json');
    expect(r.code).toBe(1);
    expect(r.out).toContain('State: In review (from the signed history)');
    expect(r.out).toContain('Warning: the file says Approved, but its signed history says In review; the stored state does not count.');
    expect(r.out).toContain('Result: NOT APPROVED — the approval was withdrawn in the signed history');
    expect((await run('export', 'signed.pressdesk', '--to', 'html', '--trusted', 'trusted.json', '--out', 'final.html')).code).toBe(1);
  });

  it('forged state: a draft with a valid approval, set to published with an empty log, exits 1', async () => {
    const path = await signedFile('approved');
    await editRelease(path, (release) => Object.assign(release.workflow, { state: 'published', log: [] }));
    const r = await run('verify', 'signed.pressdesk', '--trusted', 'trusted.json');
    expect(r.code).toBe(1);
    expect(r.out).toContain('State: Draft (from the signed history)');
    expect(r.out).toContain('Warning: the file says Published, but its signed history says Draft');
    expect(r.out).toContain('History: none');
    expect(r.out).toContain('Holds: no — signed by a trusted approver for the current content, but no approve move in the signed history rests on it');
    expect(r.out).toContain('Result: NOT APPROVED');
    // ... and no final export follows (a draft still does).
    expect((await run('export', 'signed.pressdesk', '--to', 'html', '--trusted', 'trusted.json', '--out', 'final.html')).code).toBe(1);
    expect((await run('export', 'signed.pressdesk', '--to', 'html', '--draft', '--out', 'draft.html')).code).toBe(0);
  });

  it('a log entry removed or the entries reordered: the history was altered, exit 1', async () => {
    for (const edit of [(log: unknown[]) => log.splice(1, 1), (log: unknown[]) => log.reverse()]) {
      const path = await signedFile('published');
      await editRelease(path, (release) => void edit(release.workflow.log));
      const r = await run('verify', 'signed.pressdesk', '--trusted', 'trusted.json');
      expect(r.code).toBe(1);
      expect(r.out).toMatch(/History: \d moves — altered at move \d: it and every move after it do not count/);
      expect(r.out).toMatch(/out of place — a move before it was removed, reordered or inserted/);
      expect(r.out).toContain('Result: NOT APPROVED — the signed history was altered; only a release approved again can be published as final.');
    }
  });

  it('a move edited by hand fails its signature', async () => {
    const path = await signedFile('approved');
    await tamper(path, (text) => text.replace('"to":"in-review"', '"to":"changes-requested"'));
    const r = await run('verify', 'signed.pressdesk', '--trusted', 'trusted.json');
    expect(r.code).toBe(1);
    expect(r.out).toContain('Draft → Changes requested by Nguyễn Văn An (trusted approver): bad signature — altered, or not signed by this key');
    expect(r.out).toContain('In review → Approved by Nguyễn Văn An (trusted approver): does not count — a move before it failed');
  });

  it('a kept copy from before the withdrawal: exit 0 until the trusted list carries the withdrawal', async () => {
    const path = await signedFile('approved');
    expect((await run('verify', 'signed.pressdesk', '--trusted', 'trusted.json')).code).toBe(0);
    const { approvals } = JSON.parse(strFromU8(unzipSync(new Uint8Array(await fsp.readFile(path)))['document.json']!)).release as Release;
    const a = approvals[0]!;
    await writeTrusted([{ contentHash: a.contentHash, fingerprint: a.fingerprint, chainHead: a.chainHead! }]);
    const r = await run('verify', 'signed.pressdesk', '--trusted', 'trusted.json');
    expect(r.code).toBe(1);
    expect(r.out).toContain('Holds: no — withdrawn — the trusted approvers list says this approval was withdrawn');
    expect(r.out).toContain('Result: NOT APPROVED — the trusted approvers list says the approval was withdrawn; the release must be approved again.');
    // ... and no final export follows.
    const exported = await run('export', 'signed.pressdesk', '--to', 'html', '--trusted', 'trusted.json', '--out', 'final.html');
    expect(exported.code).toBe(1);
  });

  it('a format 1.2 file opens; its unsigned history cannot make a final export until re-approved', async () => {
    const { release, assets } = kitchenSinkRelease();
    const keys = keysIn();
    const approval = await keys.signApproval(release, { name: 'Nguyễn Văn An', position: 'Chánh Văn phòng' }, undefined, when);
    const { chainHead: _head, ...v1approval } = approval;
    const log = [
      { who: 'Lê Thị Hoa', when: '2026-11-25T09:00:00+07:00', from: 'draft', to: 'in-review', note: '', contentHash: approval.contentHash },
      { who: 'Nguyễn Văn An', when: '2026-11-25T10:00:00+07:00', from: 'in-review', to: 'approved', note: '', contentHash: approval.contentHash },
    ] as const;
    // Its approval record is what a 1.2 PressDesk signed (no chain head): re-signed here without it.
    const { signature: _sig, ...unsigned } = v1approval;
    const keyFile = JSON.parse(await fsp.readFile(join(dir, 'keys', 'ed25519.json'), 'utf8')) as { privateKey: string };
    const privateKey = createPrivateKey({ key: Buffer.from(keyFile.privateKey, 'base64'), format: 'der', type: 'pkcs8' });
    const old = { ...unsigned, signature: sign(null, approvalPayload(unsigned), privateKey).toString('base64') };
    const path = join(dir, 'signed.pressdesk');
    await writeReleaseFile(path, { ...release, approvals: [old], workflow: { state: 'approved', log: [...log] } }, { expected: null, overwriteChanged: true, assets });
    await tamper(path, (text) => text.replace(/"version":"1\.\d+"/, '"version":"1.2"'));
    await writeTrusted();
    const r = await run('verify', 'signed.pressdesk', '--trusted', 'trusted.json');
    expect(r.code).toBe(1);
    expect(r.out).toContain('State: Approved (from the signed history)');
    expect(r.out).toContain('Draft → In review by Lê Thị Hoa: unsigned history — made before signed workflow');
    expect(r.out).toContain('Holds: no — signed by a trusted approver for the current content, but no approve move in the signed history rests on it');
    expect(r.out).toContain('Result: NOT APPROVED — unsigned history — made before signed workflow; the release must be approved again.');
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
