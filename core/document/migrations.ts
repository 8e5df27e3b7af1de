/**
 * Format versions and the upgrades between minors. A file is "major.minor": a reader refuses a
 * major newer than its own (the meaning of fields changed), and upgrades an older minor step by
 * step on the raw JSON, before zod sees it, so the schema only ever describes the current shape.
 */
import { FORMAT_VERSION } from './release';
import { guessReleaseLanguage } from './language';
import { signatureLinesFromLegacy } from './signature-lines';

export interface FormatVersion {
  readonly major: number;
  readonly minor: number;
}

export function parseFormatVersion(version: unknown): FormatVersion | null {
  if (typeof version !== 'string') return null;
  const m = /^(\d{1,6})\.(\d{1,6})$/.exec(version);
  return m ? { major: Number(m[1]), minor: Number(m[2]) } : null;
}

export function formatVersionString(v: FormatVersion): string {
  return `${v.major}.${v.minor}`;
}

/** One upgrade step, `1.<from>` to `1.<from + 1>`, on the raw document.json object. Pure. */
export interface MinorMigration {
  readonly from: number;
  up(document: Record<string, unknown>): Record<string, unknown>;
}

/** Add a step here whenever a 1.x changes the shape. */
export const MINOR_MIGRATIONS: readonly MinorMigration[] = [
  {
    // 1.1 added the press-release boilerplate and the official-notice fields.
    from: 0,
    up: (document) => {
      const release = (document['release'] ?? {}) as Record<string, unknown>;
      return {
        ...document,
        release: {
          boilerplate: '',
          notice: { number: '', symbol: '', summary: '', authority: '', signerPosition: '', signerName: '', recipients: [] },
          ...release,
        },
      };
    },
  },
  {
    // 1.2 added the sign-off workflow (state and audit log); approvals stay as they were ([]).
    from: 1,
    up: (document) => {
      const release = (document['release'] ?? {}) as Record<string, unknown>;
      return { ...document, release: { workflow: { state: 'draft', log: [] }, ...release } };
    },
  },
  {
    // 1.3 signs each workflow move and chains it by hash (core/signoff/chain.ts). Nothing to
    // rewrite: the 1.2 log stays as it was, read as unsigned history that makes no final export.
    from: 2,
    up: (document) => document,
  },
  {
    // 1.4 gives the notice's signature block its levels as data (up to three lines, each with its
    // authority) in place of one authority and one position field; and a release has a language,
    // read off its text as the HTML export used to (core/document/language.ts).
    from: 3,
    up: (raw) => {
      const given = (raw['release'] ?? {}) as Record<string, unknown>;
      const release: Record<string, unknown> = Array.isArray(given) ? given : { language: guessReleaseLanguage(given), ...given };
      const document = { ...raw, release };
      const notice = release['notice'];
      if (notice === null || typeof notice !== 'object' || Array.isArray(notice)) return document;
      const { authority, signerPosition, ...rest } = notice as Record<string, unknown>;
      // Anything but two strings is damage: leave it for the schema to name.
      if (typeof authority !== 'string' || typeof signerPosition !== 'string') return document;
      const signatureLines = signatureLinesFromLegacy(authority, signerPosition);
      return { ...document, release: { ...release, notice: { ...rest, signatureLines } } };
    },
  },
  {
    // 1.5 fills `threads` (review comments, issue 9; every earlier file has it empty) and lets the
    // body carry comment, insertion and deletion marks. A file without the field gets none; nor
    // does it have `history` (the snapshots kept at workflow moves, from 1.5 on).
    from: 4,
    up: (raw) => {
      const given = raw['release'];
      if (given === null || typeof given !== 'object' || Array.isArray(given)) return raw;
      return { ...raw, release: { threads: [], history: [], ...(given as Record<string, unknown>) } };
    },
  },
  {
    // 1.6 lets the body carry what Word users bring (issue 10): tables, strikethrough, sub- and
    // superscript, footnotes. Nothing to rewrite: a 1.5 body has none. The step exists so that a
    // 1.5 reader refuses a 1.6 file by its version, in words, not by an unknown node.
    // 1.6 also has the lead photo's slot (issue 11), optional: absent in an older file means none.
    from: 5,
    up: (document) => document,
  },
];

export type MigrationOutcome =
  /** `document` has the current shape; `newerMinor` means a later 1.x wrote it (try, may fail). */
  | { ok: true; document: Record<string, unknown>; from: FormatVersion; newerMinor: boolean }
  | { ok: false; reason: 'bad-shape' | 'unsupported-version'; version: string };

export interface MigrateOptions {
  migrations?: readonly MinorMigration[];
  current?: FormatVersion;
}

/** Upgrades raw document.json content to the current minor, or says why it cannot. */
export function migrateDocument(raw: unknown, options: MigrateOptions = {}): MigrationOutcome {
  const { migrations = MINOR_MIGRATIONS, current = FORMAT_VERSION } = options;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, reason: 'bad-shape', version: '' };
  }
  let document = raw as Record<string, unknown>;
  const rawVersion = document['version'];
  const from = parseFormatVersion(rawVersion);
  if (from === null) return { ok: false, reason: 'bad-shape', version: String(rawVersion ?? '') };
  // Major 0 never existed, so it is as foreign to this reader as a future major.
  if (from.major !== current.major) {
    return { ok: false, reason: 'unsupported-version', version: formatVersionString(from) };
  }
  if (from.minor >= current.minor) {
    return { ok: true, document, from, newerMinor: from.minor > current.minor };
  }
  for (let minor = from.minor; minor < current.minor; minor++) {
    const step = migrations.find((m) => m.from === minor);
    if (!step) throw new Error(`no migration from ${current.major}.${minor}`);
    document = step.up(document);
  }
  document = { ...document, version: formatVersionString(current) };
  return { ok: true, document, from, newerMinor: false };
}
