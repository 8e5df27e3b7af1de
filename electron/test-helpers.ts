/** Shared by the electron/ unit tests: a Vietnamese release and real temporary folders. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRelease, type Release } from '../core/document/release';
import { sha256Hex } from '../core/document/sha256';
import type { ApiName, ApiResults, Handlers } from './api';
import { invokeHandler, type HandlerDeps } from './handlers';
import type { Dialogs } from './services/dialogs';
import { createKeyService, type KeyService } from './services/keys';
import { createRootsPolicy } from './services/path-policy';
import { createMemorySettingsStore } from './services/settings';

export function vietnameseRelease(headline = 'Hội nghị tổng kết công tác tuyên giáo năm 2025'): Release {
  const release = createRelease('news', { place: 'Điện Biên', penName: 'Minh Anh', today: '2026-01-08' });
  return {
    ...release,
    headline,
    sapo: 'Sáng 8/1, Ban Tuyên giáo Tỉnh ủy Điện Biên tổ chức hội nghị tổng kết.',
    body: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Đồng chí Trưởng ban ', marks: [{ type: 'bold' }] }, { type: 'text', text: 'phát biểu khai mạc.' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Hội nghị đã thống nhất phương hướng năm 2026.' }] },
      ],
    },
  };
}

/** A fresh folder under the OS temp dir; `cleanup` removes it and everything in it. */
export async function tempFolder(prefix = 'pressdesk-test-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** A key service over `<dir>/keys` without an OS key store (file permissions only). */
export function testKeys(dir: string): KeyService {
  const refuse = (): never => {
    throw new Error('no secret box in tests');
  };
  return createKeyService({ dir: join(dir, 'keys'), secretBox: { isAvailable: () => false, encrypt: refuse, decrypt: refuse } });
}

/** The release with its first photo's bytes replaced by a WebP (`bytes`), under the WebP's own hash. */
export function withWebpFirstPhoto(
  input: { release: Release; assets: ReadonlyMap<string, Uint8Array> },
  bytes: Uint8Array,
  width: number,
  height: number,
): { release: Release; assets: Map<string, Uint8Array> } {
  const old = input.release.assets[0]!;
  const hash = sha256Hex(bytes);
  const webp = { hash, ext: 'webp' as const, mime: 'image/webp' as const, width, height, bytes: bytes.length };
  const body = JSON.parse(JSON.stringify(input.release.body).replaceAll(old.hash, hash)) as Release['body'];
  const assets = new Map(input.assets);
  assets.delete(old.hash);
  assets.set(hash, bytes);
  return { release: { ...input.release, body, assets: [webp, ...input.release.assets.slice(1)] }, assets };
}

/**
 * Handler dependencies for unit tests, all under `dir`: Vietnamese settings, files confined to
 * `dir`, every dialog cancelled, no OS key store. A test overrides what it is about (its dialogs
 * one by one).
 */
export function testHandlerDeps(dir: string, overrides: Partial<Omit<HandlerDeps, 'dialogs'>> & { dialogs?: Partial<Dialogs> } = {}): HandlerDeps {
  const none = async (): Promise<null> => null;
  const { dialogs, ...rest } = overrides;
  return {
    settings: createMemorySettingsStore({ language: 'vi' }),
    paths: createRootsPolicy([dir]),
    defaultRecoveryDir: join(dir, 'recovery'),
    assetCacheDir: join(dir, 'asset-cache'),
    window: { setDocumentState: () => undefined, close: () => undefined },
    appVersion: '0.1.0',
    host: 'browser-host',
    openPathAtStart: null,
    loadSample: async () => vietnameseRelease(),
    keys: testKeys(dir),
    ...rest,
    dialogs: {
      chooseOpenPath: none,
      chooseSavePath: none,
      chooseExportPath: none,
      chooseImportPath: none,
      chooseImagePath: none,
      chooseTrustedImportPath: none,
      chooseTrustedExportPath: none,
      ...dialogs,
    },
  };
}

/** Calls a handler as the bridge does and returns its value; a refusal fails the test with its code. */
export async function invokeOk<K extends ApiName>(handlers: Handlers, name: K, payload: unknown): Promise<ApiResults[K]> {
  const result = await invokeHandler(handlers, name, payload);
  if (!result.ok) throw new Error(`${name}: ${result.error.code}`);
  return result.value;
}
