import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../services/csp';
import { tempFolder } from '../test-helpers';

const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => electron);

const { APP_INDEX_URL, createAppProtocolHandler, mimeTypeOf, registerAppScheme, rendererFileFor, sameAppOrigin, serveRenderer } = await import(
  './app-protocol'
);

describe('app:// protocol', () => {
  let base: string;
  let renderer: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ dir: base, cleanup } = await tempFolder());
    renderer = join(base, 'out', 'renderer');
    await fsp.mkdir(join(renderer, 'assets', 'sub'), { recursive: true });
    await fsp.writeFile(join(renderer, 'index.html'), '<!doctype html><title>PressDesk</title>');
    await fsp.writeFile(join(renderer, 'assets', 'index-abc.js'), 'console.log(1)');
    await fsp.writeFile(join(renderer, 'assets', 'index-abc.css'), 'body{}');
    await fsp.writeFile(join(renderer, 'assets', 'tệp có dấu.woff2'), 'font');
    await fsp.writeFile(join(base, 'out', 'secret.txt'), 'private key');
    await fsp.writeFile(join(base, 'secret.txt'), 'private key');
  });
  afterEach(() => cleanup());

  it('registers a standard, secure scheme before ready, and serves it after', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    const privileges = (electron.protocol.registerSchemesAsPrivileged.mock.calls[0]![0] as { privileges: Record<string, boolean> }[])[0]!.privileges;
    expect(privileges['bypassCSP']).toBeUndefined(); // our CSP always applies
    serveRenderer(renderer);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(APP_INDEX_URL).toBe('app://pressdesk/index.html');
  });

  it('maps app://pressdesk/<path> to files inside the renderer folder', () => {
    expect(rendererFileFor('app://pressdesk/index.html', renderer)).toBe(join(renderer, 'index.html'));
    expect(rendererFileFor('app://pressdesk/', renderer)).toBe(join(renderer, 'index.html'));
    expect(rendererFileFor('app://pressdesk/assets/index-abc.js?v=1#x', renderer)).toBe(join(renderer, 'assets', 'index-abc.js'));
    expect(rendererFileFor('app://pressdesk/assets/t%E1%BB%87p%20c%C3%B3%20d%E1%BA%A5u.woff2', renderer)).toBe(join(renderer, 'assets', 'tệp có dấu.woff2'));
    // The URL parser resolves plain dot segments before we see them; they cannot climb above the root.
    expect(rendererFileFor('app://pressdesk/assets/../index.html', renderer)).toBe(join(renderer, 'index.html'));
    expect(rendererFileFor('app://pressdesk/../../secret.txt', renderer)).toBe(join(renderer, 'secret.txt'));
  });

  it('refuses encoded traversal, absolute paths, other hosts and schemes', () => {
    for (const url of [
      'app://pressdesk/..%2f..%2fsecret.txt',
      'app://pressdesk/..%2F..%2Fsecret.txt',
      'app://pressdesk/%2e%2e%2fsecret.txt',
      'app://pressdesk/assets/..%5c..%5csecret.txt',
      'app://pressdesk/%2fetc%2fpasswd',
      'app://pressdesk//etc/passwd',
      'app://pressdesk/C:%5cWindows%5cwin.ini',
      'app://pressdesk/C:/Windows/win.ini',
      'app://pressdesk/index.html%00.png',
      'app://pressdesk/%E0%A4%A',
      'app://pressdesk/assets/',
      'app://evil/index.html',
      'app://user@pressdesk/index.html',
      'app://pressdesk:99/index.html',
      'file:///etc/passwd',
      'https://pressdesk/index.html',
      'not a url',
    ]) {
      expect(rendererFileFor(url, renderer), url).toBeNull();
    }
  });

  it('answers with the file, its MIME type and the same CSP as everywhere else', async () => {
    const handler = createAppProtocolHandler(renderer);
    const page = await handler(new Request('app://pressdesk/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>PressDesk</title>');

    const script = await handler(new Request('app://pressdesk/assets/index-abc.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    expect((await handler(new Request('app://pressdesk/assets/index-abc.css'))).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(mimeTypeOf('a.WOFF2')).toBe('font/woff2');
    expect(mimeTypeOf('a.svg')).toBe('image/svg+xml');
    expect(mimeTypeOf('a.unknown')).toBe('application/octet-stream');
  });

  it('answers 404 (with the CSP) for traversal, a folder or a missing file, and 405 for writes', async () => {
    const handler = createAppProtocolHandler(renderer);
    for (const url of ['app://pressdesk/..%2fsecret.txt', 'app://pressdesk/..%2f..%2fsecret.txt', 'app://pressdesk/assets/sub', 'app://pressdesk/missing.js', 'app://other/index.html']) {
      const reply = await handler(new Request(url));
      expect(reply.status, url).toBe(404);
      expect(reply.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await reply.text()).not.toContain('private key');
    }
    expect((await handler(new Request('app://pressdesk/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('does not follow a symlink out of the renderer folder', async () => {
    await fsp.symlink(join(base, 'secret.txt'), join(renderer, 'assets', 'link.js'));
    const reply = await createAppProtocolHandler(renderer)(new Request('app://pressdesk/assets/link.js'));
    expect(reply.status).toBe(404);
  });

  it('same origin means app://pressdesk (or the dev server), nothing else', () => {
    expect(sameAppOrigin('app://pressdesk/other.html#x', APP_INDEX_URL)).toBe(true);
    expect(sameAppOrigin('app://pressdesk.evil/index.html', APP_INDEX_URL)).toBe(false);
    expect(sameAppOrigin('file:///x/index.html', 'file:///x/index.html')).toBe(false);
    expect(sameAppOrigin('http://localhost:5173/x', 'http://localhost:5173/')).toBe(true);
    expect(sameAppOrigin('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
  });
});
