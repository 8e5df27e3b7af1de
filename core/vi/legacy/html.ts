/**
 * Legacy encodings in pasted or imported HTML (Word's clipboard, a saved page, mammoth's output
 * with fonts kept), repaired before anything else reads the HTML: sanitisers strip U+00AD, which
 * is TCVN3's `ư`. One linear scan over the markup: each text run gets the font in force there
 * (inline `font-family`, `<font face>`, or a class rule in the page's `<style>`) and the block it
 * belongs to. A run in a `.Vn*` or `VNI-*` font is decoded by its font; the other runs of a block
 * are judged together by their text (core/vi/legacy/detect.ts). Only changed text is rewritten;
 * tags, attributes and comments are copied as they are.
 */
import { addToReport, couldBe, decodeLegacy, decodeParagraphs, type LegacyEncoding, type LegacyReport } from './detect';
import { firstFamily, fontHint, type FontHint } from './font-hint';

/** Latin-1's named entities from U+00A0 on (Word writes some: `&shy;`, `&nbsp;`), in code order. */
const LATIN1 = (
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro ' +
  'para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil ' +
  'Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave ' +
  'Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml ' +
  'igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml'
).split(' ');
const NAMED = new Map<string, string>([['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"]]);
LATIN1.forEach((name, i) => NAMED.set(name, String.fromCharCode(0xa0 + i)));

function decodeEntities(raw: string): string {
  return raw.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,8});/giu, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED.get(body) ?? whole;
  });
}

const escapeText = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/\u00a0/gu, '&nbsp;');

const BLOCK = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'tr', 'table', 'blockquote', 'pre', 'ul', 'ol', 'body', 'br', 'figcaption', 'figure', 'section', 'article', 'header', 'footer', 'dt', 'dd', 'caption', 'title']);
const VOID = new Set(['br', 'img', 'hr', 'meta', 'link', 'input', 'col', 'area', 'base', 'wbr', 'source', 'embed', 'param', 'track']);
const RAW_TEXT = new Set(['style', 'script', 'template', 'textarea', 'xmp']);
/** How far down the open elements a close tag is looked for (see the scan). */
const CLOSE_SEARCH = 256;

/** Class and element rules of the page's <style> blocks that name a font: `p.MsoNormal` -> `.VnTime`. */
function fontRules(html: string): Map<string, string> {
  const rules = new Map<string, string>();
  // One pass from <style to its </style>; without a closer there is no block to read (never a
  // rescan to the end from every later <style, which made this quadratic on hostile input).
  const styles: string[] = [];
  const open = /<style/giu;
  const closer = /<\/style>/giu;
  for (let found = open.exec(html); found !== null; found = open.exec(html)) {
    closer.lastIndex = found.index;
    const end = closer.exec(html);
    if (end === null) break;
    styles.push(html.slice(found.index, end.index + end[0].length));
    open.lastIndex = end.index + end[0].length;
  }
  for (const block of styles) {
    for (const rule of block.replace(/<!--|-->|<\/?style[^>]*>/giu, '').split('}')) {
      const [selectors, body] = rule.split('{');
      const family = /(?:^|;)\s*font-family\s*:\s*([^;]+)/iu.exec(body ?? '')?.[1];
      if (!selectors || !family) continue;
      for (const sel of selectors.split(',')) rules.set(sel.trim().toLowerCase(), firstFamily(family));
    }
  }
  return rules;
}

