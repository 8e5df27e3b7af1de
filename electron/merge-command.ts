/**
 * `pressdesk merge-review <release.pressdesk> <reviewed.pressdesk|reviewed.docx> --out <file.pressdesk>`:
 * the reviewer's threads and suggestions brought into the release, their direct edits as
 * suggestions by them, and what could not be placed listed (core/review/merge.ts). The release
 * itself is not changed: the result goes to --out. Exit 0 merged, 1 a file could not be read or
 * written (or --out exists without --force), 2 bad usage (thrown as a usage error).
 */
import * as fsp from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Person } from '../core/document/release';
import type { MergeReport, Unplaced } from '../core/review/merge';
import { ensurePressdeskExtension, writeReleaseFile } from './services/files';
import { mergeReviewedCopy, REVIEWED_COPY_EXTENSIONS } from './services/merge-review';
import { openReleaseFile } from './services/readers';

interface Io {
  out(line: string): void;
  err(line: string): void;
  cwd: string;
}

export const MERGE_HELP = `Usage: pressdesk merge-review <release.pressdesk> <reviewed.pressdesk|reviewed.docx> --out <file.pressdesk>

Brings a reviewer's copy back into the release: their comment threads (new threads, replies,
resolutions), their suggested edits, and — where they edited the text directly instead of
suggesting — those edits, as suggestions by them to accept or reject (from a .pressdesk copy;
a Word copy's text is the export's layout read back, so only its comments and tracked changes
are taken, and places where its text differs otherwise are counted). Threads and suggestions
are matched by id, anchors by id and else by their text. What cannot be placed (a thread whose
text is gone, a changed detail field or photo) is listed, never dropped. The release and the copy
are not changed: the merged release is written to --out.

Options:
  --out PATH        Required. The .pressdesk file to write (".pressdesk" is added if missing).
  --reviewer NAME   Whose direct edits these are (default: the one who wrote the copy's new
                    comments and suggestions, else "Reviewer").
  --force           Replace an existing output file.
  -h, --help        This text.

Exit codes: 0 merged; 1 a file could not be read or written; 2 wrong usage.`;

const UNPLACED: Record<Unplaced['kind'], string> = {
  thread: 'thread kept as a general comment (its text was not found)',
  suggestion: 'suggestion not placed (its text is no longer in the release)',
  detail: 'detail changed in the copy (take it by hand)',
  photo: 'photo added, moved or removed in the copy (not taken)',
  table: "table cell's header row, merge or width changed in the copy (not taken)",
};

/** The report, one fact per line. */
export function describeMerge(report: MergeReport): string[] {
  const lines = [
    `Reviewer: ${report.reviewer.name || '(unnamed)'}`,
    `Threads added: ${report.threadsAdded}`,
    `Replies added: ${report.repliesAdded}`,
    `Edits and resolutions taken: ${report.updatesTaken}`,
    `Suggestions added: ${report.suggestionsAdded}`,
    `Direct edits as suggestions: ${report.directEditsAsSuggestions}`,
    ...(report.differencesNotTaken > 0 ? [`Text differences outside tracked changes, not taken (Word copy): ${report.differencesNotTaken}`] : []),
    `Not placed: ${report.unplaced.length}`,
  ];
  for (const item of report.unplaced) lines.push(`  - ${UNPLACED[item.kind]}: ${item.id}${item.text ? ` "${item.text.slice(0, 80)}"` : ''}${item.by ? ` (${item.by})` : ''}`);
  return lines;
}

/** Initials from a name: the first letter of each word, at most four ("Trần Thị Bình" -> "TTB"). */
export const initialsOf = (name: string): string =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w[0]!.toLocaleUpperCase('vi'))
    .join('')
    .slice(0, 4);

export async function runMergeReview(args: string[], io: Io, describe: (e: unknown, file: string) => string, usage: (message: string) => Error): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      reviewer: { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(MERGE_HELP);
    return 0;
  }
  if (positionals.length !== 2) throw usage('merge-review takes the release and the reviewed copy');
  if (values.out === undefined) throw usage('merge-review needs --out <file.pressdesk>');
  const [releaseArg, copyArg] = positionals as [string, string];
  if (!(REVIEWED_COPY_EXTENSIONS as readonly string[]).includes(extname(copyArg).slice(1).toLowerCase())) {
    throw usage(`cannot merge ${basename(copyArg)}: the reviewed copy must be a .pressdesk or .docx file`);
  }
  const name = values.reviewer?.normalize('NFC').trim();
  const reviewer: Person | undefined = name ? { name, initials: initialsOf(name), fingerprint: '' } : undefined;
  const target = ensurePressdeskExtension(resolve(io.cwd, values.out));
  const exists = await fsp.stat(target).then(
    () => true,
    () => false,
  );
  if (exists && !values.force) {
    io.err(`pressdesk: ${target} already exists; use --force to replace it`);
    return 1;
  }
  let author;
  try {
    author = await openReleaseFile(resolve(io.cwd, releaseArg));
  } catch (e) {
    io.err(describe(e, releaseArg));
    return 1;
  }
  let merged;
  try {
    merged = await mergeReviewedCopy(author.release, resolve(io.cwd, copyArg), { ...(reviewer ? { reviewer } : {}), language: 'en', now: new Date() });
  } catch (e) {
    io.err(describe(e, copyArg));
    return 1;
  }
  try {
    const saved = await writeReleaseFile(target, merged.release, {
      expected: null,
      overwriteChanged: true,
      generator: 'PressDesk (command line)',
      assets: author.assets,
      history: author.history,
    });
    for (const line of describeMerge(merged.report)) io.out(line);
    io.out(`Wrote ${saved.path}`);
    return 0;
  } catch (e) {
    io.err(describe(e, target));
    return 1;
  }
}
