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
import { IMPORT_STRUCTURE_LIMITS, ImportTooComplexError, checkChildren } from './limits';

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

/**
 * Parses Markdown inline syntax into `out` with the marks in force. Linear in `src` per nesting
 * level: the closer a delimiter search found (or that there is none) is remembered, so a line of a
 * million `*`, `_` or `[` is not rescanned from each of them.
 */
function parseInline(src: string, marks: readonly Mark[], out: InlineBuilder, depth = 0): void {
  if (depth > IMPORT_STRUCTURE_LIMITS.maxInlineDepth) throw new ImportTooComplexError('markdown-depth');
  let i = 0;
  /** Plain text is taken as slices of src (from runStart), not a character at a time. */
  let runStart = 0;
  let pieces: string[] = [];
  const take = (end: number): void => {
    if (end > runStart) pieces.push(src.slice(runStart, end));
  };
  const flush = (): void => {
    take(i);
    out.text(pieces.join(''), marks);
    pieces = [];
  };
  /**
   * Per delimiter, the last search: a search from anywhere between its start and what it found
   * finds the same closer (or, when it found none, none), so it is not run again.
   */
  const last = new Map<string, { from: number; found: number }>();
  const search = (key: string, from: number, find: () => number): number => {
    const known = last.get(key);
    if (known && from >= known.from && (known.found < 0 || from <= known.found)) return known.found;
    const found = find();
    last.set(key, { from, found });
    return found;
  };
  let links: BracketMatches | null = null;
  const matches = (): BracketMatches => (links ??= bracketMatches(src));
  while (i < src.length) {
    const ch = src[i]!;
    if (!INLINE_SPECIAL.has(ch)) {
      i++;
      continue;
    }
    const next = src[i + 1];
    if (ch === '\\' && next !== undefined && /[\\`*_{}[\]()#+\-.!>~|]/.test(next)) {
      take(i);
      pieces.push(next);
      runStart = i += 2;
      continue;
    }
    if (ch === '`') {
      const end = search('`', i + 1, () => src.indexOf('`', i + 1));
      if (end > i) {
        take(i);
        pieces.push(src.slice(i + 1, end));
        runStart = i = end + 1;
        continue;
      }
    }
    if ((ch === '*' || ch === '_') && next === ch) {
      const end = search(ch + ch, i + 2, () => src.indexOf(ch + ch, i + 2));
      if (end > i + 2) {
        flush();
        parseInline(src.slice(i + 2, end), addMark(marks, BOLD), out, depth + 1);
        runStart = i = end + 2;
        continue;
      }
    }
    if (ch === '*' || ch === '_') {
      const wordBefore = i > 0 && /[\p{L}\p{N}]/u.test(src[i - 1]!);
      const end = search(ch, i + 1, () => findSingle(src, ch, i + 1));
      if (end > i + 1 && !(ch === '_' && wordBefore) && next !== ' ') {
        flush();
        parseInline(src.slice(i + 1, end), addMark(marks, ITALIC), out, depth + 1);
        runStart = i = end + 1;
        continue;
      }
    }
    if (ch === '!' && next === '[') {
      const link = parseLink(src, i + 1, matches());
      if (link) {
        take(i);
        runStart = i = link.end; // images are dropped: there are no bytes to import
        continue;
      }
    }
    if (ch === '[') {
      const link = parseLink(src, i, matches());
      if (link) {
        flush();
        const href = link.href;
        parseInline(link.text, isSafeHref(href) ? addMark(marks, { type: 'link', attrs: { href } }) : marks, out, depth + 1);
        runStart = i = link.end;
        continue;
      }
    }
    i++;
  }
  flush();
}

/** The characters that may start inline syntax; everything else is plain text. */
const INLINE_SPECIAL = new Set(['\\', '`', '*', '_', '!', '[']);

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

interface BracketMatches {
  /** For a `[`, its matching `]` (backslash escapes skipped); -1 when none. */
  square: Int32Array;
  /** For a `(`, its matching `)` (no escapes: a URL keeps its backslashes); -1 when none. */
  round: Int32Array;
}

/** Every bracket's partner in one pass with a stack, instead of a scan to the end from each. */
function bracketMatches(src: string): BracketMatches {
  const square = new Int32Array(src.length).fill(-1);
  const round = new Int32Array(src.length).fill(-1);
  const squares: number[] = [];
  const rounds: number[] = [];
  let escaped = false;
  for (let j = 0; j < src.length; j++) {
    const c = src[j];
    if (c === '(') rounds.push(j);
    else if (c === ')' && rounds.length > 0) round[rounds.pop()!] = j;
    if (escaped) escaped = false;
    else if (c === '\\') escaped = true;
    else if (c === '[') squares.push(j);
    else if (c === ']' && squares.length > 0) square[squares.pop()!] = j;
  }
  return { square, round };
}

/** `[text](url "title")` at `start` (the "["), or null. */
function parseLink(src: string, start: number, matches: BracketMatches): { text: string; href: string; end: number } | null {
  const close = matches.square[start] ?? -1;
  if (close < 0 || src[close + 1] !== '(') return null;
  const end = matches.round[close + 1] ?? -1;
  if (end < 0) return null;
  let target = src.slice(close + 2, end).trim();
  target = target.replace(/\s+("[^"]*"|'[^']*')$/, '').trim();
  if (target.startsWith('<') && target.endsWith('>')) target = target.slice(1, -1);
  return { text: src.slice(start + 1, close), href: target, end: end + 1 };
}

function inlineNodes(text: string): PmNode[] {
  const out = new InlineBuilder();
  // A line ending in two spaces or a backslash is a hard break; other line breaks are spaces.
  // By hand, not split(/ {2,}\n/): that regex rescans a long run of spaces from each of them.
  const lines = text.split('\n');
  let part: string[] = [];
  let first = true;
  lines.forEach((line, i) => {
    let end = line.length;
    if (i < lines.length - 1) {
      if (line.endsWith('\\')) end--;
      else if (line.endsWith('  ')) while (end > 0 && line[end - 1] === ' ') end--;
    }
    part.push(line.slice(0, end));
    if (end === line.length && i < lines.length - 1) return;
    if (!first) out.hardBreak();
    first = false;
    parseInline(joinLines(part.join('\n')), [], out);
    part = [];
  });
  return out.finish();
}

/** Lines run together with one space, trimmed where they meet (by hand: a whitespace regex around the break backtracks on long blank runs). */
function joinLines(text: string): string {
  const parts = text.split('\n');
  return parts.map((p, i) => (i > 0 ? p.trimStart() : p)).map((p, i) => (i < parts.length - 1 ? p.trimEnd() : p)).join(' ');
}

/** A list item's indentation and marker; the content is the rest of the line (no `(.*)$`: that would reread it at every level). */
const LIST_ITEM = /^(\s*)([-*+]|\d{1,9}[.)])\s+/;
const listItem = (line: string): { indent: number; marker: string; content: string } | null => {
  const m = LIST_ITEM.exec(line);
  return m ? { indent: m[1]!.length, marker: m[2]!, content: line.slice(m[0].length) } : null;
};

/** An ATX heading (`## Title ##`) of a trimmed line, by hand: the regex form backtracks on long runs of spaces or `#`. */
function heading(trimmed: string): { level: number; text: string } | null {
  let level = 0;
  while (level < trimmed.length && trimmed[level] === '#') level++;
  if (level < 1 || level > 6 || !/\s/.test(trimmed[level] ?? '')) return null;
  let end = trimmed.length;
  while (end > level && trimmed[end - 1] === '#') end--;
  return { level, text: trimmed.slice(level, end).trim() };
}

/** `Title ##` -> `Title` (the hashes must follow whitespace), by hand for the same reason. */
function withoutClosingHashes(line: string): string {
  const trimmed = line.trimEnd();
  let end = trimmed.length;
  while (end > 0 && trimmed[end - 1] === '#') end--;
  return end < trimmed.length && end > 0 && /\s/.test(trimmed[end - 1]!) ? trimmed.slice(0, end).trimEnd() : line;
}

const QUOTE = /^\s{0,3}> ?/;

interface ParseBudget {
  /** Line readings left (each nested block reads its lines again). */
  reads: number;
}

/** Parses Markdown blocks from lines (used for the document and, recursively, quotes and items). */
function parseBlocks(src: string[], budget: ParseBudget, depth = 0): PmNode[] {
  if (depth > IMPORT_STRUCTURE_LIMITS.maxMarkdownDepth) throw new ImportTooComplexError('markdown-depth');
  budget.reads -= src.length;
  if (budget.reads < 0) throw new ImportTooComplexError('markdown-work');
  const blocks: PmNode[] = [];
  let i = 0;
  while (i < src.length) {
    checkChildren(blocks.length);
    const line = src[i]!;
    if (line.trim() === '') {
      i++;
      continue;
    }
    const title = heading(line.trim());
    if (title && line.search(/\S/) < 4) {
      const content = inlineNodes(title.text);
      if (content.length > 0) blocks.push({ type: 'heading', attrs: { level: title.level <= 2 ? 2 : 3 }, content });
      i++;
      continue;
    }
    if (/^\s{0,3}>/.test(line)) {
      const quoted: string[] = [];
      for (let m = QUOTE.exec(src[i]!); m !== null; m = i < src.length ? QUOTE.exec(src[i]!) : null) quoted.push(src[i++]!.slice(m[0].length));
      const inner = parseBlocks(quoted, budget, depth + 1);
      if (inner.length > 0) blocks.push({ type: 'blockquote', content: inner });
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      i++; // a thematic break: the schema has no rule node
      continue;
    }
    const item = listItem(line);
    if (item && item.indent < 4) {
      const ordered = /\d/.test(item.marker);
      const indent = item.indent;
      const items: PmNode[] = [];
      while (i < src.length) {
        checkChildren(items.length);
        const m = listItem(src[i]!);
        if (!m || m.indent !== indent || /\d/.test(m.marker) !== ordered) break;
        const body = [m.content];
        i++;
        // Continuation: indented lines (nested lists, lazy continuation) until a blank line or a sibling.
        while (i < src.length && src[i]!.trim() !== '') {
          const sibling = listItem(src[i]!);
          if (sibling && sibling.indent <= indent) break;
          body.push(src[i]!.slice(Math.min(indent + 2, src[i]!.search(/\S/))));
          i++;
        }
        const inner = parseBlocks(body, budget, depth + 1);
        if (inner[0]?.type !== 'paragraph') inner.unshift({ type: 'paragraph' });
        items.push({ type: 'listItem', content: inner });
        while (i < src.length && src[i]!.trim() === '' && listItem(src[i + 1] ?? '')?.indent === indent) i++;
      }
      const start = ordered ? parseInt(item.marker, 10) : 1;
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
  return heading(line.trim()) !== null || QUOTE.test(line) || /^\s{0,3}([-*+]|\d{1,9}[.)])\s+/.test(line);
}

export function importMarkdown(text: string, kind: ReleaseKind): Release {
  const { headline, rest } = headlineAndRest(lines(text));
  const plainHeadline = new InlineBuilder();
  parseInline(withoutClosingHashes(headline.replace(/^#{1,6}\s+/, '')), [], plainHeadline);
  const headlineText = plainHeadline.nodes.map((n) => n.text ?? '').join('');
  const { markdownLineReadsPerLine: perLine, markdownLineReadsAllowance: allowance } = IMPORT_STRUCTURE_LIMITS;
  const budget: ParseBudget = { reads: rest.length * perLine + allowance };
  return finishRelease({ kind, headline: headlineText, blocks: parseBlocks(rest, budget) });
}
