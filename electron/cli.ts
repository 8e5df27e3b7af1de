/**
 * `pressdesk`: the same services as the app, from a terminal, for batch work. Plain Node — no
 * `electron` import. `bin/pressdesk.mjs` registers tsx and runs `main` here, so `npx pressdesk`
 * works in a checkout right after `npm ci`.
 *
 *   pressdesk export <file.pressdesk> --to docx|html|cms|pdf [--draft | --trusted FILE] [--template ...] [--out PATH]
 *   pressdesk import <file.txt|.md|.html|.docx> --out <file.pressdesk> [--kind news|press|notice]
 *   pressdesk verify <file.pressdesk> [--trusted FILE]
 *   pressdesk merge-review <release.pressdesk> <reviewed.pressdesk|reviewed.docx> --out <file.pressdesk>
 *
 * Exit codes: 0 done (verify: approved), 1 the work failed (a file could not be read or written), 2 bad usage.
 * Messages are one line each, in English; never a stack trace for bad input.
 */
import * as fsp from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { RELEASE_KINDS, type ApprovalRecord, type Release, type ReleaseKind } from '../core/document/release';
import { finalExportApproval, openReview } from '../core/signoff/final-export';
import { TrustedFileError, type TrustedApprover, type WithdrawnApproval } from '../core/signoff/trusted';
import type { ExportInput, ExportOrganisation } from '../core/export/types';
import type { ArticleReport } from '../core/import/article';
import { organisationFindings } from '../core/checks/organisation';
import { DOCX_TEMPLATES, EXPORT_FORMATS, organisationProfileSchema, type DocxTemplate, type ErrorCode, type ExportFormat } from './api';
import { createAssetStore } from './services/asset-store';
import { AppFailure, toAppError } from './services/errors';
import { exportToPath, suggestedExportName, withExportExtension } from './services/export-writer';
import { createPdfRenderer } from './services/pdf-chromium';
import type { Printer } from './services/printer';
import { ensurePressdeskExtension, sha256Hex, writeReleaseFile } from './services/files';
import { verifySignature } from './services/keys';
import { importFormatOf } from './services/import-file';
import { importFileBounded, openReleaseFile, readTrustedList } from './services/readers';
import { runVerify, VERIFY_HELP } from './verify-command';
import { MERGE_HELP, runMergeReview } from './merge-command';

export const CLI_VERSION = '0.1.0';
const GENERATOR = `PressDesk ${CLI_VERSION} (command line)`;

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  cwd: string;
}

const defaultIo: CliIo = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
  cwd: process.cwd(),
};

