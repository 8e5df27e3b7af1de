/** Files handed to PressDesk at start: a .pressdesk path on the command line, and the sample release. */
import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { documentFileSchema, type Release } from '../../core/document/release';
import { normalizeJson } from '../../core/vi/nfc';
import { hasPressdeskExtension } from './files';

/**
 * The .pressdesk file in a command line (file association, "Open with", a second instance).
 * Chromium switches and the app's own path are skipped; a relative path is taken from `cwd`.
 */
export function pressdeskPathFromArgv(argv: readonly string[], cwd: string): string | null {
  const candidates = argv.slice(1).filter((a) => !a.startsWith('-') && hasPressdeskExtension(a));
  const last = candidates.at(-1);
  if (last === undefined) return null;
  return isAbsolute(last) ? last : resolve(cwd, last);
}

/** The first-start sample in each UI language (assets/, and the packaged app's resources). */
export function sampleFileName(language: 'vi' | 'en'): string {
  return language === 'en' ? 'sample-release.en.json' : 'sample-release.json';
}

/** assets/sample-release*.json: a document.json-shaped file, validated like any other. */
export async function loadSampleRelease(path: string): Promise<Release> {
  const json: unknown = JSON.parse(await readFile(path, 'utf8'));
  return documentFileSchema.parse(normalizeJson(json)).release;
}
