/** Shared by the import tests: a folder and asset store per test, and readers of the imported body. */
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { PmNode, Release } from '../../core/document/release';
import { tempFolder } from '../test-helpers';
import { createAssetStore, type AssetStore } from './asset-store';

export interface ImportFolder {
  /** This test's temporary folder (removed after it). */
  readonly dir: string;
  /** The asset store an import writes photos into, in `dir`/cache. */
  readonly store: AssetStore;
}

/** Call inside a describe: each of its tests gets a fresh folder and store (read them in the test). */
export function importFolderPerTest(): ImportFolder {
  let current: (ImportFolder & { cleanup: () => Promise<void> }) | undefined;
  beforeEach(async () => {
    const { dir, cleanup } = await tempFolder();
    current = { dir, cleanup, store: createAssetStore(join(dir, 'cache')) };
  });
  afterEach(async () => {
    await current?.cleanup();
    current = undefined;
  });
  const now = (): ImportFolder => {
    if (current === undefined) throw new Error('importFolderPerTest: read inside a test');
    return current;
  };
  return {
    get dir() {
      return now().dir;
    },
    get store() {
      return now().store;
    },
  };
}

/** Every node of `type` under `nodes`, depth first, in document order. */
export const nodesOfType = (nodes: readonly PmNode[] | undefined, type: string): PmNode[] =>
  (nodes ?? []).flatMap((n) => [...(n.type === type ? [n] : []), ...nodesOfType(n.content, type)]);

/** The texts in the body that carry `mark`. */
export const markedTexts = (release: Release, mark: string): string[] =>
  nodesOfType(release.body.content, 'text').filter((t) => t.marks?.some((m) => m.type === mark)).map((t) => t.text ?? '');