export const HELP = {
  main: `PressDesk — compose press releases offline. Command-line tools.

Usage:
  pressdesk export <file.pressdesk> --to docx|html|cms|pdf [options]
  pressdesk import <file.txt|.md|.html|.docx> --out <file.pressdesk> [--kind news|press|notice]
  pressdesk verify <file.pressdesk> [--trusted FILE]
  pressdesk merge-review <release.pressdesk> <reviewed.pressdesk|reviewed.docx> --out <file.pressdesk>
  pressdesk <command> --help
  pressdesk --help | --version

Commands:
  export   Write a release as a Word document (DOCX), a PDF, a web page (HTML) or a portal CMS folder.
  import   Turn a text, Markdown, HTML or Word file into a new .pressdesk release.
  verify   Check a release's approvals: who signed, and whether each still holds for its content.
  merge-review
           Bring a reviewer's copy back: their comments, suggestions and direct edits (as suggestions).

Exit codes: 0 done; 1 the file could not be read, converted or written; 2 wrong usage.`,
  export: `Usage: pressdesk export <file.pressdesk> --to docx|html|cms|pdf [options]

Writes the release in another format. Nothing in the .pressdesk file is changed.
A final export needs a valid approval of the current content by a trusted approver (see
"pressdesk verify"), on a release that is Approved or Published: give the list with --trusted FILE.
Anything else can only be exported as a draft, with --draft.

Options:
  --to docx|html|cms|pdf     Required. docx: a Word document; pdf: the print page of the layout
                             (--template), printed by headless Chromium (PRESSDESK_CHROMIUM, else
                             /usr/bin/chromium or another system Chromium/Chrome, else Playwright's
                             own); html: a standalone web page;
                             cms: a folder for the web portal (body.html, title.txt, sapo.txt,
                             author.txt, photos anh-1.jpg, ...; approval.txt when final,
                             a DRAFT / BẢN NHÁP title prefix and body line when --draft).
  --template NAME            DOCX and PDF layout: news (news article), press (international press release),
                             decree30 (thông cáo, state body, Decree 30/2020/NĐ-CP),
                             party36 (thông cáo, Party body, Guideline 36-HD/VPTW).
                             Default: from the release kind (a notice follows --org-json's rulebook).
  --html-images embed|files  HTML: photos inside the page (embed) or as files beside it (files, default).
  --cms-preset figure|centered
                             CMS: photos as <figure class="image"> (figure, default), or a centred
                             photo paragraph with a centred italic caption for older editors (centered).
  --out PATH                 Where to write: a .docx / .html file, or the CMS folder (created; an
                             existing folder must be empty or an earlier PressDesk CMS export).
                             Default: beside the input, named after the headline.
  --org-json PATH            The organisation profile for official notices, a JSON object with
                             parentBody, issuingBody, abbreviation, placeName, rulebook (state|party).
                             Default: empty names, rulebook state. A notice layout warns (on
                             stderr, still exit 0) naming the fields it prints that are empty.
  --draft                    A draft export: a "DRAFT / BẢN NHÁP" line heads the document (HTML: a
                             banner and <meta name="robots" content="noindex">). No approval needed.
  --review-copy              DOCX: a review copy for Word: comment threads as Word comments (with
                             replies), open suggestions as tracked changes. Never final, no approval
                             needed. Without it every export is clean (no comment, no revision), and
                             a final export is refused while a thread is unresolved or a suggestion open.
  --trusted FILE             The trusted approvers list (exported from PressDesk's organisation
                             profile) that a final export's approval is checked against. A final
                             export names the approval (DOCX custom properties, HTML <meta> tags).
  --force                    Replace an existing .docx / .html file, and photo files of the same
                             names beside an HTML page (without it, nothing is written).
  -h, --help                 This text.`,
  import: `Usage: pressdesk import <file.txt|.md|.html|.htm|.docx> --out <file.pressdesk> [--kind news|press|notice] [--whole]

Makes a new release from existing material. Text and Markdown: the first line is the headline,
blank lines separate paragraphs. HTML is cleaned to what a release may hold. Word (.docx): headings,
bold, italic, lists and photos are kept (photos are checked like inserted ones; a refused photo is
left out with a warning); comments (with replies) and tracked changes come in as comment threads
and suggestions. An article copied or saved from a news portal (.txt, .md, .html) is recognised:
headline, sapo, body and pen name go to their fields, the lead photo's caption waits in the lead
photo slot, and the site's furniture after the pen name is left out (each line is listed).

Options:
  --out PATH                 Required. The .pressdesk file to write (".pressdesk" is added if missing).
  --kind news|press|notice   The kind of release (default: news).
  --whole                    No article recognition: everything after the first line in the body.
  --force                    Replace an existing output file.
  -h, --help                 This text.`,
  verify: VERIFY_HELP,
  'merge-review': MERGE_HELP,
} as const;

