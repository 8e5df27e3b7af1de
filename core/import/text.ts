/**
 * Plain text and Markdown into a new release. Both: the BOM is stripped, CRLF/CR line ends
 * accepted, text put in NFC; the first non-empty line is the headline; paragraphs are separated
 * by blank lines.
 * - Plain text: a single line break inside a paragraph is kept as a hard break.
 * - Markdown (the common subset an officer meets): `#` on the first line stripped, `##` and
 *   `###`+ headings, `**bold**`/`__bold__`, `*italic*`/`_italic_`, `[text](url)` links (only
 *   targets isSafeHref accepts; otherwise the text stays without the link), `- `/`* `/`+ ` and
 *   `1. `/`1) ` lists (nesting by indentation), `> ` quotes, backslash escapes, inline code as
 *   text; images are dropped (no bytes to import).
 */
import type { PmNode, Release, ReleaseKind } from '../document/release';
import { isSafeHref } from '../document/schema-names';
import { InlineBuilder, cleanImportedText, finishRelease, paragraphNode, type Mark } from './build';

function lines(text: string): string[] {
  return cleanImportedText(text).split(/\r\n|\r|\n/);
}

/** Splits off the first non-empty line (the headline) from the rest. */
function headlineAndRest(all: string[]): { headline: string; rest: string[] } {
  const first = all.findIndex((l) => l.trim() !== '');
  if (first < 0) return { headline: '', rest: [] };
  return { headline: all[first]!.trim(), rest: all.slice(first + 1) };
}

/** Blank-line separated groups of lines. */
function groups(all: string[]): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const line of all) {
    if (line.trim() === '') {
      if (current.length > 0) out.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) out.push(current);
  return out;
}

export function importPlainText(text: string, kind: ReleaseKind): Release {
  const { headline, rest } = headlineAndRest(lines(text));
  const blocks = groups(rest).map((group) => {
    const inline = new InlineBuilder();
    group.forEach((line, i) => {
      if (i > 0) inline.hardBreak();
      inline.text(line.replace(/\s+/g, ' ').trim());
    });
    return paragraphNode(inline.finish());
  });
  return finishRelease({ kind, headline, blocks });
}

// ---- Markdown -------------------------------------------------------------------------------

const BOLD: Mark = { type: 'bold' };
const ITALIC: Mark = { type: 'italic' };

