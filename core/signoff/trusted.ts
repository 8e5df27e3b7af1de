/**
 * The organisation's trusted approvers: the people whose keys make an approval count. Shared
 * between offices as a small JSON file:
 *
 *   { "format": "pressdesk-trusted-approvers", "version": 2,
 *     "approvers": [ { "name", "position", "fingerprint", "publicKey" }, ... ],
 *     "withdrawn": [ { "contentHash", "fingerprint"[, "chainHead"] }, ... ] }
 *
 * Version 2 added `withdrawn`: approvals withdrawn since, so that withdrawing reaches copies of a
 * release made before it (a kept copy still carries the approval and a chain that ends there).
 * A list with nothing withdrawn is written as version 1, which older PressDesk still reads;
 * both versions are read.
 *
 * `publicKey` is the raw 32-byte Ed25519 key in base64; `fingerprint` is its sha256 in hex and must
 * match it. A fingerprint may appear once: a list with duplicates is refused, and importing a
 * file into a list skips (and reports) the approvers already on it.
 */
import { z } from 'zod';
import { scanJsonText } from '../document/json-scan';
import { sha256 } from '../document/sha256';
import { slugify } from '../vi/slug';
import { fromBase64, toHex } from './bytes';

export const TRUSTED_FILE_FORMAT = 'pressdesk-trusted-approvers';
export const TRUSTED_FILE_VERSION = 2;
/** The first version, without `withdrawn`: still read, and still written when nothing is withdrawn. */
export const TRUSTED_FILE_VERSION_1 = 1;
export const TRUSTED_FILE_EXTENSION = '.pressdesk-trust.json';

/** "Nguyễn Văn An" -> "nguoi-duyet-nguyen-van-an.pressdesk-trust.json": whose key a shared list file carries, readable in a folder. */
export function trustListFileName(name: string): string {
  const slug = slugify(name, 40);
  return `nguoi-duyet${slug === '' ? '' : `-${slug}`}${TRUSTED_FILE_EXTENSION}`;
}

const keyMatchesFingerprint = (a: { publicKey: string; fingerprint: string }): boolean => {
  const key = fromBase64(a.publicKey);
  return key !== null && key.length === 32 && toHex(sha256(key)) === a.fingerprint;
};

export const trustedApproverSchema = z
  .object({
    name: z.string().min(1).max(2_000),
    position: z.string().max(2_000),
    fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
    publicKey: z.string().max(64),
  })
  .strict()
  .refine(keyMatchesFingerprint, { message: 'the fingerprint does not belong to the public key' });
export type TrustedApprover = z.infer<typeof trustedApproverSchema>;

const noDuplicates = (list: readonly TrustedApprover[]): boolean => new Set(list.map((a) => a.fingerprint)).size === list.length;

export const trustedListSchema = z.array(trustedApproverSchema).max(1_000).refine(noDuplicates, { message: 'the same key is listed twice' });

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * An approval the office withdrew: the content hash and key fingerprint it signed, and, for an
 * approval made at a workflow chain head (format 1.3), that head — so re-approving the same
 * content after the withdrawal counts again. Without chainHead it voids every approval of that
 * content by that key.
 */
export const withdrawnApprovalSchema = z.object({ contentHash: hex64, fingerprint: hex64, chainHead: hex64.optional() }).strict();
export type WithdrawnApproval = z.infer<typeof withdrawnApprovalSchema>;

/** At most this many withdrawals travel in one list (each is ~200 bytes; an office withdraws a few a week). */
export const MAX_WITHDRAWN = 5_000;
export const withdrawnListSchema = z.array(withdrawnApprovalSchema).max(MAX_WITHDRAWN);

export const trustedFileV1Schema = z
  .object({ format: z.literal(TRUSTED_FILE_FORMAT), version: z.literal(TRUSTED_FILE_VERSION_1), approvers: trustedListSchema })
  .strict();
export const trustedFileSchema = z
  .object({ format: z.literal(TRUSTED_FILE_FORMAT), version: z.literal(TRUSTED_FILE_VERSION), approvers: trustedListSchema, withdrawn: withdrawnListSchema })
  .strict();
export type TrustedFile = z.infer<typeof trustedFileV1Schema> | z.infer<typeof trustedFileSchema>;

/** What a trusted-approvers file carries. */
export interface TrustedList {
  approvers: TrustedApprover[];
  withdrawn: WithdrawnApproval[];
}

/** Whether `approval` is one the office list withdrew. */
export function isWithdrawn(approval: { contentHash: string; fingerprint: string; chainHead?: string | undefined }, withdrawn: readonly WithdrawnApproval[]): boolean {
  return withdrawn.some(
    (w) => w.contentHash === approval.contentHash && w.fingerprint === approval.fingerprint && (w.chainHead === undefined || w.chainHead === approval.chainHead),
  );
}

