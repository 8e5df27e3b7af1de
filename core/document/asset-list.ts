/**
 * Which images a release keeps: exactly those its figures use. A photo deleted from the body
 * (or never used) is dropped from release.assets, so its bytes are not saved or exported.
 */
import type { Asset, PmNode, Release } from './release';

/** The asset hash of every figure in the body, in document order (duplicates kept). */
export function figureAssetHashes(body: { content?: PmNode[] }): string[] {
  const hashes: string[] = [];
  const walk = (nodes: PmNode[] | undefined): void => {
    for (const node of nodes ?? []) {
      if (node.type === 'figure' && typeof node.attrs?.['asset'] === 'string') hashes.push(node.attrs['asset']);
      walk(node.content);
    }
  };
  walk(body.content);
  return hashes;
}

/** `assets` filtered to the hashes the body's figures use, in list order, each once. */
export function usedAssets(body: Release['body'], assets: readonly Asset[]): Asset[] {
  const used = new Set(figureAssetHashes(body));
  const seen = new Set<string>();
  return assets.filter((a) => used.has(a.hash) && !seen.has(a.hash) && seen.add(a.hash));
}

/** The release with its asset list pruned to what its figures use. */
export function pruneAssets(release: Release): Release {
  const assets = usedAssets(release.body, release.assets);
  return assets.length === release.assets.length ? release : { ...release, assets };
}

/**
 * Every photo a file stores: the release's own, then those only its history's snapshots still show
 * (a photo deleted from the text since a move), each once under its hash.
 */
export function storedAssets(release: Pick<Release, 'assets' | 'history'>): Asset[] {
  const seen = new Set(release.assets.map((a) => a.hash));
  const extra: Asset[] = [];
  for (const entry of release.history) {
    for (const asset of entry.assets) if (!seen.has(asset.hash) && seen.add(asset.hash)) extra.push(asset);
  }
  return extra.length === 0 ? [...release.assets] : [...release.assets, ...extra];
}