/** The error code's plain sentence, for a terminal. */
const SENTENCES: Record<ErrorCode, string> = {
  'invalid-request': 'The request was not valid.',
  forbidden: 'PressDesk may not use that file or folder.',
  'not-found': 'The file could not be found.',
  'not-pressdesk': 'This is not a PressDesk file (.pressdesk).',
  corrupt: 'This PressDesk file is damaged and cannot be read.',
  'unsupported-version': 'This file was made by a newer PressDesk; update PressDesk to read it.',
  'too-large': 'The file is too large or has too many parts to read safely.',
  'too-complex': 'The file is too large or too complex to open; PressDesk stopped reading it.',
  'image-refused': 'A photo was refused: only PNG, JPEG, WebP and GIF photos can be used.',
  'import-failed': 'The file could not be imported.',
  'preflight-blocked': 'Blocking checks still fail; the release cannot be approved.',
  'suggestions-open': 'Suggested edits are still open (accept or reject each); the release cannot be approved.',
  'not-approved': 'The release carries no valid trusted approval of its current content: export it with --draft, or have it approved.',
  'review-open': 'Comment threads are unresolved or suggestions open: resolve them first, or export with --draft or --review-copy.',
  'import-review': 'Word comments and tracked changes came in as comments and suggestions.',
  'invalid-move': 'The release cannot move to that workflow step from where it is.',
  'separation-of-duties': 'The approver may not be the author or the one who submitted the release (organisation rule).',
  locked: 'The release is approved and locked; withdraw the approval to edit it.',
  'signing-key': "This computer's signing key cannot be used (damaged, or its system keyring is locked).",
  'pdf-unavailable': 'No Chromium was found to print the PDF with: install Chromium (or Chrome), or set PRESSDESK_CHROMIUM to its executable.',
  'import-partial': 'Some photos in the file could not be brought in; the rest was imported.',
  'import-dropped': 'Some parts of the file could not be brought in (equations, charts, linked pictures...); the rest was imported.',
  'paste-dropped': 'Some parts of the paste could not be brought in.',
  'not-a-copy': "The reviewer's copy shares almost no text with the release: it is a copy of another release. Nothing was merged.",
  'changed-on-disk': 'The file was changed by someone else meanwhile.',
  exists: 'Files beside the page already exist; use --force to replace them. Nothing was written.',
  'disk-full': 'The disk is full; nothing was written.',
  'permission-denied': 'PressDesk may not write to that place.',
  io: 'The file could not be read or written.',
  internal: 'Something went wrong inside PressDesk.',
};

const IMPORT_REASONS: Record<string, string> = {
  encoding: 'the text is neither UTF-8 nor UTF-16 with a byte-order mark',
  'unsupported-type': 'only .txt, .md, .html, .htm and .docx files can be imported',
  'not-docx': 'it is not a Word (.docx) document',
  damaged: 'the document is damaged',
  'not-a-file': 'it is not a file',
  dtd: 'it declares a DTD or entities, which PressDesk never reads',
};

/** Why a photo was refused (params.reason of 'image-refused' / 'too-large'), as the app says it. */
const IMAGE_REASONS: Record<string, string> = {
  'not-an-image': 'a photo is not a PNG, JPEG, WebP or GIF',
  svg: 'SVG images are not accepted (they can carry code)',
  'too-large-bytes': 'a photo is larger than 30 MB',
  'too-many-pixels': 'a photo is larger than 40 megapixels',
  damaged: 'a photo file is damaged or incomplete',
  'webp-unreadable': 'a WebP photo cannot be converted for Word (damaged, or animated); replace it with a JPEG or PNG copy',
};

class UsageError extends Error {}

function describe(e: unknown, file: string): string {
  const error = toAppError(e);
  const reason = error.params?.['reason'];
  let sentence = SENTENCES[error.code];
  if (error.code === 'import-failed' && typeof reason === 'string' && IMPORT_REASONS[reason]) {
    sentence = `The file could not be imported: ${IMPORT_REASONS[reason]}.`;
  } else if ((error.code === 'image-refused' || error.code === 'too-large') && typeof reason === 'string' && IMAGE_REASONS[reason]) {
    sentence = `A photo was refused: ${IMAGE_REASONS[reason]}.`;
  } else if (error.code === 'exists' && typeof error.params?.['names'] === 'string') {
    sentence = `Photo files beside the page already exist (${error.params['names']}); use --force to replace them. Nothing was written.`;
  } else if (error.code === 'forbidden' && reason === 'folder-not-empty') {
    sentence = 'The folder is not empty and is not an earlier PressDesk CMS export; choose a new folder.';
  } else if ((error.code === 'io' || error.code === 'corrupt') && typeof error.params?.['detail'] === 'string') {
    // A damaged release names the place, e.g. "body.content[3].content[0]: figure attribute alt must be text".
    sentence = `${sentence} (${error.params['detail']})`;
  }
  return `pressdesk: ${file}: ${sentence}`;
}

