/**
 * The canonical form of WHAT IS PUBLISHED, and its SHA-256: the content hash an approval signs.
 *
 * Canonical form (version "pressdesk-content/1"): one JSON text, UTF-8, no whitespace, object keys
 * sorted by UTF-16 code units at every level, every string NFC, no `undefined`, numbers as
 * JSON.stringify writes them (only small integers occur). The object is
 *
 *   { canon: "pressdesk-content/1",
 *     kind, headline, subhead, sapo, dateline: {place, date}, author: {penName},
 *     contact: {name, phone, email}, embargo: {mode[, at]}, boilerplate,
 *     notice: {number, symbol, summary, authority, signerPosition, signerName, recipients[]},
 *     body: Node,
 *     images: [{hash, ext, width, height}, ...] }   -- the images figures use, sorted by hash
 *
 * where a Node is { type, attrs?, content?, marks?, text? } with ONLY the attributes that change
 * the output (PUBLISHED_NODE_ATTRS / PUBLISHED_MARK_ATTRS below); an attrs object left empty is
 * dropped, as are empty `content` and `marks` arrays; marks are sorted by type (their order in
 * the JSON does not change the output). Figure attributes are read through figureAttrs, so a
 * missing attribute and its default hash alike (they export alike).
 *
 * NOT included: review threads, approvals, the workflow state and audit log, assets the body does
 * not use, asset byte counts and MIME types (the hash covers the bytes, the ext names the type),
 * and anything the editor keeps for itself. A node type outside PUBLISHED_NODE_ATTRS throws:
 * a new node must decide what of it is published before it can be signed.
 */
import { figureAttrs } from '../document/figure';
import { figureAssetHashes, type Asset, type PmNode, type Release } from '../document/release';
import type { MarkName, NodeName } from '../document/schema-names';
import { sha256Hex } from '../document/sha256';

export const CANONICAL_CONTENT_VERSION = 'pressdesk-content/1';

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
};

/** For each mark type, the attributes that affect the published output. */
export const PUBLISHED_MARK_ATTRS: Record<MarkName, readonly string[]> = {
  bold: [],
  italic: [],
  underline: [],
  link: ['href'],
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

function pick(attrs: Record<string, unknown> | undefined, names: readonly string[]): Record<string, unknown> | undefined {
  if (!attrs || names.length === 0) return undefined;
  const out: Record<string, unknown> = {};
  for (const name of names) if (attrs[name] !== undefined && attrs[name] !== null) out[name] = attrs[name];
  return Object.keys(out).length > 0 ? out : undefined;
}

function canonicalNode(node: PmNode): Record<string, unknown> {
  const published = (PUBLISHED_NODE_ATTRS as Record<string, readonly string[] | undefined>)[node.type];
  if (published === undefined) throw new Error(`canonical form: unknown node type "${node.type}"`);
  const out: Record<string, unknown> = { type: node.type };
  const attrs = node.type === 'figure' ? { ...figureAttrs(node) } : pick(node.attrs, published);
  if (attrs) out['attrs'] = attrs;
  if (node.text !== undefined) out['text'] = node.text;
  if (node.content && node.content.length > 0) out['content'] = node.content.map(canonicalNode);
  if (node.marks && node.marks.length > 0) {
    out['marks'] = node.marks
      .map((mark) => {
        const names = (PUBLISHED_MARK_ATTRS as Record<string, readonly string[] | undefined>)[mark.type];
        if (names === undefined) throw new Error(`canonical form: unknown mark type "${mark.type}"`);
        const markAttrs = pick(mark.attrs, names);
        return markAttrs ? { type: mark.type, attrs: markAttrs } : { type: mark.type };
      })
      .sort((a, b) => {
        const ka = canonicalJson(a);
        const kb = canonicalJson(b);
        return ka < kb ? -1 : ka > kb ? 1 : 0;
      });
  }
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

/** The canonical object (before serialisation) of what a release publishes. */
export function canonicalContent(release: Release): Record<string, unknown> {
  return {
    canon: CANONICAL_CONTENT_VERSION,
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
      authority: release.notice.authority,
      signerPosition: release.notice.signerPosition,
      signerName: release.notice.signerName,
      recipients: [...release.notice.recipients],
    },
    body: canonicalNode(release.body as PmNode),
    images: publishedImages(release),
  };
}

/** The canonical serialisation (see the top of this file). */
export function canonicalContentJson(release: Release): string {
  return canonicalJson(canonicalContent(release));
}

/** SHA-256 of the canonical serialisation's UTF-8 bytes, 64 lowercase hex digits. */
export function contentHash(release: Release): string {
  return sha256Hex(canonicalContentJson(release));
}
