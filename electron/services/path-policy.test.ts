import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tempFolder } from '../test-helpers';
import { createGrantPolicy, createRootsPolicy, requestedOrChosenPath } from './path-policy';

describe('grant policy (Electron)', () => {
  it('reads any absolute .pressdesk path, nothing relative or of another kind unless granted', () => {
    const p = createGrantPolicy();
    expect(p.canRead('/home/an/Tài liệu/thong-cao.pressdesk')).toBe(true);
    expect(p.canRead('/home/an/THONG-CAO.PRESSDESK')).toBe(true);
    expect(p.canRead('thong-cao.pressdesk')).toBe(false);
    expect(p.canRead('/etc/passwd')).toBe(false);
    expect(p.canRead('/x/a.pressdesk\0.txt')).toBe(false);
    p.grant('/home/an/picked-in-dialog.zip');
    expect(p.canRead('/home/an/picked-in-dialog.zip')).toBe(true);
  });

  it('reads a trusted list named by the renderer never; the native dialog pick only', async () => {
    const p = createGrantPolicy(['/docs/recent.pressdesk']);
    const dialog = vi.fn(async () => '/home/an/list.pressdesk-trust.json');
    for (const named of ['/docs/recent.pressdesk', '/home/an/list.pressdesk-trust.json', '/x/evil.pressdesk']) {
      await expect(requestedOrChosenPath(p, named, dialog, 'trusted-list')).rejects.toMatchObject({ code: 'forbidden' });
    }
    expect(dialog).not.toHaveBeenCalled();
    expect(await requestedOrChosenPath(p, undefined, dialog, 'trusted-list')).toBe('/home/an/list.pressdesk-trust.json');
    // An ordinary read of a named .pressdesk still works (opening a file from the recent list).
    expect(await requestedOrChosenPath(p, '/x/evil.pressdesk', dialog, 'read')).toBe('/x/evil.pressdesk');
  });

  it('refuses to write a path nobody granted', () => {
    const p = createGrantPolicy(['/docs/recent.pressdesk']);
    expect(p.canWrite('/home/an/.bashrc')).toBe(false);
    expect(p.canWrite('/home/an/other.pressdesk')).toBe(false);
    expect(p.canWrite('/docs/recent.pressdesk')).toBe(true);
    p.grant('/docs/chosen.pressdesk');
    expect(p.canWrite('/docs/chosen.pressdesk')).toBe(true);
    expect(p.canWrite('/docs/sub/../chosen.pressdesk')).toBe(true); // same file, normalised
    expect(p.canWrite('/docs/chosen.pressdesk/../../etc/x.pressdesk')).toBe(false);
  });
});

describe('roots policy (browser host)', () => {
  let base: string;
  let root: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ dir: base, cleanup } = await tempFolder());
    root = join(base, 'work');
    await fsp.mkdir(join(root, 'sub'), { recursive: true });
    await fsp.mkdir(join(base, 'outside'));
  });
  afterEach(() => cleanup());

  it('allows paths inside the roots, existing or not', () => {
    const p = createRootsPolicy([root]);
    expect(p.canRead(join(root, 'a.pressdesk'))).toBe(true);
    expect(p.canWrite(join(root, 'sub', 'new.pressdesk'))).toBe(true);
    expect(p.canWrite(join(root, 'not-yet', 'deeper', 'x.pressdesk'))).toBe(true);
    expect(p.canRead(join(root, 'random.zip'))).toBe(true); // the reader decides what it is
  });

  it('refuses `..` escapes, relative paths and the root itself', () => {
    const p = createRootsPolicy([root]);
    expect(p.canWrite(join(root, '..', 'outside', 'x.pressdesk'))).toBe(false);
    expect(p.canWrite(`${root}/sub/../../outside/x.pressdesk`)).toBe(false);
    expect(p.canRead(`${root}-evil/x.pressdesk`)).toBe(false);
    expect(p.canRead('work/a.pressdesk')).toBe(false);
    expect(p.canWrite(root)).toBe(false);
    p.grant(join(base, 'outside', 'x.pressdesk'));
    expect(p.canWrite(join(base, 'outside', 'x.pressdesk'))).toBe(false); // grants mean nothing here
  });

  it('refuses symlink escapes: a linked folder or a linked file pointing outside', async () => {
    await fsp.symlink(join(base, 'outside'), join(root, 'link-dir'), 'dir');
    await fsp.writeFile(join(base, 'outside', 'secret.pressdesk'), 'x');
    await fsp.symlink(join(base, 'outside', 'secret.pressdesk'), join(root, 'link-file.pressdesk'));
    const p = createRootsPolicy([root]);
    expect(p.canWrite(join(root, 'link-dir', 'x.pressdesk'))).toBe(false);
    expect(p.canRead(join(root, 'link-dir', 'secret.pressdesk'))).toBe(false);
    expect(p.canRead(join(root, 'link-file.pressdesk'))).toBe(false);
  });

  it('never reaches an excluded folder, even one inside a root, nor through a symlink', async () => {
    const userData = join(root, 'user-data');
    await fsp.mkdir(join(userData, 'keys'), { recursive: true });
    await fsp.symlink(join(userData, 'keys'), join(root, 'keys-link'), 'dir');
    const p = createRootsPolicy([root], [userData]);
    for (const path of [join(userData, 'keys', 'ed25519.json'), userData, join(userData, 'new', 'x.json'), join(root, 'keys-link', 'ed25519.json')]) {
      expect(p.canWrite(path)).toBe(false);
      expect(p.canRead(path)).toBe(false);
      expect(p.canReadNamedTrustedList(path)).toBe(false);
    }
    expect(p.canWrite(join(root, 'user-data-2', 'x.json'))).toBe(true); // a sibling whose name only starts the same
    expect(p.canReadNamedTrustedList(join(root, 'list.pressdesk-trust.json'))).toBe(true);
  });

  it('accepts a root given through a symlink', async () => {
    await fsp.symlink(root, join(base, 'root-link'), 'dir');
    const p = createRootsPolicy([join(base, 'root-link')]);
    expect(p.canWrite(join(root, 'a.pressdesk'))).toBe(true);
    expect(p.canWrite(join(base, 'root-link', 'a.pressdesk'))).toBe(true);
  });
});
