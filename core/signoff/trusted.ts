/**
 * The organisation's trusted approvers: the people whose keys make an approval count. Shared
 * between offices as a small JSON file:
 *
 *   { "format": "pressdesk-trusted-approvers", "version": 1,
 *     "approvers": [ { "name", "position", "fingerprint", "publicKey" }, ... ] }
 *
 * `publicKey` is the raw 32-byte Ed25519 key in base64; `fingerprint` is its sha256 in hex and must
 * match it. A fingerprint may appear once: a list with duplicates is refused, and importing a
 * file into a list skips (and reports) the approvers already on it.
 */
import { z } from 'zod';
import { sha256 } from '../document/sha256';
import { fromBase64, toHex } from './bytes';

export const TRUSTED_FILE_FORMAT = 'pressdesk-trusted-approvers';
export const TRUSTED_FILE_VERSION = 1;
export const TRUSTED_FILE_EXTENSION = '.pressdesk-trust.json';

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

export const trustedFileSchema = z
  .object({
    format: z.literal(TRUSTED_FILE_FORMAT),
    version: z.literal(TRUSTED_FILE_VERSION),
    approvers: trustedListSchema,
  })
  .strict();
export type TrustedFile = z.infer<typeof trustedFileSchema>;

export class TrustedFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TrustedFileError';
  }
}

/** The file's text (pretty-printed, stable order: as listed). */
export function exportTrustedFile(approvers: readonly TrustedApprover[]): string {
  const file: TrustedFile = { format: TRUSTED_FILE_FORMAT, version: TRUSTED_FILE_VERSION, approvers: trustedListSchema.parse(approvers) };
  return JSON.stringify(file, null, 2) + '\n';
}

/** Reads a trusted-approvers file; throws TrustedFileError with a plain sentence when it is not one. */
export function parseTrustedFile(text: string): TrustedApprover[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new TrustedFileError('not a trusted approvers file (not JSON)');
  }
  if (typeof raw === 'object' && raw !== null && (raw as { format?: unknown }).format !== TRUSTED_FILE_FORMAT) {
    throw new TrustedFileError('not a trusted approvers file');
  }
  if (typeof raw === 'object' && raw !== null && (raw as { version?: unknown }).version !== TRUSTED_FILE_VERSION) {
    throw new TrustedFileError(`made by a newer PressDesk (version ${String((raw as { version?: unknown }).version)})`);
  }
  const parsed = trustedFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TrustedFileError(`damaged trusted approvers file: ${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'not valid'}`);
  }
  return parsed.data.approvers;
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
