/**
 * The release model: what a press officer writes, validated with zod on every load.
 * Pure data — no Electron, no DOM, no fs.
 */
import { z } from 'zod';
import { BLOCK_NODE_NAMES, INLINE_NODE_NAMES, MARK_NAMES, isSafeHref } from './schema-names';
import { bodyPathSegments, checkBody } from './body-check';
import { threadsSchema } from './thread-schema';
import { historySchema } from './history-entry';
import { figureAssetHashes } from './asset-list';
import { MAX_SIGNATURE_LINES, NOTICE_AUTHORITIES } from './signature-lines';

/** Current file format version. Major bumps are refused by older readers; minors migrate. */
export const FORMAT_NAME = 'pressdesk';
export const FORMAT_VERSION = { major: 1, minor: 6 } as const;

export const RELEASE_KINDS = ['news', 'press', 'notice'] as const;
export const releaseKindSchema = z.enum(RELEASE_KINDS);
export type ReleaseKind = z.infer<typeof releaseKindSchema>;

/** 1.4: the language the release is written in; every fixed label and date an export prints follows it. */
export const RELEASE_LANGUAGES = ['vi', 'en'] as const;
export const releaseLanguageSchema = z.enum(RELEASE_LANGUAGES);
export type ReleaseLanguage = z.infer<typeof releaseLanguageSchema>;

const MAX_TEXT = 100_000;
const shortText = z.string().max(2_000);

const markSchema = z
  .object({
    type: z.enum(MARK_NAMES),
    attrs: z.record(z.string(), z.unknown()).optional(),
  })
  .superRefine((mark, ctx) => {
    if (mark.type !== 'link') return;
    const href = mark.attrs?.['href'];
    if (typeof href !== 'string' || !isSafeHref(href)) {
      ctx.addIssue({ code: 'custom', message: `unsafe or missing link target: ${String(href)}` });
    }
  });

/** A ProseMirror JSON node restricted to the names PressDesk's schema knows. */
export interface PmNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: PmNode[];
  marks?: { type: (typeof MARK_NAMES)[number]; attrs?: Record<string, unknown> }[];
  text?: string;
}

const KNOWN_NODES = new Set<string>([...BLOCK_NODE_NAMES, ...INLINE_NODE_NAMES]);

export const pmNodeSchema: z.ZodType<PmNode> = z.lazy(() =>
  z
    .object({
      type: z.string().refine((t) => KNOWN_NODES.has(t), { message: 'unknown node type' }),
      attrs: z.record(z.string(), z.unknown()).optional(),
      content: z.array(pmNodeSchema).max(200_000).optional(),
      marks: z.array(markSchema).max(20).optional(),
      text: z.string().min(1).max(MAX_TEXT).optional(),
    })
    .strict(),
);

export const bodySchema = z
  .object({
    type: z.literal('doc'),
    content: z.array(pmNodeSchema).max(200_000),
  })
  .strict()
  .superRefine((body, ctx) => {
    // Only what the editor can show: the one body schema (body-check.ts), attribute types too.
    const problem = checkBody(body);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem.problem, path: bodyPathSegments(problem.path) });
  });
export type ReleaseBody = z.infer<typeof bodySchema>;

/** ISO date `YYYY-MM-DD` (the dateline date; empty while not set). */
const isoDate = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]);

export const embargoSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('immediate') }).strict(),
  /** `at` is an ISO 8601 date-time with zone, e.g. 2026-12-01T09:00:00+07:00. */
  z.object({ mode: z.literal('until'), at: z.string().min(1).max(64) }).strict(),
]);
export type Embargo = z.infer<typeof embargoSchema>;

/** An image stored once in the file as `assets/<hash>.<ext>`; figures refer to it by hash. */
export const IMAGE_EXTENSIONS = ['png', 'jpg', 'webp', 'gif'] as const;
export const assetSchema = z
  .object({
    hash: z.string().regex(/^[0-9a-f]{64}$/),
    ext: z.enum(IMAGE_EXTENSIONS),
    mime: z.enum(['image/png', 'image/jpeg', 'image/webp', 'image/gif']),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    bytes: z.number().int().positive(),
  })
  .strict();
