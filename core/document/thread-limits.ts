/**
 * The limits of review threads (format 1.5), apart from their zod schema (thread-schema.ts) so
 * that the renderer's comment code can check a text's length without bundling the validator.
 */

/** Most threads a release may carry, and comments per thread: far past any real review round. */
export const MAX_THREADS = 2_000;
export const MAX_COMMENTS_PER_THREAD = 500;
export const MAX_COMMENT_TEXT = 10_000;
export const MAX_QUOTE = 2_000;
