/**
 * The canonical form of WHAT IS PUBLISHED, and its SHA-256: the content hash an approval signs.
 * Two forms exist; an approval names the one it signed (ApprovalRecord.contentForm, absent = /1).
 *
 * Form "pressdesk-content/2" (what new approvals sign): one JSON text, UTF-8, no whitespace,
 * object keys sorted by UTF-16 code units at every level, every string NFC, no `undefined`,
 * numbers as JSON.stringify writes them (only small integers occur). The object is
 *
 *   { canon: "pressdesk-content/2",
 *     kind, headline, subhead, sapo, dateline: {place, date}, author: {penName},
 *     contact: {name, phone, email}, embargo: {mode[, at]}, boilerplate,
 *     notice: {number, symbol, summary, authority, signerPosition, signerName, recipients[]},
 *     body: Node,
 *     images: [{hash, ext, width, height}, ...] }   -- the images figures use, sorted by hash
 *
 * where the notice's signature block (format 1.4: up to three lines, each with its authority) enters
 * as the two 1.3 fields it replaced, `authority` (the first line's) and `signerPosition` (the
 * titles joined by "\n"), so that the hash of a file approved in 1.3 is unchanged by the migration;
 * lines no 1.3 file could hold (an authority below the first line) enter instead as
 * `signatureLines: [{authority, title}, ...]` in place of those two keys. Titles hold no newline,
 * so the mapping never gives two different blocks one text.
 *
 * The release's language (1.4) changes every fixed label an export prints, so it is signed: it
 * enters as `language` only when it differs from the language its text reads as
 * (core/document/language.ts, the value the 1.3 -> 1.4 migration gives). A 1.3 file approved
 * before the migration hashes as it did; for the same text, the two languages never hash alike.
 *
 * where a Node is { type, attrs?, content?, marks?, text? } with ONLY the attributes that change
 * the output (PUBLISHED_NODE_ATTRS); an attrs object left empty is dropped, as are empty
 * `content` and `marks` arrays. Figure attributes are read through figureAttrs, so a missing
 * attribute and its default hash alike (they export alike). Marks: only the PUBLISHED marks
 * (PUBLISHED_MARK_ATTRS, with their published attributes) — comment anchors and marks this
 * version does not know are dropped; open suggestions (insertion, deletion) stay, without their
 * author — sorted, each once. Then
 * neighbouring text nodes that are equal but for their text are merged into one, and empty text
 * nodes dropped: where the editor happens to split text, or a comment starts, changes nothing.
 *
 * Form "pressdesk-content/1" (approvals before it): the same, except that every mark enters
 * (its published attributes if it is one of the four v1 marks, none otherwise; not deduplicated)
 * and text nodes stay as they are split. Kept byte for byte so that old approvals still verify.
 *
 * NOT included: review threads, approvals, the workflow state and audit log, assets the body does
 * not use, asset byte counts and MIME types (the hash covers the bytes, the ext names the type),
 * and anything the editor keeps for itself. A node type outside PUBLISHED_NODE_ATTRS throws:
 * a new node must decide what of it is published before it can be signed.
 */
import { figureAttrs } from '../document/figure';
import { figureAssetHashes } from '../document/asset-list';
import { publishedCellAttrs } from '../document/table';
import type { Asset, PmNode, Release } from '../document/release';
import type { NodeName } from '../document/schema-names';
import { sha256Hex } from '../document/sha256';
import { guessReleaseLanguage } from '../document/language';
import { legacySignatureFields } from '../document/signature-lines';

export const CONTENT_FORM_V1 = 'pressdesk-content/1' as const;
export const CONTENT_FORM_V2 = 'pressdesk-content/2' as const;
export type ContentForm = typeof CONTENT_FORM_V1 | typeof CONTENT_FORM_V2;
/** The form new approvals sign. */
export const CANONICAL_CONTENT_VERSION = CONTENT_FORM_V2;