export type Asset = z.infer<typeof assetSchema>;

/** The official-notice (thông cáo) fields: number/symbol, summary, signature block, recipients. */
export { MAX_SIGNATURE_LINES, NOTICE_AUTHORITIES } from './signature-lines';
/** One level of the signature block, e.g. {KT., CHỦ TỊCH}; printed as "KT. CHỦ TỊCH". One line: no newline. */
export const signatureLineSchema = z
  .object({ authority: z.enum(NOTICE_AUTHORITIES), title: z.string().max(500).regex(/^[^\r\n]*$/) })
  .strict();
export type SignatureLine = z.infer<typeof signatureLineSchema>;
export const noticeSchema = z
  .object({
    /** The number, e.g. "5" (the template zero-pads below 10). */
    number: z.string().max(20),
    /** The symbol after the slash or hyphen, e.g. "TC-UBND" or "TB/BTGTU". */
    symbol: z.string().max(60),
    /** The summary line under THÔNG CÁO. */
    summary: shortText,
    /** The signature block's levels, top first: `TM. ỦY BAN NHÂN DÂN` / `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH`. */
    signatureLines: z.array(signatureLineSchema).max(MAX_SIGNATURE_LINES),
    signerName: shortText,
    /** "Nơi nhận" lines without the leading "- " and trailing ";"; the last is usually "Lưu: VT, ...". */
    recipients: z.array(shortText).max(50),
  })
  .strict();
export type Notice = z.infer<typeof noticeSchema>;

/** ISO 8601 date-time with a zone (Z or ±hh:mm), e.g. 2026-11-26T09:30:00+07:00. */
export const isoDateTimeWithZone = z
  .string()
  .max(64)
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/);
const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const base64 = (maxLength: number) => z.string().max(maxLength).regex(/^[A-Za-z0-9+/]*={0,2}$/);

/**
 * One sign-off: who approved which exact content (core/signoff/canonical.ts contentHash), when,
 * and the Ed25519 signature over all the other fields (core/signoff/approval.ts approvalPayload).
 * `publicKey` is the raw 32-byte Ed25519 public key in standard base64 (44 characters), not SPKI;
 * `fingerprint` is the sha256 of those 32 bytes as 64 lowercase hex digits (shown in groups of 4).
 */
export const approvalSchema = z
  .object({
    signerName: shortText,
    signerPosition: shortText,
    fingerprint: hex64,
    publicKey: base64(64),
    time: isoDateTimeWithZone,
    contentHash: hex64,
    /**
     * The canonical form contentHash was made in (core/signoff/canonical.ts); absent = the first,
     * "pressdesk-content/1". Signed: a record with any field beyond the 1.2 ones is signed as
     * "pressdesk-approval/2" (core/signoff/approval.ts). "canon" is no field name: it is reserved.
     */
    contentForm: z.literal('pressdesk-content/2').optional(),
    note: shortText.optional(),
    /** 1.3: the workflow chain's head (core/signoff/chain.ts) this approval was made at; signed. */
    chainHead: hex64.optional(),
    /** The 64-byte Ed25519 signature in standard base64. */
    signature: base64(128),
  })
  .strict();
export type ApprovalRecord = z.infer<typeof approvalSchema>;

export const WORKFLOW_STATES = ['draft', 'in-review', 'changes-requested', 'approved', 'published'] as const;
export const workflowStateSchema = z.enum(WORKFLOW_STATES);
export type WorkflowState = z.infer<typeof workflowStateSchema>;

/**
 * One move in the workflow, recorded in the file: who, when, from, to, note, content hash then.
 * Since 1.3 a move is signed by the mover's key and chained by `prev` to the record before it
 * (core/signoff/chain.ts); moves logged by 1.2 have none of the four fields (unsigned history).
 */
