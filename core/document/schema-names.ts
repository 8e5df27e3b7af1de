/**
 * The names of every node and mark in PressDesk's editor schema. The editor, the file
 * validator and (later) every exporter key off this one list, so a new node is added here first.
 */
export const BLOCK_NODE_NAMES = [
  'doc',
  'paragraph',
  'heading',
  'bulletList',
  'orderedList',
  'listItem',
  'blockquote',
  'figure',
  // Tables (issue 10, core/document/table.ts): TipTap's names.
  'table',
  'tableRow',
  'tableHeader',
  'tableCell',
] as const;

/** `footnote` (issue 10): an inline atom holding its note's text, numbered by its order in the body. */
export const INLINE_NODE_NAMES = ['text', 'hardBreak', 'footnote'] as const;

export const MARK_NAMES = [
  'bold',
  'italic',
  'underline',
  'strike',
  'subscript',
  'superscript',
  'link',
  'comment',
  'insertion',
  'deletion',
] as const;

/**
 * Review marks (issue 9): a comment's anchor and a suggested insertion or deletion. They carry ids
 * into `release.threads` or a suggestion, never formatting; what each export does with them is in
 * its own map.
 */
export const REVIEW_MARK_NAMES = ['comment', 'insertion', 'deletion'] as const;
export type ReviewMarkName = (typeof REVIEW_MARK_NAMES)[number];

export type NodeName = (typeof BLOCK_NODE_NAMES)[number] | (typeof INLINE_NODE_NAMES)[number];
export type MarkName = (typeof MARK_NAMES)[number];

/** Link targets allowed in a release: web, mail and phone. Everything else (javascript:, data:, file:) is refused. */
export const SAFE_LINK_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'] as const;

export function isSafeHref(href: string): boolean {
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.length > 2_048) return false;
  // Reject control characters and whitespace tricks such as "java\tscript:".
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  if (/[\u0000-\u001f\u007f\s]/.test(trimmed)) return false;
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === undefined || !(SAFE_LINK_PROTOCOLS as readonly string[]).includes(scheme)) return false;
  // Web links need a host: "https:" alone or "http:/x" is not a link anyone can follow.
  return scheme === 'mailto:' || scheme === 'tel:' ? trimmed.length > scheme.length : /^https?:\/\/[^/?#]+/i.test(trimmed);
}
