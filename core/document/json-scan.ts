/**
 * A cheap look at JSON bytes before JSON.parse builds anything: one linear pass, constant memory,
 * counting nesting depth and containers/separators. A document that is too deep or has too many
 * values is refused here, so an 18-million-empty-arrays file costs a scan, not gigabytes of heap.
 * Strings are skipped (escapes included), so brackets inside text never count.
 */

export interface JsonLimits {
  /** Deepest nesting of arrays and objects. */
  maxDepth: number;
  /** Arrays, objects and separators (`,`) together: within a factor of two of the number of values. */
  maxValues: number;
}

export const JSON_LIMITS: Readonly<JsonLimits> = Object.freeze({
  // A release nests at most ~40 deep: the file's own 6 levels plus 4 per list level, and Word
  // allows 9 list levels. Nothing real comes near 100; V8's recursion stays far from its limit.
  maxDepth: 100,
  // The 20,000-word bench release counts 3,000; with a mark change on every word it would count
  // ~120,000. Reading, validating and hashing a release costs time in proportion: at 250,000 a
  // hostile file stays within the 5 s a reader may take on a loaded 2-core machine.
  maxValues: 250_000,
});

export type JsonScan =
  | { ok: true; depth: number; values: number }
  /** `depth`/`values`: past a limit; `unbalanced`: brackets do not pair up (JSON.parse would refuse it anyway). */
  | { ok: false; reason: 'depth' | 'values' | 'unbalanced' };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const COMMA = 0x2c;

/** Scans UTF-8 JSON bytes: the structural characters are ASCII, and no byte of a multi-byte sequence is. */
export function scanJson(bytes: Uint8Array, limits: JsonLimits = JSON_LIMITS): JsonScan {
  const length = bytes.length;
  let depth = 0;
  let maxDepth = 0;
  let values = 0;
  let inString = false;
  for (let i = 0; i < length; i++) {
    const c = bytes[i]!;
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
      continue;
    }
    if (c === QUOTE) inString = true;
    else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      if (++depth > limits.maxDepth) return { ok: false, reason: 'depth' };
      if (depth > maxDepth) maxDepth = depth;
      if (++values > limits.maxValues) return { ok: false, reason: 'values' };
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      if (--depth < 0) return { ok: false, reason: 'unbalanced' };
    } else if (c === COMMA) {
      if (++values > limits.maxValues) return { ok: false, reason: 'values' };
    }
  }
  if (depth !== 0 || inString) return { ok: false, reason: 'unbalanced' };
  return { ok: true, depth: maxDepth, values };
}

/** The same scan of JSON text (a trusted-approvers list read as a string). */
export function scanJsonText(text: string, limits: JsonLimits = JSON_LIMITS): JsonScan {
  return scanJson(new TextEncoder().encode(text), limits);
}

/**
 * Whether a value already in memory (a request from the renderer, which IPC or the host's
 * JSON.parse built) nests arrays and objects deeper than `maxDepth`. Iterative, so a hostile
 * 100,000-deep request is answered here instead of overflowing the stack of the recursive
 * validators after it; byte arrays count as leaves.
 */
export function nestsDeeperThan(value: unknown, maxDepth: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object' || ArrayBuffer.isView(current) || current instanceof ArrayBuffer) continue;
    if (depth + 1 > maxDepth) return true;
    for (const child of Array.isArray(current) ? current : Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}