/** Both lists of withdrawals, each entry once (withdrawing is never undone by importing an older list). */
export function mergeWithdrawn(a: readonly WithdrawnApproval[], b: readonly WithdrawnApproval[]): WithdrawnApproval[] {
  const key = (w: WithdrawnApproval): string => `${w.contentHash}/${w.fingerprint}/${w.chainHead ?? ''}`;
  const seen = new Set<string>();
  const out: WithdrawnApproval[] = [];
  for (const w of [...a, ...b]) {
    if (seen.has(key(w))) continue;
    seen.add(key(w));
    out.push({ contentHash: w.contentHash, fingerprint: w.fingerprint, ...(w.chainHead !== undefined ? { chainHead: w.chainHead } : {}) });
  }
  return out.slice(-MAX_WITHDRAWN);
}

export class TrustedFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TrustedFileError';
  }
}

/** The file's text (pretty-printed, stable order: as listed); version 1 when nothing is withdrawn. */
export function exportTrustedFile(approvers: readonly TrustedApprover[], withdrawn: readonly WithdrawnApproval[] = []): string {
  const list = trustedListSchema.parse(approvers);
  const file: TrustedFile =
    withdrawn.length === 0
      ? { format: TRUSTED_FILE_FORMAT, version: TRUSTED_FILE_VERSION_1, approvers: list }
      : { format: TRUSTED_FILE_FORMAT, version: TRUSTED_FILE_VERSION, approvers: list, withdrawn: withdrawnListSchema.parse(withdrawn) };
  return JSON.stringify(file, null, 2) + '\n';
}

/** Reads a trusted-approvers file's approvers (see parseTrustedList). */
export function parseTrustedFile(text: string): TrustedApprover[] {
  return parseTrustedList(text).approvers;
}

/** Reads a trusted-approvers file, version 1 or 2; throws TrustedFileError with a plain sentence when it is not one. */
export function parseTrustedList(text: string): TrustedList {
  // A list is a few KB; depth and counts are checked before JSON.parse builds anything.
  const scan = scanJsonText(text);
  if (!scan.ok && scan.reason !== 'unbalanced') throw new TrustedFileError('not a trusted approvers file (too deeply nested or too large)');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new TrustedFileError('not a trusted approvers file (not JSON)');
  }
  if (typeof raw === 'object' && raw !== null && (raw as { format?: unknown }).format !== TRUSTED_FILE_FORMAT) {
    throw new TrustedFileError('not a trusted approvers file');
  }
  const version = typeof raw === 'object' && raw !== null ? (raw as { version?: unknown }).version : undefined;
  if (typeof raw === 'object' && raw !== null && version !== TRUSTED_FILE_VERSION && version !== TRUSTED_FILE_VERSION_1) {
    throw new TrustedFileError(`made by a newer PressDesk (version ${String((raw as { version?: unknown }).version)})`);
  }
  const parsed = (version === TRUSTED_FILE_VERSION_1 ? trustedFileV1Schema : trustedFileSchema).safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TrustedFileError(`damaged trusted approvers file: ${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'not valid'}`);
  }
  return { approvers: parsed.data.approvers, withdrawn: 'withdrawn' in parsed.data ? parsed.data.withdrawn : [] };
}

/** Adds one approver; refuses a key already on the list. */
export function addTrustedApprover(
  list: readonly TrustedApprover[],
  approver: TrustedApprover,
): { ok: true; list: TrustedApprover[] } | { ok: false; reason: 'duplicate' | 'invalid'; existing?: TrustedApprover } {
  if (!trustedApproverSchema.safeParse(approver).success) return { ok: false, reason: 'invalid' };
  const existing = list.find((a) => a.fingerprint === approver.fingerprint);
  if (existing) return { ok: false, reason: 'duplicate', existing };
  return { ok: true, list: [...list, approver] };
}

/** Merges an imported file's approvers into a list: new keys added, keys already there skipped. */
export function importTrustedFile(list: readonly TrustedApprover[], text: string): { list: TrustedApprover[]; added: TrustedApprover[]; duplicates: TrustedApprover[] } {
  const incoming = parseTrustedFile(text);
  let out = [...list];
  const added: TrustedApprover[] = [];
  const duplicates: TrustedApprover[] = [];
  for (const approver of incoming) {
    const result = addTrustedApprover(out, approver);
    if (result.ok) {
      out = result.list;
      added.push(approver);
    } else {
      duplicates.push(approver);
    }
  }
  return { list: out, added, duplicates };
}
