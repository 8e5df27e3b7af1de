/**
 * Review threads (format 1.5, issue 9): `release.threads`. A thread is anchored by the `comment`
 * marks in the body that carry its id, or is general (on the whole release, no anchor). Plain
 * data, keyed by id, so a later shared-editing engine can sync it as it is. The pure operations
 * on threads are in core/review/threads.ts.
 */
import { z } from 'zod';
import { REVIEW_ID_PATTERN } from './body-schema';
import { MAX_COMMENT_TEXT, MAX_COMMENTS_PER_THREAD, MAX_QUOTE, MAX_THREADS } from './thread-limits';

export { MAX_COMMENT_TEXT, MAX_COMMENTS_PER_THREAD, MAX_QUOTE, MAX_THREADS } from './thread-limits';

/** ISO 8601 date-time with a zone, as the workflow log writes it. */
const isoTime = z
  .string()
  .max(64)
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/);

export const reviewIdSchema = z.string().regex(REVIEW_ID_PATTERN);

/** Who wrote a comment or resolved a thread: the profile's name and initials, and the installation's key fingerprint ('' if none, e.g. from Word). */
export const personSchema = z
  .object({
    name: z.string().max(200),
    initials: z.string().max(8),
    fingerprint: z.union([z.literal(''), z.string().regex(/^[0-9a-f]{64}$/)]),
  })
  .strict();
export type Person = z.infer<typeof personSchema>;

export const commentSchema = z
  .object({
    id: reviewIdSchema,
    by: personSchema,
    at: isoTime,
    text: z.string().max(MAX_COMMENT_TEXT),
    /** When its author last changed the text; null if never. */
    edited: isoTime.nullable(),
  })
  .strict();
export type Comment = z.infer<typeof commentSchema>;

export const threadSchema = z
  .object({
    id: reviewIdSchema,
    /** On the whole release: no anchor in the body. */
    general: z.boolean(),
    /** The anchored text when the thread was made ('' for a general one); shown once the text is gone. */
    quote: z.string().max(MAX_QUOTE),
    resolved: z.object({ by: personSchema, at: isoTime }).strict().nullable(),
    comments: z.array(commentSchema).min(1).max(MAX_COMMENTS_PER_THREAD),
  })
  .strict();
export type Thread = z.infer<typeof threadSchema>;

/** The threads of a release: ids unique. */
export const threadsSchema = z
  .array(threadSchema)
  .max(MAX_THREADS)
  .superRefine((threads, ctx) => {
    const seen = new Set<string>();
    for (const [i, thread] of threads.entries()) {
      if (seen.has(thread.id)) ctx.addIssue({ code: 'custom', message: `thread listed twice: ${thread.id}`, path: [i, 'id'] });
      seen.add(thread.id);
    }
  });
