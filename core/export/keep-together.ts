/**
 * Keep the last two words of a centred header or summary line together, so a long name never wraps
 * to a lone last word ("…Tỉnh ủy Điện / Biên"): the space between them becomes a no-break space
 * (U+00A0), which Word, LibreOffice and browsers all honour. Each line of a multi-line text alike.
 */
export function keepLastTwoWords(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/(\S) +(\S+\s*)$/u, '$1\u00a0$2'))
    .join('\n');
}
