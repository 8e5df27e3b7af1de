/**
 * THE contract between the renderer and the main process. Every call the renderer may make is
 * listed here with its zod request schema and its result type. `main/ipc.ts` registers each on
 * `ipcMain.handle`, the preload exposes each as a named method (`satisfies DesktopApi`), and the
 * browser host (`e2e/host/`) serves the same handlers over HTTP. Nothing else crosses the bridge.
 */
import { z } from 'zod';
import { trustedApproverSchema, withdrawnListSchema } from '../core/signoff/trusted';
import { releaseKindSchema, releaseSchema, workflowStateSchema, type Asset, type Release, type WorkflowState } from '../core/document/release';
import type { ChainStanding, MoveVerdict } from '../core/signoff/chain';
import type { SnapshotContent } from '../core/review/snapshot';
import type { MergeReport } from '../core/review/merge';
import type { DroppedItem } from '../core/import/clean/report';
import type { ArticleReport } from '../core/import/article';
import type { LegacyReport } from '../core/vi/legacy/detect';
import { SEPARATION_RULES, type DutyConflict, type SeparationRule } from '../core/signoff/duties';
import { MAX_GLOSSARY_ENTRIES, MAX_GLOSSARY_VARIANTS, type GlossaryEntry } from '../core/vi/glossary';
import { MAX_GLOSSARY_NAME } from '../core/vi/glossary-file';

// ---------------------------------------------------------------------------------------------
// Settings (electron-store in the app, an in-memory store in tests)

