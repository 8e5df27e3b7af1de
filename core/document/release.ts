/**
 * The release model: what a press officer writes, validated with zod on every load.
 * Pure data — no Electron, no DOM, no fs.
 */
import { z } from 'zod';
import { BLOCK_NODE_NAMES, INLINE_NODE_NAMES, MARK_NAMES, isSafeHref } from './schema-names';

/** Current file format version. Major bumps are refused by older readers; minors migrate. */
export const FORMAT_NAME = 'pressdesk';
export const FORMAT_VERSION = { major: 1, minor: 0 } as const;

export const RELEASE_KINDS = ['news', 'press', 'notice'] as const;
export const releaseKindSchema = z.enum(RELEASE_KINDS);
export type ReleaseKind = z.infer<typeof releaseKindSchema>;

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
  .strict();
export type ReleaseBody = z.infer<typeof bodySchema>;

/** ISO date `YYYY-MM-DD` (the dateline date; empty while not set). */
const isoDate = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]);

export const embargoSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('immediate') }).strict(),
  /** `at` is an ISO 8601 date-time with zone, e.g. 2026-12-01T09:00:00+07:00. */
  z.object({ mode: z.literal('until'), at: z.string().min(1).max(64) }).strict(),
]);
export type Embargo = z.infer<typeof embargoSchema>;

export const releaseSchema = z
  .object({
    kind: releaseKindSchema,
    headline: shortText,
    subhead: shortText,
    sapo: z.string().max(MAX_TEXT),
    dateline: z.object({ place: shortText, date: isoDate }).strict(),
    author: z.object({ penName: shortText }).strict(),
    contact: z.object({ name: shortText, phone: shortText, email: shortText }).strict(),
    embargo: embargoSchema,
    body: bodySchema,
    /** Places later issues fill: images (figures), review threads, sign-off. Empty for now. */
    assets: z.array(z.unknown()).max(0),
    threads: z.array(z.unknown()).max(0),
    approvals: z.array(z.unknown()).max(0),
  })
  .strict();
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

export function emptyBody(): ReleaseBody {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

/** A new, empty release of the given kind; the dateline place and pen name come from the profiles. */
export function createRelease(
  kind: ReleaseKind,
  defaults: { place?: string; penName?: string; today?: string } = {},
): Release {
  return {
    kind,
    headline: '',
    subhead: '',
    sapo: '',
    dateline: { place: defaults.place ?? '', date: defaults.today ?? '' },
    author: { penName: defaults.penName ?? '' },
    contact: { name: '', phone: '', email: '' },
    embargo: { mode: 'immediate' },
    body: emptyBody(),
    assets: [],
    threads: [],
    approvals: [],
  };
}