/** Parses Markdown inline syntax into `out` with the marks in force. */
function parseInline(src: string, marks: readonly Mark[], out: InlineBuilder): void {
  let i = 0;
  let plain = '';
  const flush = (): void => {
    out.text(plain, marks);
    plain = '';
  };
  while (i < src.length) {
    const ch = src[i]!;
    const next = src[i + 1];
    if (ch === '\\' && next !== undefined && /[\\`*_{}[\]()#+\-.!>~|]/.test(next)) {
      plain += next;
      i += 2;
      continue;
    }
    if (ch === '`') {
      const end = src.indexOf('`', i + 1);
      if (end > i) {
        plain += src.slice(i + 1, end);
        i = end + 1;
        continue;
      }
    }
    if ((ch === '*' || ch === '_') && next === ch) {
      const end = src.indexOf(ch + ch, i + 2);
      if (end > i + 2) {
        flush();
        parseInline(src.slice(i + 2, end), addMark(marks, BOLD), out);
        i = end + 2;
        continue;
      }
    }
    if (ch === '*' || ch === '_') {
      const wordBefore = i > 0 && /[\p{L}\p{N}]/u.test(src[i - 1]!);
      const end = findSingle(src, ch, i + 1);
      if (end > i + 1 && !(ch === '_' && wordBefore) && next !== ' ') {
        flush();
        parseInline(src.slice(i + 1, end), addMark(marks, ITALIC), out);
        i = end + 1;
        continue;
      }
    }
    if (ch === '!' && next === '[') {
      const link = parseLink(src, i + 1);
      if (link) {
        i = link.end; // images are dropped: there are no bytes to import
        continue;
      }
    }
    if (ch === '[') {
      const link = parseLink(src, i);
      if (link) {
        flush();
        const href = link.href;
        parseInline(link.text, isSafeHref(href) ? addMark(marks, { type: 'link', attrs: { href } }) : marks, out);
        i = link.end;
        continue;
      }
    }
    plain += ch;
    i++;
  }
  flush();
}

function addMark(marks: readonly Mark[], mark: Mark): Mark[] {
  return [...marks.filter((m) => m.type !== mark.type), mark];
}

/** The closing single delimiter (not part of a double one, not after a space). */
function findSingle(src: string, ch: string, from: number): number {
  for (let j = from; j < src.length; j++) {
    if (src[j] === '\\') j++;
    else if (src[j] === ch) {
      if (src[j + 1] === ch) j++;
      else if (src[j - 1] !== ' ' && !(ch === '_' && /[\p{L}\p{N}]/u.test(src[j + 1] ?? ''))) return j;
    }
  }
  return -1;
}

/** `[text](url "title")` at `start` (the "["), or null. */
function parseLink(src: string, start: number): { text: string; href: string; end: number } | null {
  let depth = 0;
  let close = -1;
  for (let j = start; j < src.length; j++) {
    if (src[j] === '\\') j++;
    else if (src[j] === '[') depth++;
    else if (src[j] === ']' && --depth === 0) {
      close = j;
      break;
    }
  }
  if (close < 0 || src[close + 1] !== '(') return null;
  let end = -1;
  for (let j = close + 2, parens = 0; j < src.length; j++) {
    if (src[j] === '(') parens++;
    else if (src[j] === ')' && parens-- === 0) {
      end = j;
      break;
    }
  }
  if (end < 0) return null;
  let target = src.slice(close + 2, end).trim();
  target = target.replace(/\s+("[^"]*"|'[^']*')$/, '').trim();
  if (target.startsWith('<') && target.endsWith('>')) target = target.slice(1, -1);
  return { text: src.slice(start + 1, close), href: target, end: end + 1 };
}

function inlineNodes(text: string): PmNode[] {
  const out = new InlineBuilder();
  // A line ending in two spaces or a backslash is a hard break; other line breaks are spaces.
  const parts = text.split(/(?: {2,}|\\)\n/);
  parts.forEach((part, i) => {
    if (i > 0) out.hardBreak();
    parseInline(part.replace(/\s*\n\s*/g, ' '), [], out);
  });
  return out.finish();
}

const LIST_ITEM = /^(\s*)([-*+]|\d{1,9}[.)])\s+(.*)$/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;

/** Parses Markdown blocks from lines (used for the document and, recursively, quotes and items). */
function parseBlocks(src: string[]): PmNode[] {
  const blocks: PmNode[] = [];
  let i = 0;
  while (i < src.length) {
    const line = src[i]!;
    if (line.trim() === '') {
      i++;
      continue;
    }
    const heading = HEADING.exec(line.trim());
    if (heading && line.search(/\S/) < 4) {
      const content = inlineNodes(heading[2]!);
      if (content.length > 0) blocks.push({ type: 'heading', attrs: { level: heading[1]!.length <= 2 ? 2 : 3 }, content });
      i++;
      continue;
    }
    if (/^\s{0,3}>/.test(line)) {
      const quoted: string[] = [];
      while (i < src.length && /^\s{0,3}>/.test(src[i]!)) quoted.push(src[i++]!.replace(/^\s{0,3}> ?/, ''));
      const inner = parseBlocks(quoted);
      if (inner.length > 0) blocks.push({ type: 'blockquote', content: inner });
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      i++; // a thematic break: the schema has no rule node
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item && item[1]!.length < 4) {
      const ordered = /\d/.test(item[2]!);
      const indent = item[1]!.length;
      const items: PmNode[] = [];
      while (i < src.length) {
        const m = LIST_ITEM.exec(src[i]!);
        if (!m || m[1]!.length !== indent || /\d/.test(m[2]!) !== ordered) break;
        const body = [m[3]!];
        i++;
        // Continuation: indented lines (nested lists, lazy continuation) until a blank line or a sibling.
        while (i < src.length && src[i]!.trim() !== '') {
          const sibling = LIST_ITEM.exec(src[i]!);
          if (sibling && sibling[1]!.length <= indent) break;
          body.push(src[i]!.slice(Math.min(indent + 2, src[i]!.search(/\S/))));
          i++;
        }
        const inner = parseBlocks(body);
        if (inner[0]?.type !== 'paragraph') inner.unshift({ type: 'paragraph' });
        items.push({ type: 'listItem', content: inner });
        while (i < src.length && src[i]!.trim() === '' && LIST_ITEM.exec(src[i + 1] ?? '')?.[1]?.length === indent) i++;
      }
      const start = ordered ? parseInt(item[2]!, 10) : 1;
      blocks.push(ordered ? { type: 'orderedList', attrs: { start }, content: items } : { type: 'bulletList', content: items });
      continue;
    }
    const para: string[] = [];
    while (i < src.length && src[i]!.trim() !== '' && (para.length === 0 || !isBlockStart(src[i]!))) para.push(src[i++]!);
    const content = inlineNodes(para.join('\n'));
    if (content.length > 0) blocks.push(paragraphNode(content));
  }
  return blocks;
}

function isBlockStart(line: string): boolean {
  return HEADING.test(line.trim()) || /^\s{0,3}>/.test(line) || /^\s{0,3}([-*+]|\d{1,9}[.)])\s+/.test(line);
}

export function importMarkdown(text: string, kind: ReleaseKind): Release {
  const { headline, rest } = headlineAndRest(lines(text));
  const plainHeadline = new InlineBuilder();
  parseInline(headline.replace(/^#{1,6}\s+/, '').replace(/\s+#+\s*$/, ''), [], plainHeadline);
  const headlineText = plainHeadline.nodes.map((n) => n.text ?? '').join('');
  return finishRelease({ kind, headline: headlineText, blocks: parseBlocks(rest) });
}