export const LANGUAGES = ['vi', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

const field = z.string().max(300);

export const userProfileSchema = z
  .object({ fullName: field, penName: field, position: field, initials: z.string().max(10) })
  .strict();
export type UserProfile = z.infer<typeof userProfileSchema>;

const glossaryName = z.string().trim().min(1).max(MAX_GLOSSARY_NAME);
export const glossaryEntrySchema = z.object({ name: glossaryName, variants: z.array(glossaryName).max(MAX_GLOSSARY_VARIANTS) }).strict();
export const glossarySchema = z.array(glossaryEntrySchema).max(MAX_GLOSSARY_ENTRIES);

export const organisationProfileSchema = z
  .object({
    parentBody: field,
    issuingBody: field,
    abbreviation: z.string().max(40),
    placeName: field,
    /** Which rulebook official notices follow: Decree 30/2020/NĐ-CP (state) or Guideline 36-HD/VPTW (party). */
    rulebook: z.enum(['state', 'party']),
    /** Whose approvals count: changed only by importing a shared list (importTrustedApprovers), never by a settings patch. */
    trustedApprovers: z.array(trustedApproverSchema).max(200),
    /** Approvals withdrawn here or on an imported list (they void kept copies); travels with "Export list…". */
    withdrawnApprovals: withdrawnListSchema,
    /** The approver must not be the author or the one who submitted (by key): 'warn' says so first, 'refuse' stops it. */
    separationOfDuties: z.enum(SEPARATION_RULES),
    /** The language a new release is written in (its exports' labels and dates follow it); each release can change it. */
    releaseLanguage: z.enum(['vi', 'en']),
    /** Official names in their canonical spelling, with known variants (core/vi/glossary.ts): variants in a release are flagged. */
    glossary: glossarySchema,
    /** The tone placement the office writes (hòa / hoà); a release mixing or using the other is warned and can be normalised. Decree 30's own text is traditional. */
    preferredToneStyle: z.enum(['traditional', 'reformed']),
  })
  .strict();
export type OrganisationProfile = z.infer<typeof organisationProfileSchema>;

/** A word list (the personal dictionary, the organisation's names): entries of one or a few words. */
export const wordListSchema = z.array(z.string().trim().min(1).max(200)).max(10_000);
export const spellingSchema = z
  .object({
    enabled: z.boolean(),
    /** "Add to my dictionary": this user's words, on this installation. */
    personalWords: wordListSchema,
    /** Names of people, places and agencies the office writes (imported and exported as a .txt, one a line). */
    organisationWords: wordListSchema,
  })
  .strict();
export type SpellingSettings = z.infer<typeof spellingSchema>;

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const settingsSchema = z
  .object({
    language: languageSchema,
    profile: userProfileSchema,
    organisation: organisationProfileSchema,
    recentFiles: z.array(z.string().max(4_096)).max(10),
    /** Absolute folder for recovery copies; empty means the default under userData. */
    autosaveFolder: z.string().max(4_096),
    /** Set once the first-start sample release has been shown. */
    sampleShown: z.boolean(),
    /** The app's colours: the system's light or dark, or one always; absent = the system's. The sheet stays paper-white in all. */
    theme: z.enum(THEMES).optional(),
    /** Spell check (issue 11); absent = on, no words of one's own. */
    spelling: spellingSchema.optional(),
  })
  .strict();
export type Settings = z.infer<typeof settingsSchema>;

/** What the renderer may change; recent files and the first-run flag are the main process's business. */
export const settingsPatchSchema = z
  .object({
    language: languageSchema.optional(),
    profile: userProfileSchema.partial().optional(),
    organisation: organisationProfileSchema.omit({ trustedApprovers: true, withdrawnApprovals: true }).partial().optional(),
    autosaveFolder: z.string().max(4_096).optional(),
    theme: z.enum(THEMES).optional(),
    spelling: spellingSchema.partial().optional(),
  })
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

// ---------------------------------------------------------------------------------------------
// Files

/** What we knew of a file on disk when we opened or saved it; saving compares against it. */
export const fileFingerprintSchema = z
  .object({ mtimeMs: z.number(), size: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })
  .strict();
export type FileFingerprint = z.infer<typeof fileFingerprintSchema>;

export interface OpenedFile {
  path: string;
  release: Release;
  fingerprint: FileFingerprint;
}

export interface SavedFile {
  path: string;
  fingerprint: FileFingerprint;
}

export interface RecoveryEntry {
  id: string;
  /** The file the unsaved edits belong to, or null for a never-saved release. */
  path: string | null;
  headline: string;
  savedAt: string;
  /**
   * The fingerprint of the file at `path` the edits were based on (from open / last save), so a
   * restored copy's Save still notices a file changed on disk meanwhile. Absent for a never-saved
   * release and in entries written before it was recorded.
   */
  fingerprint?: FileFingerprint;
}

export interface Startup {
  settings: Settings;
  recovery: RecoveryEntry[];
  /** The first-start sample release, present only until it has been shown once. */
  sample: Release | null;
  /** A file to open right away (file association, command line). */
  openPath: string | null;
  appVersion: string;
  /** 'electron' in the app, 'browser-host' under `npm run host` and e2e. */
  host: 'electron' | 'browser-host';
}

const pathSchema = z.string().min(1).max(4_096);

/** pdf: the print page of the chosen layout (the DOCX template names), as a PDF. */
export const EXPORT_FORMATS = ['docx', 'html', 'cms', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** DOCX layouts: news article, international press release, thông cáo by Decree 30 (state) or Guideline 36 (Party). */
export const DOCX_TEMPLATES = ['news', 'press', 'decree30', 'party36'] as const;
export type DocxTemplate = (typeof DOCX_TEMPLATES)[number];
const recoveryIdSchema = z.string().regex(/^[a-zA-Z0-9-]{8,64}$/);

// ---------------------------------------------------------------------------------------------
// Errors: every failure crosses the bridge as a code the renderer turns into a sentence.

export const ERROR_CODES = [
  'invalid-request', // payload failed its schema
  'forbidden', // sender or path not allowed
  'not-found', // no such file
  'not-pressdesk', // not a ZIP, or a ZIP without our manifest (a foreign file)
  'corrupt', // our manifest, but content is damaged or fails validation
  'unsupported-version', // a future major version; params.version names it
  'too-large', // ZIP guard: too many entries, too big unpacked, suspicious ratio; an image over 30 MB / 40 MP
  'too-complex', // a reader of outside input ran past its memory ceiling or time limit; params.reason 'memory' | 'time' | 'depth'
  'image-refused', // not a PNG/JPEG/WebP/GIF by its bytes (SVG is refused: it can carry script); params.reason
  'import-failed', // a .txt/.md/.html/.docx that could not be read; params.reason
  'preflight-blocked', // approval refused while blocking checks fail; params.count
  'suggestions-open', // approval refused while the body has suggested edits not accepted or rejected; params.count
  'not-approved', // final export without a valid trusted approval of the current content
  'review-open', // final export refused while comment threads are unresolved or suggestions open; params.threads, params.suggestions
  'invalid-move', // a workflow move the current state does not allow; params.from, params.to
  'separation-of-duties', // the organisation refuses self-approval: this key authored or submitted it; params.role
  'locked', // an approved release is locked: withdraw the approval to edit
  'signing-key', // this installation's signing key cannot be used; params.reason 'damaged' | 'locked'
  'pdf-unavailable', // no Chromium to print a PDF with (CLI, browser host): params.reason 'no-chromium' | 'env-missing'
  'import-partial', // raised by the renderer after an import that left photos out; params.count
  'import-dropped', // raised by the renderer after an import that left things out (equations, charts, linked pictures...); params.list, named in the UI language
  'paste-dropped', // raised by the renderer after a paste that left things out; params.list, as above
  'not-a-copy', // a reviewer's copy to merge shares almost no text with the release: a copy of another release
  'import-review', // raised by the renderer after a .docx import that brought Word comments/tracked changes in; params.comments, params.suggestions
  'changed-on-disk', // saving would overwrite changes made by someone else since opening
  'exists', // an HTML export would replace other files beside the page (its photos); params.path, params.names, params.count
  'disk-full', // ENOSPC / EDQUOT
  'permission-denied', // EACCES / EPERM / EROFS
  'io', // any other file-system failure; params.detail has the system message
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppError {
  code: ErrorCode;
  params?: Record<string, string | number>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

// ---------------------------------------------------------------------------------------------
// The calls

export const requestSchemas = {
  getStartup: z.object({}).strict(),
  updateSettings: settingsPatchSchema,
  /** Open a .pressdesk file; without `path` the main process asks with a native dialog. */
  openFile: z.object({ path: pathSchema.optional() }).strict(),
  /**
   * Save. `path` null or `saveAs` true asks for a destination (native dialog); `expected` is the
   * fingerprint from open/last save — if the file changed since, the call fails with
   * `changed-on-disk` unless `overwriteChanged` is true.
   */
  saveFile: z
    .object({
      release: releaseSchema,
      path: pathSchema.nullable(),
      saveAs: z.boolean(),
      expected: fileFingerprintSchema.nullable(),
      overwriteChanged: z.boolean(),
    })
    .strict(),
  /**
   * Open a .pressdesk file dropped onto the window when no path is known (the browser host):
   * the bytes are read like a file on disk and the release comes back unsaved, without a path.
   */
  openDroppedBytes: z.object({ name: z.string().min(1).max(255), base64: z.string().max(700_000_000) }).strict(),
  clearRecentFiles: z.object({}).strict(),
  /** Autosave: write unsaved edits to the recovery folder (replacing the previous copy with this id). */
  writeRecovery: z
    .object({
      id: recoveryIdSchema,
      path: pathSchema.nullable(),
      release: releaseSchema,
      /** The fingerprint of `path` the edits are based on (from open / last save); kept for the restored copy's Save. */
      fingerprint: fileFingerprintSchema.nullable().optional(),
    })
    .strict(),
  readRecovery: z.object({ id: recoveryIdSchema }).strict(),
  discardRecovery: z.object({ id: recoveryIdSchema }).strict(),
  /** Tell the main process the window's document state (title bar, close guard). */
  setDocumentState: z.object({ title: z.string().max(500), dirty: z.boolean() }).strict(),
  /** After the renderer has asked Save / Don't save / Cancel, close for real. */
  closeWindow: z.object({}).strict(),
  newReleaseKind: z.object({ kind: releaseKindSchema }).strict(),

  /** Insert a photo from a file; without `path` the main process asks with a native dialog. */
  insertImage: z.object({ path: pathSchema.optional() }).strict(),
  /** Insert a photo dropped or pasted into the editor (bytes, checked by the main process like a file). */
  insertImageBytes: z.object({ name: z.string().min(1).max(255), base64: z.string().max(45_000_000) }).strict(),
  /** The bytes of an image the document uses, for display. */
  readAsset: z.object({ hash: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
  /**
   * Export to DOCX, a standalone HTML page, or a CMS folder. Without `path` (or with a path the
   * user must confirm) the main process asks where with a native dialog.
   */
  exportRelease: z
    .object({
      release: releaseSchema,
      format: z.enum(EXPORT_FORMATS),
      template: z.enum(DOCX_TEMPLATES).optional(),
      htmlImages: z.enum(['embed', 'files']).optional(),
      cmsPreset: z.enum(['figure', 'centered']).optional(),
      path: pathSchema.optional(),
      /** A draft export (DRAFT / BẢN NHÁP marks, noindex); without it a valid trusted approval is required. */
      draft: z.boolean().optional(),
      /** Replace photo files beside an HTML page; without it such files fail the call with `exists` (nothing written). */
      overwrite: z.boolean().optional(),
      /** DOCX: a review copy (Word comments, tracked changes); never final. HTML and CMS are always clean. */
      reviewCopy: z.boolean().optional(),
    })
    .strict(),
  /**
   * File ▸ Print… (Ctrl/Cmd+P): the release's print page in a layout. Marked draft unless the
   * release carries a valid trusted approval (a paper draft for the leader's signature needs none).
   */
  printRelease: z.object({ release: releaseSchema, template: z.enum(DOCX_TEMPLATES).optional() }).strict(),
  /** Import .txt / .md / .html / .docx as a new unsaved release; without `path` a dialog asks. */
  importFile: z.object({ path: pathSchema.optional(), kind: releaseKindSchema.optional() }).strict(),

  // Sign-off (issue 4). "who" is always the user profile in settings, never the renderer's word.
  /** This installation's Ed25519 identity (created on first use). */
  getIdentity: z.object({}).strict(),
  /** A workflow move other than approving: submit, request changes, back to draft, withdraw approval. */
  moveWorkflow: z.object({ release: releaseSchema, to: workflowStateSchema, note: z.string().max(2_000) }).strict(),
  /** Sign the current content: refused with preflight-blocked while blocking checks fail. */
  approveRelease: z.object({ release: releaseSchema, note: z.string().max(2_000) }).strict(),
  /** Verify every approval against the content and the organisation's trusted approvers. */
  verifyRelease: z.object({ release: releaseSchema }).strict(),
  /** Replace the trusted approvers list from a shared file (dialog when no path) / write it out. */
  importTrustedApprovers: z.object({ path: pathSchema.optional() }).strict(),
  /** `name`: the approver's full name typed just now (kept in the profile); the list never carries an empty one. */
  exportTrustedApprovers: z.object({ path: pathSchema.optional(), name: field.optional() }).strict(),

  /** A snapshot the release's history names (kept at a workflow move), by the sha256 of its file: for Compare with… */
  readSnapshot: z.object({ hash: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
  /** Merge a reviewer's copy (.pressdesk or reviewed .docx) into `release`; without `path` a dialog asks. */
  mergeReviewedCopy: z.object({ release: releaseSchema, path: pathSchema.optional() }).strict(),

  /** The organisation glossary as a file (issue 11): read a list (.csv / .txt; a dialog when no path) into the Settings form / write the form's list out. */
  importGlossary: z.object({ path: pathSchema.optional() }).strict(),
  exportGlossary: z.object({ path: pathSchema.optional(), entries: glossarySchema }).strict(),
} as const;

export type ApiName = keyof typeof requestSchemas;
export type ApiRequest<K extends ApiName> = z.input<(typeof requestSchemas)[K]>;

export interface ApiResults {
  getStartup: Startup;
  updateSettings: Settings;
  /** null when the user cancelled the dialog. */
  openFile: OpenedFile | null;
  /** null when the user cancelled the dialog. */
  saveFile: SavedFile | null;
  openDroppedBytes: { name: string; release: Release };
  clearRecentFiles: Settings;
  writeRecovery: RecoveryEntry;
  readRecovery: { entry: RecoveryEntry; release: Release };
  discardRecovery: null;
  setDocumentState: null;
  closeWindow: null;
  /** The defaults for a new release of a kind: dateline place and pen name from the profiles, today's date. */
  newReleaseKind: Release;
  /** null when the user cancelled the dialog. */
  insertImage: Asset | null;
  insertImageBytes: Asset;
  readAsset: { mime: Asset['mime']; base64: string };
  /** Where the export was written (a .docx, a .html, or the CMS folder); null when cancelled. */
  /**
   * Where the export was written (a .docx, a .html, or the CMS folder); null when cancelled.
   * `final` exports carry the approval and return the release moved to Published (logged).
   */
  exportRelease: { path: string; final: boolean; release: Release | null } | null;
  /** null when the user cancelled the dialog. */
  /** droppedImages: photos in the file that could not be brought in (the user is told; the rest is imported). */
  /** review: Word comments (replies included) and tracked changes that came in as threads and suggestions. */
  /** article: a portal article recognised (parts in their fields), the report for the message and the release as imported, for "Undo recognition". */
  importFile: {
    release: Release;
    name: string;
    droppedImages: number;
    review: { comments: number; suggestions: number };
    article: { report: ArticleReport; original: Release } | null;
    /** Paragraphs converted to Unicode from TCVN3 / VNI / VIQR, per encoding (empty: none). */
    legacy: LegacyReport;
    /** What the cleaner and the .docx reader left out besides photos (equations, charts, linked pictures...), by kind; the message names them. */
    dropped: DroppedItem[];
  } | null;
  /** Electron: the system print dialog was shown (url null; printed false when cancelled). Browser host: the print page's URL to open and print. */
  printRelease: { url: string | null; printed: boolean; draft: boolean };
  getIdentity: { fingerprint: string; publicKey: string; protection: 'safe-storage' | 'file-permissions' };
  moveWorkflow: Release;
  approveRelease: Release;
  verifyRelease: ReleaseVerification;
  importTrustedApprovers: Settings | null;
  exportTrustedApprovers: { path: string } | null;
  /** The file's names (not yet saved into Settings) and how many rows were left out; null when cancelled. */
  importGlossary: { entries: GlossaryEntry[]; skipped: number } | null;
  exportGlossary: { path: string } | null;
  readSnapshot: SnapshotContent;
  /** The release with the reviewer's work in it (not saved), what came in and what could not be placed, the copy's path; null when cancelled. */
  mergeReviewedCopy: { release: Release; name: string; path: string; report: MergeReport } | null;
}

/** What verifying a release's approvals found, for the banners and the Sign-off tab. */
export interface ReleaseVerification {
  /**
   * True when the release is Approved or Published and the current content carries a valid
   * approval by a trusted key (a withdrawn approval does not count; each verdict below still says
   * whether its signature holds).
   */
  approved: boolean;
  contentHash: string;
  approvals: {
    signerName: string;
    signerPosition: string;
    fingerprint: string;
    time: string;
    note: string;
    verdict: 'valid' | 'bad-signature' | 'untrusted-key' | 'content-changed' | 'withdrawn';
    /** A withdrawn approval: in the release's signed history, or on the office's list. */
    withdrawnBy?: 'history' | 'list';
  }[];
  /** Separation of duties for this installation's key: the duty it already did here (null: none) and the organisation's rule. */
  duty: { conflict: DutyConflict | null; rule: SeparationRule };
  /** The workflow as the signed chain has it (core/signoff/chain.ts); the stored state is a cache. */
  workflow: {
    state: WorkflowState;
    /** The state the file stores; `mismatch` when it is not `state`. */
    stored: WorkflowState;
    mismatch: boolean;
    /** The log starts with moves made before signed workflow (format 1.2). */
    unsignedHistory: boolean;
    /** Index in the log of the first record that failed (it and all after it are void), or null. */
    brokenAt: number | null;
    /** Each log entry's verdict, in log order. */
    moves: MoveVerdict[];
    /** Why the release is or is not approved. */
    reason: ChainStanding['reason'];
  };
}

/** The handler side: one plain async function per call, shared by ipcMain and the browser host. */
export type Handlers = { [K in ApiName]: (request: z.output<(typeof requestSchemas)[K]>) => Promise<ApiResults[K]> };

/** Commands the main process sends to the renderer (menu, file association, window close). */
export type MenuCommand =
  | { type: 'new'; kind: z.infer<typeof releaseKindSchema> }
  | { type: 'open' }
  | { type: 'open-path'; path: string }
  | { type: 'save' }
  | { type: 'save-as' }
  | { type: 'export' }
  | { type: 'print' }
  | { type: 'insert-photo' }
  | { type: 'import' }
  | { type: 'merge-review' }
  | { type: 'close' }
  | { type: 'close-requested' }
  | { type: 'settings' }
  | { type: 'about' }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'find' }
  | { type: 'replace' }
  | { type: 'convert-legacy' };

/** What `window.pressdesk` offers the renderer: the calls, plus a subscription to main's commands. */
export type DesktopApi = { [K in ApiName]: (request: ApiRequest<K>) => Promise<Result<ApiResults[K]>> } & {
  onCommand(listener: (command: MenuCommand) => void): () => void;
  /** The absolute path of a dropped file (Electron: webUtils.getPathForFile; browser host: null). */
  pathForFile(file: File): string | null;
};

export const API_NAMES = Object.keys(requestSchemas) as ApiName[];
export const channelOf = (name: ApiName): string => `pressdesk:${name}`;
export const COMMAND_CHANNEL = 'pressdesk:command';
