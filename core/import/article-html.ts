/**
 * A saved portal page's own structure, read before the shape of its lines (article.ts): the
 * `<h1>`, the `<article>` (or `<main>`) element that holds it, `<figcaption>`s, and the CMS classes
 * portals give the sapo and the byline (`.sapo`, `.detail-sapo`, `.hometext`, `.article__sapo`,
 * `.summary`; `.author`, `.article__author`, `.byline`; `<meta name="author">`). One streaming
 * pass of htmlparser2 (no DOM), bounded like the importer: tags counted first, depth while parsing.
 */
import { Parser } from 'htmlparser2';
import type { ArticleHint } from './article';
import { IMPORT_STRUCTURE_LIMITS, ImportTooComplexError, countHtmlTags } from './limits';

export interface PortalStructure {
  /** Block texts (whitespace collapsed) and what the page says they are. */
  hints: Map<string, ArticleHint>;
  headline: string;
  sapo: string;
  author: string;
  /** The source range of the element holding the article (with its headline), or null. */
  article: { start: number; end: number } | null;
}

const SAPO_CLASSES = new Set(['sapo', 'hometext', 'summary', 'lead', 'chapeau', 'excerpt', 'description', 'tomtat', 'teaser', 'standfirst']);
const AUTHOR_CLASSES = new Set(['author', 'byline', 'tacgia', 'writer']);
/** Elements a class on which says nothing about text (a figure marked "lead" is a photo). */
const NOT_TEXT = new Set(['figure', 'img', 'picture', 'a', 'meta', 'link', 'span']);
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'svg']);

/** "detail-sapo", "article__sapo", "sapo_detail" -> the words the class is made of. */
function classWords(cls: string | undefined): string[] {
  return (cls ?? '').toLowerCase().split(/[\s_-]+/).filter((w) => w !== '');
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

type Role = ArticleHint | 'article';

interface Open {
  name: string;
  role: Role | null;
  start: number;
  text: string[] | null;
}

export function portalStructure(html: string): PortalStructure {
  if (countHtmlTags(html) > IMPORT_STRUCTURE_LIMITS.maxHtmlElements) throw new ImportTooComplexError('html-elements');
  const out: PortalStructure = { hints: new Map(), headline: '', sapo: '', author: '', article: null };
  const stack: Open[] = [];
  const containers: { start: number; end: number; name: string; hasHeadline: boolean }[] = [];
  let headlineAt = -1;
  let skipping = 0;
  /** The open elements around the h1 and around the first byline (start offsets, tag names), and where each element ended. */
  let headAncestors: Open[] = [];
  // Set inside the parser callbacks, which TypeScript does not follow: typed so it is not narrowed to null.
  let authorAncestors = null as Open[] | null;
  const ends = new Map<number, number>();
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (stack.length >= IMPORT_STRUCTURE_LIMITS.maxHtmlDepth) throw new ImportTooComplexError('html-depth');
        if (SKIP.has(name)) skipping++;
        if (name === 'meta' && (attribs['name'] ?? '').toLowerCase() === 'author' && out.author === '') out.author = collapse(attribs['content'] ?? '');
        const words = classWords(attribs['class']);
        let role: Role | null = null;
        if (name === 'h1' && out.headline === '') role = 'headline';
        else if (name === 'figcaption') role = 'caption';
        else if (name === 'article' || name === 'main' || (attribs['itemprop'] ?? '') === 'articleBody') role = 'article';
        else if (!NOT_TEXT.has(name) && words.some((w) => SAPO_CLASSES.has(w)) && out.sapo === '') role = 'sapo';
        else if (!NOT_TEXT.has(name) && (words.some((w) => AUTHOR_CLASSES.has(w)) || attribs['rel'] === 'author' || attribs['itemprop'] === 'author')) role = 'author';
        if (role === 'headline') headAncestors = [...stack];
        const inText = stack.some((o) => o.text !== null && o.role !== 'article');
        stack.push({ name, role, start: parser.startIndex, text: role !== null && role !== 'article' && !inText ? [] : null });
      },
      ontext(data) {
        if (skipping > 0) return;
        for (const open of stack) if (open.text !== null) open.text.push(data);
      },
      onclosetag(name) {
        if (SKIP.has(name) && skipping > 0) skipping--;
        const open = stack.pop();
        if (!open) return;
        ends.set(open.start, parser.endIndex + 1);
        if (open.role === 'article') {
          containers.push({ start: open.start, end: parser.endIndex + 1, name: open.name, hasHeadline: headlineAt >= open.start && headlineAt < parser.endIndex });
          return;
        }
        if (open.text === null || open.role === null) return;
        const text = collapse(open.text.join(''));
        if (text === '') return;
        if (open.role === 'headline') {
          out.headline = text;
          headlineAt = open.start;
        } else if (open.role === 'sapo') out.sapo = text;
        else if (open.role === 'author' && authorAncestors === null) {
          out.author = text;
          authorAncestors = [...stack];
        }
        if (!out.hints.has(text)) out.hints.set(text, open.role);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  // The innermost container holding the headline; without a headline, the first <article>.
  const holding = containers.filter((c) => c.hasHeadline).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
  const chosen = holding ?? (headlineAt < 0 ? containers.find((c) => c.name === 'article') : undefined);
  if (chosen) out.article = { start: chosen.start, end: chosen.end };
  else if (headlineAt >= 0 && authorAncestors !== null) {
    // No article element (NukeViet and other CMSs use <div>s): the innermost element holding both the
    // h1 and the byline is the article; the menus, sidebars and footer around it are the page's.
    let depth = 0;
    while (depth < headAncestors.length && depth < authorAncestors.length && headAncestors[depth] === authorAncestors[depth]) depth++;
    const holder = headAncestors[depth - 1];
    const end = holder ? ends.get(holder.start) : undefined;
    if (holder && end !== undefined && holder.name !== 'body' && holder.name !== 'html') out.article = { start: holder.start, end };
  }
  return out;
}
