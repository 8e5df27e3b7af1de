/**
 * What a font name says about the encoding of the text typed in it: the ABC fonts (`.VnTime`,
 * `.VnArial`, `.VnCentury Schoolbook`) are TCVN3, and a name ending in `H` (`.VnTimeH`,
 * `.VnArialH`) is their capitals font; `VNI-Times`, `VNI-Helve`, ... are VNI-Windows. Any other
 * font says nothing (Unicode fonts, or an unknown name: detection by the text decides).
 */
export type FontHint = { encoding: 'tcvn3'; capitals: boolean } | { encoding: 'vni' } | null;

/** The first family of a CSS `font-family` value (or a bare font name), unquoted. */
export function firstFamily(value: string): string {
  const first = value.split(',')[0] ?? '';
  return first.trim().replace(/^["']|["']$/gu, '').replace(/&quot;/gu, '').trim();
}

export function fontHint(fontName: string): FontHint {
  const name = firstFamily(fontName);
  if (/^\.vn[a-z]/iu.test(name)) return { encoding: 'tcvn3', capitals: /H$/u.test(name) };
  if (/^vni[- ]/iu.test(name)) return { encoding: 'vni' };
  return null;
}