/** The font an element's own markup names, if any. */
function elementFont(name: string, attrs: string, rules: Map<string, string>): string | null {
  const style = /\b(?:data-pasted-)?style\s*=\s*("[^"]*"|'[^']*')/iu.exec(attrs)?.[1];
  const inline = style ? /(?:^|[;"'])\s*font-family\s*:\s*([^;]+)/iu.exec(decodeEntities(style.slice(1, -1)))?.[1] : undefined;
  if (inline) return firstFamily(inline);
  const face = name === 'font' ? /\bface\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/iu.exec(attrs)?.[1] : undefined;
  if (face) return firstFamily(face.replace(/^["']|["']$/gu, ''));
  const cls = /\bclass\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/iu.exec(attrs)?.[1]?.replace(/^["']|["']$/gu, '');
  for (const c of (cls ?? '').split(/\s+/u).filter(Boolean)) {
    const found = rules.get(`${name}.${c}`.toLowerCase()) ?? rules.get(`.${c}`.toLowerCase());
    if (found) return found;
  }
  return rules.get(name) ?? null;
}

interface TextRun {
  start: number;
  end: number;
  text: string;
  hint: FontHint;
  block: number;
}

/** HTML with its legacy-encoded text in Unicode, and what was converted (paragraphs per encoding). */
export function convertLegacyHtml(html: string): { html: string; report: LegacyReport } {
  const rules = fontRules(html);
  const runs: TextRun[] = [];
  const stack: { name: string; font: string | null }[] = [];
  let block = 0;
  let i = 0;
  const n = html.length;
  const font = (): string | null => stack.at(-1)?.font ?? null;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i) {
      const text = decodeEntities(html.slice(i, textEnd));
      const family = font();
      runs.push({ start: i, end: textEnd, text, hint: family ? fontHint(family) : null, block });
    }
    if (lt === -1) break;
    i = lt;
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end === -1 ? n : end + 3;
      continue;
    }
    const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/u.exec(html.slice(i, i + 64));
    if (!m) {
      // A lone '<' is text.
      runs.push({ start: i, end: i + 1, text: '<', hint: null, block });
      i++;
      continue;
    }
    const close = tagEnd(html, i);
    const name = m[2]!.toLowerCase();
    const attrs = html.slice(i + m[0].length, close);
    i = close + 1;
    if (BLOCK.has(name)) block++;
    if (m[1] === '/') {
      // Searched from the top and only so far: a close tag matches near the top in real markup,
      // and hostile markup (200,000 unclosed elements, then as many stray closes) stays linear.
      for (let at = stack.length - 1; at >= Math.max(0, stack.length - CLOSE_SEARCH); at--) {
        if (stack[at]!.name === name) {
          stack.length = at;
          break;
        }
      }
      continue;
    }
    if (RAW_TEXT.has(name)) {
      const closer = new RegExp(`</${name}`, 'giu');
      closer.lastIndex = i;
      i = closer.exec(html)?.index ?? n;
      continue;
    }
    if (VOID.has(name) || attrs.endsWith('/')) continue;
    stack.push({ name, font: elementFont(name, attrs, rules) ?? font() });
  }
  const report: LegacyReport = {};
  const decoded = decodeRuns(runs, report);
  let out = '';
  let at = 0;
  runs.forEach((run, k) => {
    if (decoded[k] === run.text) return;
    out += html.slice(at, run.start) + escapeText(decoded[k]!);
    at = run.end;
  });
  return { html: out + html.slice(at), report };
}

/** Where a tag ends: the next '>' outside quoted attribute values. */
function tagEnd(html: string, from: number): number {
  let quote = '';
  for (let k = from + 1; k < html.length; k++) {
    const ch = html[k]!;
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return k;
  }
  return html.length - 1;
}

/** Each run decoded: by its font where it has a legacy one, else by its block's text. */
function decodeRuns(runs: readonly TextRun[], report: LegacyReport): string[] {
  const out = runs.map((r) => r.text);
  const blocks = new Map<number, number[]>();
  runs.forEach((run, k) => {
    const list = blocks.get(run.block) ?? [];
    list.push(k);
    blocks.set(run.block, list);
  });
  const unhinted: { ids: number[]; text: string }[] = [];
  for (const ids of blocks.values()) {
    const byFont = new Set<LegacyEncoding>();
    const rest: number[] = [];
    for (const k of ids) {
      const { hint, text } = runs[k]!;
      if (hint && couldBe(text, hint.encoding)) {
        out[k] = decodeLegacy(text, hint.encoding, { capitals: hint.encoding === 'tcvn3' && hint.capitals });
        if (out[k] !== text) byFont.add(hint.encoding);
      } else if (!hint) rest.push(k);
    }
    for (const encoding of byFont) addToReport(report, encoding);
    const text = rest.map((k) => runs[k]!.text).join('');
    if (text.trim() !== '') unhinted.push({ ids: rest, text });
  }
  // Runs in no legacy font: judged by their block's text, the whole source lending its winner to short blocks.
  const decoded = decodeParagraphs(
    unhinted.map((b) => b.text),
    report,
  );
  unhinted.forEach((b, j) => {
    const encoding = decoded[j]!.encoding;
    if (encoding) for (const k of b.ids) out[k] = decodeLegacy(runs[k]!.text, encoding, { fontUnknown: true });
  });
  return out;
}
