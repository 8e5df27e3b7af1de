/**
 * Unicode NFC for everything entering the model. Unikey's "Unicode tổ hợp" mode and some
 * Mac pastes produce decomposed Vietnamese, which breaks search, spell check and counts.
 */
import type { Release } from '../document/release';

export function toNfc(s: string): string {
  return s.normalize('NFC');
}

/**
 * Deep-normalises every string in a JSON-like value (object keys are schema names, left as they
 * are). Used on raw file content before validation, so zod's length limits see the final text.
 */
export function normalizeJson(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(normalizeJson);
  if (value !== null && typeof value === 'object') {
    // fromEntries defines own properties, so a "__proto__" key cannot swap the prototype.
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeJson(v)]));
  }
  return value;
}

/** The release with every string (metadata, body text, node and mark attrs) in NFC. */
export function normalizeRelease(r: Release): Release {
  return normalizeJson(r) as Release;
}