/** For each node type, the attributes that affect the published output. */
export const PUBLISHED_NODE_ATTRS: Record<NodeName, readonly string[]> = {
  doc: [],
  paragraph: [],
  heading: ['level'],
  bulletList: [],
  orderedList: ['start'],
  listItem: [],
  blockquote: [],
  figure: ['asset', 'alt', 'credit', 'width', 'align', 'lead'],
  text: [],
  hardBreak: [],
  // A footnote's text is printed (issue 10); always present in the hash, so a missing text and
  // the default '' hash alike (they export alike).
  footnote: ['text'],
  // Tables (issue 10): spans and widths change the exported table; read through
  // publishedCellAttrs, so a default span and a missing one hash alike.
  table: [],
  tableRow: [],
  tableHeader: ['colspan', 'rowspan', 'colwidth'],
  tableCell: ['colspan', 'rowspan', 'colwidth'],
};

/** The marks of form 1, with their published attributes (frozen: old approvals hash with it). */
const V1_MARK_ATTRS: Readonly<Record<string, readonly string[]>> = {
  bold: [],
  italic: [],
  underline: [],
  link: ['href'],
};

/**
 * Form 2's allow-list: the marks that change what a reader sees, with their published attributes.
 * strike, subscript and superscript are not in the editor yet; they are listed now so that when
 * they come (TipTap's names) they are signed from the first day rather than silently unsigned.
 */
export const PUBLISHED_MARK_ATTRS: Readonly<Record<string, readonly string[]>> = {
  ...V1_MARK_ATTRS,
  strike: [],
  subscript: [],
  superscript: [],
  // Open suggestions (issue 9) are signed as what they are, not by whom: no approval can be made
  // while any is open, and text that reads differently once accepted must never match an approval.
  insertion: [],
  deletion: [],
};

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** A JSON-safe copy holding only defined values (undefined and functions dropped). */
function jsonValue(value: unknown): Json | undefined {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'string') return value.normalize('NFC');
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) return value.map((v) => jsonValue(v) ?? null);
  if (typeof value === 'object') {
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const j = jsonValue(v);
      if (j !== undefined) out[k.normalize('NFC')] = j;
    }
    return out;
  }
  return undefined;
}

/** Serialises with sorted keys and no whitespace; strings NFC. */
export function canonicalJson(value: unknown): string {
  const write = (v: Json): string => {
    if (v === null || typeof v !== 'object') return JSON.stringify(v);
    if (Array.isArray(v)) return `[${v.map(write).join(',')}]`;
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${write(v[k]!)}`).join(',')}}`;
  };
  return write(jsonValue(value) ?? null);
}

/** An own entry of a table ("constructor" or "__proto__" from a file are not entries). */
function entry(table: Readonly<Record<string, readonly string[]>>, key: string): readonly string[] | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

function pick(attrs: Record<string, unknown> | undefined, names: readonly string[]): Record<string, unknown> | undefined {
  if (!attrs) return undefined;
  const out: Record<string, unknown> = {};
  for (const name of names) if (attrs[name] !== undefined && attrs[name] !== null) out[name] = attrs[name];
  return Object.keys(out).length > 0 ? out : undefined;
}

type Mark = NonNullable<PmNode['marks']>[number];
type CanonicalMark = { type: string; attrs?: Record<string, unknown> };

/** Marks sorted by their canonical JSON (UTF-16 code units); form 2 keeps only published ones, each once. */
function canonicalMarks(marks: readonly Mark[], form: ContentForm): CanonicalMark[] {
  const v2 = form === CONTENT_FORM_V2;
  const byKey = new Map<string, CanonicalMark>();
  const keys: string[] = [];
  for (const m of marks as readonly { type: string; attrs?: Record<string, unknown> }[]) {
    const names = entry(v2 ? PUBLISHED_MARK_ATTRS : V1_MARK_ATTRS, m.type);
    if (names === undefined && v2) continue;
    const mark = { type: m.type, attrs: names === undefined ? undefined : pick(m.attrs, names) };
    const key = canonicalJson(mark);
    byKey.set(key, mark);
    keys.push(key);
  }
  // Bold twice is bold: form 2 treats marks as the set they display as.
  return (v2 ? [...new Set(keys)] : keys).sort().map((key) => byKey.get(key)!);
}

