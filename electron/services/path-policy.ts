/**
 * Which paths the renderer may ask us to read or write. The renderer is treated as untrusted:
 * a compromised page must not turn "save" into "overwrite any file the user can write".
 */
import { realpathSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { AppFailure } from './errors';
import { hasPressdeskExtension } from './files';

export interface PathPolicy {
  canRead(path: string): boolean;
  canWrite(path: string): boolean;
  /** Reading a photo to insert: a path the renderer passes (a drop, the bridge's prompt). */
  canReadImage(path: string): boolean;
  /**
   * Reading a trusted-approvers list at a path the request names (not one picked in the native
   * dialog just now). The list decides whose approvals count, so the app never takes the
   * renderer's word for it; the host (no native dialogs) reads it inside its folders.
   */
  canReadNamedTrustedList(path: string): boolean;
  /** The user chose this path (dialog, open, recent list): writing it is now allowed. */
  grant(path: string): void;
}

/**
 * The path a call works on: the request's own `path`, else the user's pick in the native dialog
 * (`choose`; null when cancelled), which is granted. Either way the policy must allow `access`
 * to it, or the call fails with 'forbidden'.
 */
export async function requestedOrChosenPath(
  paths: PathPolicy,
  path: string | undefined,
  choose: () => Promise<string | null>,
  access: 'read' | 'write' | 'trusted-list',
): Promise<string | null> {
  const chosen = path ?? (await choose());
  if (chosen === null) return null;
  if (path === undefined) paths.grant(chosen); // picked in the native dialog
  const allowed =
    access === 'write'
      ? paths.canWrite(chosen)
      : access === 'read' || path === undefined
        ? paths.canRead(chosen)
        : paths.canReadNamedTrustedList(chosen);
  if (!allowed) throw new AppFailure('forbidden');
  return chosen;
}

const usable = (path: string): boolean => path.length > 0 && !path.includes('\0') && isAbsolute(path);
const IMAGE_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.webp', '.gif']);
const hasImageExtension = (path: string): boolean => IMAGE_EXTENSIONS.has(extname(path).toLowerCase());

/**
 * Electron: read any absolute .pressdesk path (the reader validates the content) or a path the
 * user picked; write only paths the user picked in a dialog, opened, or has in the recent list.
 * Photos dropped on the window arrive as paths of any folder: any absolute image path may be
 * read (the bytes are checked to be a real image; nothing is ever written there).
 */
export function createGrantPolicy(initialGrants: readonly string[] = []): PathPolicy {
  const granted = new Set<string>();
  const grant = (path: string): void => {
    if (usable(path)) granted.add(resolve(path));
  };
  initialGrants.forEach(grant);
  return {
    canRead: (path) => usable(path) && (hasPressdeskExtension(path) || granted.has(resolve(path))),
    canWrite: (path) => usable(path) && granted.has(resolve(path)),
    canReadImage: (path) => usable(path) && (hasImageExtension(path) || granted.has(resolve(path))),
    // Only the native dialog's pick (checked with canRead right after it is granted).
    canReadNamedTrustedList: () => false,
    grant,
  };
}

/** The real path of `path`, following symlinks in every existing part; missing tail parts appended. */
function realPathOf(path: string): string {
  const missing: string[] = [];
  let current = resolve(path);
  for (;;) {
    try {
      return join(realpathSync(current), ...missing.reverse());
    } catch {
      const parent = dirname(current);
      if (parent === current) return resolve(path);
      missing.push(basename(current));
      current = parent;
    }
  }
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/**
 * The browser host: read and write only inside the folders it was started with, and never inside
 * `excluded` (the user-data folder, holding the signing key and recovery copies, which only the
 * services write, under names no request chooses), even when it sits inside a root. Paths are
 * resolved (no `..`) and symlinks followed before the check, so neither can lead outside.
 */
export function createRootsPolicy(roots: readonly string[], excluded: readonly string[] = []): PathPolicy {
  const realRoots = roots.map((r) => realPathOf(r));
  const realExcluded = excluded.map((r) => realPathOf(r));
  const allowed = (path: string): boolean => {
    if (!usable(path)) return false;
    const real = realPathOf(path);
    if (realExcluded.some((folder) => real === folder || isInside(folder, real))) return false;
    return realRoots.some((root) => isInside(root, real));
  };
  return { canRead: allowed, canWrite: allowed, canReadImage: allowed, canReadNamedTrustedList: allowed, grant: () => undefined };
}
