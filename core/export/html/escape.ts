/**
 * Text and attribute escaping for the HTML exporters. Every string on its way into HTML passes
 * through here: soft hyphens (&shy;), control characters and lone surrogates are removed and the
 * result is NFC. The soft hyphen is stripped only on output — imports keep U+00AD (it is TCVN3's
 * "ư" until the legacy-encoding converter has run).
 */

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const UNWANTED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Printable ASCII with nothing to escape (base64 image data, most URLs): returned as it is. */
const PLAIN = /^[\x20-\x21\x23-\x25\x28-\x3b\x3d\x3f-\x7e]*$/;

/** The text with soft hyphens, control characters and lone surrogates removed, in NFC. */
export function cleanText(text: string): string {
  if (PLAIN.test(text)) return text;
  return text.replace(UNWANTED, '').normalize('NFC');
}

/** Text content: `&`, `<`, `>` escaped. */
export function escapeText(text: string): string {
  if (PLAIN.test(text)) return text;
  return cleanText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A double-quoted attribute value: `&`, `<`, `>`, `"`, `'` escaped. */
export function escapeAttr(value: string): string {
  if (PLAIN.test(value)) return value;
  return escapeText(value).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Text with line breaks turned into `<br>` (for metadata fields such as the sapo). */
export function escapeMultiline(text: string): string {
  return cleanText(text)
    .split(/\r\n|\r|\n/)
    .map((line) => escapeText(line))
    .join('<br>');
}

/** A link target as written into href: trimmed, with the characters URLs may not hold percent-encoded. */
export function hrefForHtml(href: string): string {
  return href.trim().replace(/["<>\\^`{|}]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