/** Form 2: neighbouring text nodes equal but for their text become one; empty text goes. */
function mergeText(nodes: Record<string, unknown>[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  let previous: { node: Record<string, unknown>; key: string } | undefined;
  for (const node of nodes) {
    if (node['type'] !== 'text') {
      out.push(node);
      previous = undefined;
      continue;
    }
    const text = typeof node['text'] === 'string' ? node['text'] : '';
    if (text === '') continue;
    const key = canonicalJson({ ...node, text: undefined });
    if (previous !== undefined && previous.key === key) {
      previous.node['text'] = `${previous.node['text'] as string}${text}`;
    } else {
      previous = { node: { ...node, text }, key };
      out.push(previous.node);
    }
  }
  return out;
}

function canonicalNode(node: PmNode, form: ContentForm): Record<string, unknown> {
  const published = entry(PUBLISHED_NODE_ATTRS, node.type);
  if (published === undefined) throw new Error(`canonical form: unknown node type "${node.type}"`);
  // Undefined values never reach the hashed text (canonicalJson drops them).
  const out: Record<string, unknown> = {
    type: node.type,
    attrs:
      node.type === 'figure'
        ? { ...figureAttrs(node) }
        : node.type === 'tableCell' || node.type === 'tableHeader'
          ? publishedCellAttrs(node)
          : node.type === 'footnote'
            ? { text: typeof node.attrs?.['text'] === 'string' ? node.attrs['text'] : '' }
            : pick(node.attrs, published),
    text: node.text,
  };
  const children = (node.content ?? []).map((child) => canonicalNode(child, form));
  const content = form === CONTENT_FORM_V2 ? mergeText(children) : children;
  if (content.length > 0) out['content'] = content;
  const marks = canonicalMarks(node.marks ?? [], form);
  if (marks.length > 0) out['marks'] = marks;
  return out;
}

/** The images the body uses, as they enter the hash. */
function publishedImages(release: Release): { hash: string; ext: Asset['ext']; width: number; height: number }[] {
  const used = new Set(figureAssetHashes(release.body));
  const byHash = new Map(release.assets.map((a) => [a.hash, a]));
  return [...used].sort().map((hash) => {
    const a = byHash.get(hash);
    // A figure whose image is missing still enters the hash (by its hash alone): the file is damaged.
    return a ? { hash, ext: a.ext, width: a.width, height: a.height } : { hash, ext: 'png' as const, width: 0, height: 0 };
  });
}

/** The signature block as it enters the hash (see the top of this file). */
function signatureBlock(release: Release): Record<string, unknown> {
  const lines = release.notice.signatureLines;
  return legacySignatureFields(lines) ?? { signatureLines: lines.map((l) => ({ authority: l.authority, title: l.title })) };
}

/** The canonical object (before serialisation) of what a release publishes. */
export function canonicalContent(release: Release, form: ContentForm = CANONICAL_CONTENT_VERSION): Record<string, unknown> {
  return {
    canon: form,
    kind: release.kind,
    headline: release.headline,
    subhead: release.subhead,
    sapo: release.sapo,
    dateline: { place: release.dateline.place, date: release.dateline.date },
    author: { penName: release.author.penName },
    contact: { name: release.contact.name, phone: release.contact.phone, email: release.contact.email },
    embargo: release.embargo.mode === 'until' ? { mode: 'until', at: release.embargo.at } : { mode: 'immediate' },
    boilerplate: release.boilerplate,
    notice: {
      number: release.notice.number,
      symbol: release.notice.symbol,
      summary: release.notice.summary,
      ...signatureBlock(release),
      signerName: release.notice.signerName,
      recipients: [...release.notice.recipients],
    },
    body: canonicalNode(release.body as PmNode, form),
    images: publishedImages(release),
    ...(release.language === guessReleaseLanguage(release) ? {} : { language: release.language }),
  };
}

/** The canonical serialisation (see the top of this file). */
export function canonicalContentJson(release: Release, form: ContentForm = CANONICAL_CONTENT_VERSION): string {
  return canonicalJson(canonicalContent(release, form));
}

/** SHA-256 of the canonical serialisation's UTF-8 bytes, 64 lowercase hex digits. */
export function contentHash(release: Release, form: ContentForm = CANONICAL_CONTENT_VERSION): string {
  return sha256Hex(canonicalContentJson(release, form));
}

/**
 * Whether `hash` is the release's content hash under either form. Each form's text starts with
 * its own name, so a hash can only ever equal a hash of the form it was made in: this is the
 * same as comparing under that form, for hashes (the audit log's) that do not name it.
 */
export function hashMatchesContent(release: Release, hash: string): boolean {
  return contentHash(release, CONTENT_FORM_V2) === hash || contentHash(release, CONTENT_FORM_V1) === hash;
}