export const auditEntrySchema = z
  .object({
    who: shortText,
    when: isoDateTimeWithZone,
    from: workflowStateSchema,
    to: workflowStateSchema,
    note: shortText,
    contentHash: hex64,
    fingerprint: hex64.optional(),
    publicKey: base64(64).optional(),
    prev: hex64.optional(),
    signature: base64(128).optional(),
  })
  .strict();
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/**
 * The most workflow moves a release may carry. A release moves a few dozen times in its life;
 * each signed move costs an Ed25519 check (~1 ms) whenever the release is verified, so a file
 * stuffed with signed moves stays within a second or two.
 */
export const MAX_WORKFLOW_MOVES = 1_000;
export const workflowSchema = z.object({ state: workflowStateSchema, log: z.array(auditEntrySchema).max(MAX_WORKFLOW_MOVES) }).strict();
export type Workflow = z.infer<typeof workflowSchema>;

/**
 * 1.6: the lead photo's slot, waiting for its photo — an article recognised on import or paste
 * (core/import/article.ts) keeps the caption it came with here, never in the sapo or the body.
 * "Chèn ảnh…" turns it into the body's lead figure; Checks flags it until then. Prints nothing.
 */
export const leadPhotoSlotSchema = z.object({ caption: z.string().max(MAX_TEXT), credit: shortText }).strict();
export type LeadPhotoSlot = z.infer<typeof leadPhotoSlotSchema>;

export const releaseSchema = z
  .object({
    kind: releaseKindSchema,
    language: releaseLanguageSchema,
    headline: shortText,
    subhead: shortText,
    sapo: z.string().max(MAX_TEXT),
    dateline: z.object({ place: shortText, date: isoDate }).strict(),
    author: z.object({ penName: shortText }).strict(),
    /** 1.6: a lead photo still to insert, with the caption it came with; absent or null when none is waiting. */
    leadPhoto: leadPhotoSlotSchema.nullable().optional(),
    contact: z.object({ name: shortText, phone: shortText, email: shortText }).strict(),
    embargo: embargoSchema,
    /** Press releases: the "About <organisation>" paragraph before ###. */
    boilerplate: z.string().max(MAX_TEXT),
    notice: noticeSchema,
    body: bodySchema,
    /** The images figures use (bytes live in the ZIP under assets/). */
    assets: z.array(assetSchema).max(500),
    /** 1.5: review threads, keyed by id; anchors are `comment` marks in the body (thread-schema.ts). */
    threads: threadsSchema,
    /** 1.5: a snapshot of the published content at each submit, request changes and approve (history-entry.ts). */
    history: historySchema,
    /** Sign-offs (not part of the signed content; see core/signoff). */
    approvals: z.array(approvalSchema).max(100),
    /** Where the release is in review and sign-off, with every move logged. */
    workflow: workflowSchema,
  })
  .strict()
  .superRefine((release, ctx) => {
    const known = new Set<string>();
    for (const asset of release.assets) {
      if (known.has(asset.hash)) ctx.addIssue({ code: 'custom', message: `asset listed twice: ${asset.hash}` });
      known.add(asset.hash);
    }
    for (const hash of figureAssetHashes(release.body)) {
      if (!known.has(hash)) ctx.addIssue({ code: 'custom', message: `figure refers to a missing image: ${hash}` });
    }
  });
export type Release = z.infer<typeof releaseSchema>;

/** document.json inside a .pressdesk file. */
export const documentFileSchema = z
  .object({
    format: z.literal(FORMAT_NAME),
    version: z.string().regex(/^\d+\.\d+$/),
    release: releaseSchema,
  })
  .strict();
export type DocumentFile = z.infer<typeof documentFileSchema>;

/** manifest.json inside a .pressdesk file. */
export const manifestSchema = z
  .object({
    format: z.literal(FORMAT_NAME),
    version: z.string().regex(/^\d+\.\d+$/),
    generator: z.string().max(200),
  })
  .strict();
export type Manifest = z.infer<typeof manifestSchema>;

// Zod-free, in asset-list.ts, so that the renderer can use it without the validator.
export { figureAssetHashes } from './asset-list';

export { MAX_COMMENT_TEXT, MAX_QUOTE, type Comment, type Person, type Thread } from './thread-schema';

// The blank release lives apart, free of zod, so the renderer can use it without the validator.
export { createRelease, emptyBody, emptyNotice, emptyWorkflow } from './new-release';
