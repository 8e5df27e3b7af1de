/**
 * Pasted HTML (Word, portals) carries inline `style` attributes and <style> blocks. Parsed as they
 * are, every one is a "violates style-src 'self'" report under our CSP. Before ProseMirror parses
 * the paste they are renamed, not dropped: the declarations stay readable to later stages (list
 * and font information, e.g. for legacy-encoding detection) as `data-pasted-style` attributes and
 * <template data-pasted-css> blocks, which the CSP ignores and the schema never shows. A single
 * linear scan, no backtracking regex over hostile input.
 */
const NAME_END = /[\s/>=]/u;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[a-zA-Z]/u.test(ch);
}

export function neutralizeInlineStyles(html: string): string {
  let out = '';
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    i = lt;
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      const stop = end === -1 ? n : end + 3;
      out += html.slice(i, stop);
      i = stop;
      continue;
    }
    const closing = html[i + 1] === '/';
    const nameStart = i + (closing ? 2 : 1);
    if (!isLetter(html[nameStart])) {
      out += '<';
      i++;
      continue;
    }
    let j = nameStart;
    while (j < n && !NAME_END.test(html[j]!)) j++;
    const name = html.slice(nameStart, j);
    if (name.toLowerCase() === 'style') out += closing ? '</template' : '<template data-pasted-css';
    else out += html.slice(i, j);
    i = j;
    // Attributes up to the tag's end; quoted values are copied whole (they may hold '>').
    while (i < n && html[i] !== '>') {
      const ch = html[i]!;
      if (ch === '"' || ch === "'") {
        const end = html.indexOf(ch, i + 1);
        const stop = end === -1 ? n : end + 1;
        out += html.slice(i, stop);
        i = stop;
      } else if (/[^\s/=]/u.test(ch) && /[\s"'/]/u.test(html[i - 1] ?? ' ')) {
        let k = i;
        while (k < n && !NAME_END.test(html[k]!)) k++;
        const attr = html.slice(i, k);
        out += attr.toLowerCase() === 'style' ? 'data-pasted-style' : attr;
        i = k;
      } else {
        out += ch;
        i++;
      }
    }
    if (i < n) {
      out += '>';
      i++;
    }
  }
  return out;
}
