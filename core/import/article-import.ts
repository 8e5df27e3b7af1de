/**
 * Article recognition on import (.txt, .md, .html): the imported release, and — when it is a
 * portal article — the release with its parts in their fields, the report for the message, and
 * the release as imported without recognition (what "Undo recognition" brings back). For HTML the
 * page's own structure comes first (article-html.ts): only the element holding the article is
 * read, and its h1, captions, sapo and byline classes are hints; the shape decides the rest.
 */
import type { PmNode, Release } from '../document/release';
import { applyArticle, articleReport, blockText, recogniseArticle, releaseUnits, type ArticleReport, type ArticleUnit } from './article';
import { portalStructure } from './article-html';

export interface RecognisedImport {
  /** The release to open: recognised when `article` is set, else as imported. */
  release: Release;
  article: { report: ArticleReport; original: Release } | null;
}

const paragraph = (text: string): PmNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });

function recognised(original: Release, source: Release, units: ArticleUnit[], extraLeftOut: string[] = []): RecognisedImport {
  const parts = recogniseArticle(units);
  if (parts === null) return { release: original, article: null };
  parts.leftOut = [...extraLeftOut, ...parts.leftOut];
  return { release: applyArticle(source, parts), article: { report: articleReport(parts), original } };
}

/** A .txt or .md import: its first line is the headline already, the rest is the body. */
export function recogniseTextImport(release: Release): RecognisedImport {
  return recognised(release, release, releaseUnits(release));
}

/**
 * An .html import. `importHtml` is the importer (the whole page, or the article element's part):
 * called once for the page and, when the page has an article element, once for that part.
 */
export function recogniseHtmlImport(html: string, importHtml: (html: string) => Release): RecognisedImport {
  const original = importHtml(html);
  const structure = portalStructure(html);
  let source = original;
  const outside: string[] = [];
  if (structure.article !== null) {
    source = importHtml(html.slice(structure.article.start, structure.article.end));
    // What the page has around the article (menus, sidebars, footer) is left out too: say so.
    const kept = new Set(source.body.content.map((b) => blockText(b).replace(/\s+/g, ' ').trim()));
    for (const block of original.body.content) {
      const text = blockText(block);
      const flat = text.replace(/\s+/g, ' ').trim();
      if (flat !== '' && !kept.has(flat) && flat !== original.headline) outside.push(...text.split('\n').map((l) => l.trim()).filter((l) => l !== ''));
    }
  }
  const headline = structure.headline || source.headline || original.headline;
  const withHeadline = { ...source, headline };
  const hints = new Map(structure.hints);
  if (headline !== '') hints.set(headline, 'headline');
  const units = releaseUnits(withHeadline, hints);
  // A sapo or byline the importer already took into its field is a unit the structure vouches for.
  const sapo = source.sapo || structure.sapo;
  if (sapo !== '' && !units.some((u) => u.hint === 'sapo')) units.splice(headline !== '' ? 1 : 0, 0, { node: paragraph(sapo), hint: 'sapo' });
  const author = source.author.penName || structure.author;
  if (author !== '' && !units.some((u) => u.hint === 'author')) units.push({ node: paragraph(author), hint: 'author' });
  return recognised(original, withHeadline, units, outside);
}
