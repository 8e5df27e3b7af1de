/**
 * The names of snapshot files in a `.pressdesk` (history-entry.ts): `history/<sha256 of the file>.json`.
 * Apart from the schema, free of zod, so the renderer can use them without the file validator.
 */
export const HISTORY_DIR = 'history/';
export const HISTORY_FILE = /^history\/[0-9a-f]{64}\.json$/;

/** `history/<hash>.json` of a snapshot whose bytes hash to `hash`. */
export const historyFileName = (hash: string): string => `${HISTORY_DIR}${hash}.json`;

/** The sha256 a history file name carries, or null when it is not one. */
export function historyFileHash(name: string): string | null {
  return HISTORY_FILE.test(name) ? name.slice(HISTORY_DIR.length, HISTORY_DIR.length + 64) : null;
}
