import { mkdtemp, rm, writeFile, mkdir, readdir, readFile, realpath } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vietnameseRelease } from '../../electron/test-helpers';
import { startHost, type RunningHost } from './server';

interface Reply {
  status: number;
  body: string;
}

/** Raw HTTP, so the test controls Host and Origin headers the way an attacker could. */
function send(host: RunningHost, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  const url = new URL(path, host.origin);
  return new Promise((done, fail) => {
    const req = request(url, { method: init.method ?? 'GET', headers: init.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', fail);
    req.end(init.body);
  });
}

const api = (host: RunningHost, name: string, payload: unknown, headers: Record<string, string> = {}): Promise<Reply> =>
  send(host, `/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: host.origin, 'x-pressdesk-token': host.token, ...headers },
    body: JSON.stringify(payload),
  });

describe('browser host', () => {
  let base: string;
  let host: RunningHost;

  beforeEach(async () => {
    base = await mkdtemp(join(tmpdir(), 'pressdesk-host-'));
    const rendererDir = join(base, 'renderer');
    await mkdir(rendererDir);
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
    host = await startHost({ rendererDir, workspaceDir: join(base, 'ws'), userDataDir: join(base, 'user'), firstRun: false });
  });

  afterEach(async () => {
    await host.close();
    await rm(base, { recursive: true, force: true });
  });

  it('listens on loopback only', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves the page only with the token, and injects the token and the bridge', async () => {
    expect((await send(host, '/')).status).toBe(403);
    expect((await send(host, '/?token=wrong')).status).toBe(403);
    const page = await send(host, `/?token=${host.token}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="pressdesk-token" content="${host.token}">`);
    expect(page.body).toContain('<script src="/__pressdesk/bridge.js"></script>');
  });

  it('answers a call with the right token and origin', async () => {
    const reply = await api(host, 'getStartup', {});
    expect(reply.status).toBe(200);
    const result = JSON.parse(reply.body) as { ok: boolean; value: { host: string } };
    expect(result.ok).toBe(true);
    expect(result.value.host).toBe('browser-host');
  });

  it('rejects calls without the token, from a foreign origin, or to a foreign Host name', async () => {
    expect((await api(host, 'getStartup', {}, { 'x-pressdesk-token': '' })).status).toBe(403);
    expect((await api(host, 'getStartup', {}, { 'x-pressdesk-token': 'a'.repeat(64) })).status).toBe(403);
    expect((await api(host, 'getStartup', {}, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await api(host, 'getStartup', {}, { origin: 'null' })).status).toBe(403);
    expect((await api(host, 'getStartup', {}, { host: 'evil.example' })).status).toBe(421);
    expect((await send(host, '/api/getStartup', { method: 'GET' })).status).toBe(405);
    expect((await api(host, 'noSuchCall', {})).status).toBe(404);
  });

  it('refuses file access outside its folders and writes nothing there', async () => {
    const outside = join(base, 'outside');
    await mkdir(outside);
    const reply = await api(host, 'openFile', { path: join(outside, 'x.pressdesk') });
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const escape = await api(host, 'openFile', { path: '../outside/x.pressdesk' });
    expect(JSON.parse(escape.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await readdir(outside)).toEqual([]);
  });

  it('never writes into the user-data folder: the signing key survives an export aimed at it', async () => {
    const identity = JSON.parse((await api(host, 'getIdentity', {})).body) as { ok: boolean };
    expect(identity.ok).toBe(true); // the key file now exists
    const keyFile = join(base, 'user', 'keys', 'ed25519.json');
    const before = await readFile(keyFile, 'utf8');
    for (const path of [keyFile, join(base, 'user', 'keys', 'other.json'), join(base, 'user', 'recovery', 'x.pressdesk')]) {
      const reply = await api(host, 'exportTrustedApprovers', { path });
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const read = await api(host, 'importTrustedApprovers', { path: keyFile });
    expect(JSON.parse(read.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await readFile(keyFile, 'utf8')).toBe(before);
    expect(await readdir(join(base, 'user', 'keys'))).toEqual(['ed25519.json']);
    // The workspace is where lists go.
    const inside = await api(host, 'exportTrustedApprovers', { path: 'list.pressdesk-trust.json', name: 'Nguyễn Văn An' });
    expect(JSON.parse(inside.body)).toMatchObject({ ok: true, value: { path: join(await realpath(join(base, 'ws')), 'list.pressdesk-trust.json') } });
  });

  it('turns a malformed payload into invalid-request', async () => {
    const reply = await api(host, 'openFile', { path: 42 });
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('does not serve files outside the renderer folder', async () => {
    expect((await send(host, '/../ws/secret')).status).toBe(404);
    expect((await send(host, '/%2e%2e/user/x')).status).toBe(404);
  });

  it("serves Print…'s page to a tab of its own, with the token only, under the page's own policy (no script)", async () => {
    const answer = JSON.parse((await api(host, 'printRelease', { release: vietnameseRelease('Hội nghị tổng kết') })).body) as { ok: boolean; value: { url: string; draft: boolean } };
    expect(answer.ok).toBe(true);
    expect(answer.value.draft).toBe(true);
    const url = new URL(answer.value.url, host.origin);
    expect(url.pathname).toMatch(/^\/__pressdesk\/print\/[0-9a-f]{32}$/);
    const csp = await new Promise<string>((done, fail) => {
      request(url, (res) => {
        res.resume();
        done(String(res.headers['content-security-policy']));
      })
        .on('error', fail)
        .end();
    });
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]{43}='; img-src data:;/);
    expect(csp).not.toContain('script-src');
    const page = await send(host, url.pathname + url.search);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<h1>Hội nghị tổng kết</h1>');
    expect(page.body).toContain('DRAFT / BẢN NHÁP');
    expect((await send(host, url.pathname)).status).toBe(404);
    expect((await send(host, `/__pressdesk/print/${'0'.repeat(32)}?token=${host.token}`)).status).toBe(404);
  });
});