function choice<T extends string>(value: string | undefined, allowed: readonly T[], option: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${option} must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}

async function exists(path: string): Promise<boolean> {
  return fsp.stat(path).then(
    () => true,
    () => false,
  );
}

async function readOrganisation(path: string | undefined): Promise<ExportOrganisation> {
  const fallback: ExportOrganisation = { parentBody: '', issuingBody: '', abbreviation: '', placeName: '', rulebook: 'state' };
  if (path === undefined) return fallback;
  let raw: unknown;
  try {
    raw = JSON.parse(await fsp.readFile(path, 'utf8'));
  } catch {
    throw new UsageError(`--org-json ${path}: not a readable JSON file`);
  }
  const parsed = organisationProfileSchema.partial().safeParse(raw);
  if (!parsed.success) throw new UsageError(`--org-json ${path}: ${parsed.error.issues[0]?.path.join('.') || 'value'} is not valid`);
  return { ...fallback, ...parsed.data };
}

async function runExport(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      to: { type: 'string' },
      template: { type: 'string' },
      'html-images': { type: 'string' },
      'cms-preset': { type: 'string' },
      out: { type: 'string' },
      'org-json': { type: 'string' },
      draft: { type: 'boolean', default: false },
      'review-copy': { type: 'boolean', default: false },
      trusted: { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(HELP.export);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('export takes exactly one .pressdesk file');
  const format = choice<ExportFormat>(values.to, EXPORT_FORMATS, 'to');
  if (format === undefined) throw new UsageError('export needs --to docx, --to pdf, --to html or --to cms');
  const reviewCopy = values['review-copy'];
  if (reviewCopy && format !== 'docx') throw new UsageError('--review-copy is a Word document: use it with --to docx');
  const template = choice<DocxTemplate>(values.template, DOCX_TEMPLATES, 'template');
  const htmlImages = choice(values['html-images'], ['embed', 'files'] as const, 'html-images');
  const cmsPreset = choice(values['cms-preset'], ['figure', 'centered'] as const, 'cms-preset');
  const organisation = await readOrganisation(values['org-json'] === undefined ? undefined : resolve(io.cwd, values['org-json']));
  const input = resolve(io.cwd, positionals[0]!);
  let trusted: TrustedApprover[] = [];
  let withdrawn: WithdrawnApproval[] = [];
  if (values.trusted !== undefined) {
    try {
      ({ approvers: trusted, withdrawn } = await readTrustedList(resolve(io.cwd, values.trusted)));
    } catch (e) {
      // A list too big or too deep for the reader says so; anything else that is not a list, as before.
      const limit = e instanceof AppFailure && (e.code === 'too-complex' || e.code === 'too-large');
      io.err(limit ? describe(e, `--trusted ${values.trusted}`) : `pressdesk: --trusted ${values.trusted}: ${e instanceof TrustedFileError ? e.message : 'the file could not be read'}`);
      return 1;
    }
  }

  let release: Release;
  let assets: Map<string, Uint8Array>;
  const scratch = await mkdtemp(join(tmpdir(), 'pressdesk-cli-'));
  try {
    const read = await openReleaseFile(input);
    // Through the asset store as in the app: each image must be the image its entry says it is.
    const store = createAssetStore(scratch);
    await store.adopt(read.release, read.assets);
    release = read.release;
    assets = await store.bytesFor(release);
  } catch (e) {
    io.err(describe(e, positionals[0]!));
    return 1;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  const target = withExportExtension(
    values.out !== undefined ? resolve(io.cwd, values.out) : join(dirname(input), suggestedExportName(release.headline, format, basename(input, extname(input)))),
    format,
  );
  if (format !== 'cms' && !values.force && (await exists(target))) {
    io.err(`pressdesk: ${target} already exists; use --force to replace it`);
    return 1;
  }
  // Final unless --draft: the one rule (core/signoff/final-export.ts, as in the app), with these image bytes.
  let approval: ApprovalRecord | undefined;
  // A review copy is never final: it carries the review, and it needs no approval.
  if (!values.draft && !reviewCopy) {
    const decision = finalExportApproval(release, { trusted, verify: verifySignature, assetBytes: assets, hashBytes: sha256Hex, options: { withdrawn } });
    if (!decision.final && decision.reason === 'review-open') {
      const open = openReview(release);
      io.err(`pressdesk: ${SENTENCES['review-open']} (${open.threads} unresolved thread(s), ${open.suggestions} open suggestion(s))`);
      return 1;
    }
    if (!decision.final) {
      io.err(`pressdesk: ${SENTENCES['not-approved']}`);
      if (decision.reason === 'photo-changed') io.err('A photo in the file is not the photo the release names: it was swapped or damaged.');
      if (values.trusted === undefined) io.err('No trusted approvers list given (--trusted FILE): every key counts as unknown.');
      return 1;
    }
    approval = decision.approval;
  }
  // As the app's Checks tab and export dialog warn: a notice layout (DOCX, or a notice's HTML page) prints the organisation.
  if (format !== 'cms') {
    for (const finding of organisationFindings(release, { organisation, ...((format === 'docx' || format === 'pdf') && template ? { template } : {}) })) {
      io.err(`pressdesk: warning: the ${finding.params['layout']} layout prints the organisation, and these are empty (give them with --org-json): ${String(finding.params['fields']).split(',').join(', ')}`);
    }
  }
  const exportInput: ExportInput = { release, assets, organisation, generator: GENERATOR };
  const signoff = values.draft ? { draft: true } : approval !== undefined ? { approval } : {};
  // A PDF is printed by headless Chromium, started for this one page.
  const pdf = format === 'pdf' ? createPdfRenderer() : null;
  const printer: Printer | undefined = pdf === null ? undefined : { pdf: (html) => pdf.render(html), print: () => Promise.reject(new Error('the command line does not print')) };
  try {
    const written = await exportToPath(
      exportInput,
      {
        format,
        ...(template ? { template } : {}),
        ...(htmlImages ? { htmlImages } : {}),
        ...(cmsPreset ? { cmsPreset } : {}),
        ...signoff,
        ...(reviewCopy ? { reviewCopy: true } : {}),
        ...(values.force ? { overwrite: true } : {}),
      },
      target,
      printer,
    );
    io.out(`Wrote ${written}`);
    return 0;
  } catch (e) {
    // A refused photo is the release's problem; anything else (disk, folder) is the target's.
    const refusedPhoto = e instanceof AppFailure && (e.code === 'image-refused' || e.code === 'too-large');
    io.err(describe(e, refusedPhoto ? positionals[0]! : target));
    return 1;
  } finally {
    await pdf?.close();
  }
}

/** What article recognition did, for the terminal (the app says it in the import message). */
function articleReportLines(report: ArticleReport): string[] {
  const parts = ['headline'];
  if (report.caption !== '') parts.push('photo caption (lead photo slot, waiting for the photo)');
  if (report.sapo) parts.push('sapo');
  parts.push(`${report.paragraphs} body paragraph(s)`);
  if (report.penName !== '') parts.push(`pen name "${report.penName}"`);
  const lines = [`Recognised an article from a news site: ${parts.join(', ')}. Use --whole to keep it all in the body.`];
  if (report.leftOutCount > 0) lines.push(`Left out ${report.leftOutCount} line(s) of the web page:`, ...report.leftOut.map((l) => `  ${l}`));
  if (report.leftOutCount > report.leftOut.length) lines.push(`  … and ${report.leftOutCount - report.leftOut.length} more`);
  return lines;
}

async function runImport(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      kind: { type: 'string' },
      force: { type: 'boolean', default: false },
      whole: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(HELP.import);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('import takes exactly one file to import');
  if (values.out === undefined) throw new UsageError('import needs --out <file.pressdesk>');
  const kind = choice<ReleaseKind>(values.kind, RELEASE_KINDS, 'kind') ?? 'news';
  const source = resolve(io.cwd, positionals[0]!);
  if (importFormatOf(source) === null) throw new UsageError(`cannot import ${basename(source)}: use a .txt, .md, .html, .htm or .docx file`);
  const target = ensurePressdeskExtension(resolve(io.cwd, values.out));
  if (!values.force && (await exists(target))) {
    io.err(`pressdesk: ${target} already exists; use --force to replace it`);
    return 1;
  }
  const scratch = await mkdtemp(join(tmpdir(), 'pressdesk-cli-'));
  try {
    const store = createAssetStore(scratch);
    let imported;
    try {
      imported = await importFileBounded(source, kind, store);
    } catch (e) {
      io.err(describe(e, positionals[0]!));
      return 1;
    }
    for (const warning of imported.warnings) io.err(`pressdesk: warning: ${warning}`);
    // Nothing left out silently: what the cleaner and the .docx reader could not bring in, by kind.
    for (const item of imported.dropped) io.err(`pressdesk: warning: left out: ${item.count} ${item.kind}`);
    const { article } = imported;
    if (article !== null && values.whole) imported = { ...imported, release: article.original };
    else if (article !== null) for (const line of articleReportLines(article.report)) io.out(line);
    const assets = new Map<string, Uint8Array>();
    for (const asset of imported.release.assets) {
      const bytes = await store.read(asset.hash);
      if (bytes !== null) assets.set(asset.hash, bytes);
    }
    try {
      const saved = await writeReleaseFile(target, imported.release, { expected: null, overwriteChanged: true, generator: GENERATOR, assets });
      io.out(`Wrote ${saved.path}`);
      const { comments, suggestions } = imported.review;
      if (comments + suggestions > 0) io.out(`Word review: ${comments} comment(s) and ${suggestions} suggestion(s) came in.`);
      // Text in an old Vietnamese encoding came in as Unicode: say so, as the app does.
      const legacy = Object.entries(imported.legacy).filter(([, n]) => (n ?? 0) > 0);
      if (legacy.length > 0) io.out(`Converted to Unicode: ${legacy.map(([e, n]) => `${n} paragraph(s) from ${e.toUpperCase()}`).join(', ')}.`);
      return 0;
    } catch (e) {
      io.err(describe(e, target));
      return 1;
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Runs one command line; returns the exit code. Never throws. */
export async function runCli(argv: readonly string[], io: CliIo = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.out(HELP.main);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      io.out(CLI_VERSION);
      return 0;
    }
    if (command === 'export') return await runExport(rest, io);
    if (command === 'import') return await runImport(rest, io);
    if (command === 'verify') return await runVerify(rest, io, (e, file) => describe(e, file), (m) => new UsageError(m));
    if (command === 'merge-review') return await runMergeReview(rest, io, (e, file) => describe(e, file), (m) => new UsageError(m));
    throw new UsageError(`unknown command "${command}"`);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: unknown }).code?.toString().startsWith('ERR_PARSE_ARGS')) {
      io.err(`pressdesk: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
      io.err(`Run "pressdesk ${command === 'export' || command === 'import' || command === 'verify' || command === 'merge-review' ? command + ' ' : ''}--help" for usage.`);
      return 2;
    }
    io.err(describe(e, command ?? ''));
    return 1;
  }
}

export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  process.exitCode = await runCli(argv);
}

// Run directly (`npx tsx electron/cli.ts ...`); bin/pressdesk.mjs calls main() itself.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) {
  await main();
}
