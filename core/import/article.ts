/**
 * Article recognition (issue 11): a news article copied from a portal page arrives as one run of
 * paragraphs — breadcrumbs and dates, the headline, the lead photo's caption, the sapo, the body
 * ending `./.`, the pen name, then the site's furniture ("Có thể bạn quan tâm", "Phản hồi", share
 * buttons, related headlines). This finds the parts from their shape (article-shape.ts) and from
 * the page's own structure when the importer saw one (hints), and says what it left out.
 *
 * It only acts when confident: a text with a press release's end mark (`###`), or without at
 * least two independent signs of a portal copy (the `./.` end counts double), stays whole, so an
 * ordinary release or notice is never taken apart. Runs after the importer or the paste cleaner,
 * on body blocks. Pure.
 */
import type { PmNode, Release } from '../document/release';
import {
  bylineShape,
  captionShape,
  END_MARK,
  endsSentence,
  isBreadcrumb,
  isDateLine,
  isFurniture,
  isProse,
  isReleaseEndMark,
  isSourceLine,
  wordCount,
} from './article-shape';

/** What the page's structure said a block is (an <h1>, a figcaption, a `.sapo`, an `.author`). */
export type ArticleHint = 'headline' | 'caption' | 'sapo' | 'author';

export interface ArticleUnit {
  node: PmNode;
  hint?: ArticleHint;
}

export interface ArticleParts {
  headline: string;
  /** The lead photo's caption and credit: kept for the photo slot, never in the sapo or the body. */
  caption: { text: string; credit: string } | null;
  sapo: string;
  body: PmNode[];
  /** The byline as the article wrote it, its source line joined with " - "; '' when none. */
  penName: string;
  /** Lines left out (breadcrumbs, dates, the site's furniture), in order. */
  leftOut: string[];
  /** What made the recognition confident (for the tests and the report). */
  signals: string[];
}

const TEXTBLOCK = new Set(['paragraph', 'heading']);

/** A block's text; a hard break is a line break. */
export function blockText(node: PmNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  const parts = (node.content ?? []).map(blockText);
  return TEXTBLOCK.has(node.type) || node.type === 'figure' ? parts.join('') : parts.join('\n');
}

const paragraph = (text: string): PmNode => (text === '' ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text }] });

/**
 * A paragraph broken by hard breaks into lines is, in a page's copy, usually several lines of the
 * page (a caption under a headline, furniture one per line): each line becomes its own unit.
 */
function splitLines(units: readonly ArticleUnit[]): ArticleUnit[] {
  const out: ArticleUnit[] = [];
  for (const unit of units) {
    const content = unit.node.content ?? [];
    if (unit.node.type !== 'paragraph' || !content.some((n) => n.type === 'hardBreak')) {
      out.push(unit);
      continue;
    }
    let line: PmNode[] = [];
    const flush = (): void => {
      if (line.some((n) => (n.text ?? '').trim() !== '')) out.push({ node: { ...unit.node, content: line }, ...(unit.hint ? { hint: unit.hint } : {}) });
      line = [];
    };
    for (const child of content) {
      if (child.type === 'hardBreak') flush();
      else line.push(child);
    }
    flush();
  }
  return out.filter((u) => u.node.type !== 'paragraph' || blockText(u.node).trim() !== '');
}

interface Line {
  unit: ArticleUnit;
  text: string;
  /** A paragraph or heading (furniture and bylines are never lists, tables or photos). */
  textblock: boolean;
}

/** The recognised parts, or null when the text is not confidently a portal article (leave it whole). */
export function recogniseArticle(input: readonly ArticleUnit[]): ArticleParts | null {
  const lines: Line[] = splitLines(input).map((unit) => ({ unit, text: blockText(unit.node).replace(/\s+/g, ' ').trim(), textblock: TEXTBLOCK.has(unit.node.type) }));
  if (lines.length < 3 || lines.some((l) => l.textblock && isReleaseEndMark(l.text))) return null;
  const signals: string[] = [];
  const leftOut: string[] = [];

  // Before the headline: breadcrumbs and dates (the page's, not the article's).
  let at = lines.findIndex((l) => l.unit.hint === 'headline');
  if (at < 0) {
    at = 0;
    while (at < lines.length && lines[at]!.textblock && (isDateLine(lines[at]!.text) || isBreadcrumb(lines[at]!.text))) leftOut.push(lines[at++]!.text);
  } else {
    signals.push('structure:headline');
    leftOut.push(...lines.slice(0, at).map((l) => l.text).filter((t) => t !== ''));
  }
  const head = lines[at];
  if (!head || !head.textblock || head.text === '' || head.text.length > 300 || END_MARK.test(head.text)) return null;
  const headline = head.text;
  at++;
  // A date (or a breadcrumb) under the headline: the time the page was published.
  while (at < lines.length && lines[at]!.textblock && lines[at]!.unit.hint === undefined && (isDateLine(lines[at]!.text) || isBreadcrumb(lines[at]!.text))) leftOut.push(lines[at++]!.text);

  // The lead photo's caption: a figcaption, or the line after the headline shaped like one.
  let caption: ArticleParts['caption'] = null;
  const next = lines[at];
  const after = lines[at + 1];
  if (next && next.textblock && next.unit.hint !== 'sapo') {
    const shape = captionShape(next.text);
    const beforeProse = after !== undefined && (after.unit.hint === 'sapo' || isProse(after.text));
    const looksLikeOne = shape.strong || (beforeProse && !endsSentence(next.text) && wordCount(next.text) <= 80 && next.unit.node.type === 'paragraph');
    if (next.unit.hint === 'caption' || (looksLikeOne && beforeProse)) {
      caption = { text: shape.text, credit: shape.credit };
      signals.push(next.unit.hint === 'caption' ? 'structure:caption' : shape.strong ? 'caption' : 'caption:weak');
      at++;
    }
  }

  // The sapo: the structure's, or the first paragraph of running text.
  let sapo = '';
  const hinted = lines.findIndex((l, i) => i >= at && l.unit.hint === 'sapo');
  if (hinted >= 0) {
    sapo = lines[hinted]!.text;
    signals.push('structure:sapo');
    lines.splice(hinted, 1);
  } else if (lines[at]?.textblock && isProse(lines[at]!.text) && (lines[at]!.unit.node.type === 'paragraph' || endsSentence(lines[at]!.text))) {
    // A portal page often sets its sapo as a heading (<h2 class="sapo">): a sentence, unlike a section heading.
    sapo = lines[at++]!.text;
  }
  // Many portals put the photo after the sapo: a caption there needs a caption's marks (or a figcaption).
  const later = lines[at];
  if (caption === null && sapo !== '' && later && later.textblock) {
    const shape = captionShape(later.text);
    if (later.unit.hint === 'caption' || (shape.strong && wordCount(later.text) <= 80)) {
      caption = { text: shape.text, credit: shape.credit };
      signals.push(later.unit.hint === 'caption' ? 'structure:caption' : 'caption');
      at++;
    }
  }

  // The body's end: its last `./.`, else its last block of running text (or a list, table, photo).
  let end = -1;
  for (let i = lines.length - 1; i >= at && end < 0; i--) if (lines[i]!.textblock && END_MARK.test(lines[i]!.text)) end = i;
  if (end >= 0) signals.push('end-mark', 'end-mark');
  else for (let i = lines.length - 1; i >= at && end < 0; i--) if (!lines[i]!.textblock || isProse(lines[i]!.text)) end = i;
  if (end < at) return null;

  // After it: the byline (and its source), then the site.
  let i = end + 1;
  const byline: string[] = [];
  const authorAt = lines.findIndex((l, k) => k > end && l.unit.hint === 'author');
  if (authorAt >= 0) {
    byline.push(lines[authorAt]!.text);
    signals.push('structure:author');
    lines.splice(authorAt, 1);
  } else if (i < lines.length && lines[i]!.textblock) {
    const shape = bylineShape(lines[i]!.text);
    if (shape) {
      byline.push(shape.source === '' ? shape.name : `${shape.name} - ${shape.source}`);
      signals.push('pen-name');
      i++;
    }
  }
  if (i < lines.length && lines[i]!.textblock && isSourceLine(lines[i]!.text) && byline.length < 2) {
    byline.push(lines[i++]!.text);
    if (!signals.includes('pen-name')) signals.push('pen-name');
  }
  // The site's lines: each furniture-shaped until two in a row have been, then all of them (a footer's address too).
  let run = 0;
  let furniture = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const shaped = !line.textblock ? false : isFurniture(line.text);
    if (!shaped && run < 2 && !(line.unit.node.type === 'bulletList' && run > 0)) return null;
    run = shaped ? run + 1 : run;
    furniture++;
    leftOut.push(...blockText(line.unit.node).split('\n').map((t) => t.replace(/\s+/g, ' ').trim()).filter((t) => t !== ''));
  }
  if (furniture > 0) signals.push('furniture');

  const body = lines.slice(at, end + 1).map((l) => l.unit.node);
  if (body.length === 0 && sapo === '') return null;
  const score = signals.filter((s) => s !== 'caption:weak').length;
  const portal = score >= 3 || (signals.includes('pen-name') && signals.includes('furniture'));
  if (!portal) return null;
  return { headline, caption, sapo, body: body.length > 0 ? body : [paragraph('')], penName: byline.join(' - '), leftOut, signals };
}

/**
 * A release with the recognised parts in their fields: headline, sapo, pen name (when the article
 * had one), the caption in the lead-photo slot, the rest of the article as the body.
 */
export function applyArticle(release: Release, parts: ArticleParts): Release {
  return {
    ...release,
    headline: parts.headline,
    sapo: parts.sapo,
    author: { penName: parts.penName !== '' ? parts.penName : release.author.penName },
    leadPhoto: parts.caption ? { caption: parts.caption.text, credit: parts.caption.credit } : release.leadPhoto,
    body: { type: 'doc', content: parts.body },
  };
}

/** What the import or paste message says: the parts found, and the lines left out. */
export interface ArticleReport {
  headline: string;
  caption: string;
  sapo: boolean;
  paragraphs: number;
  penName: string;
  /** The first fifty lines left out, and how many there were. */
  leftOut: string[];
  leftOutCount: number;
}

export function articleReport(parts: ArticleParts): ArticleReport {
  const caption = parts.caption ? [parts.caption.text, parts.caption.credit].filter((s) => s !== '').join(' ') : '';
  return { headline: parts.headline, caption, sapo: parts.sapo !== '', paragraphs: parts.body.length, penName: parts.penName, leftOut: parts.leftOut.slice(0, 50), leftOutCount: parts.leftOut.length };
}

/** The units of an imported release: its headline first (as the importer took it), then its body blocks. */
export function releaseUnits(release: Release, hints: ReadonlyMap<string, ArticleHint> = new Map()): ArticleUnit[] {
  const hintOf = (node: PmNode): ArticleHint | undefined => hints.get(blockText(node).replace(/\s+/g, ' ').trim());
  const units: ArticleUnit[] = [];
  if (release.headline !== '') units.push({ node: paragraph(release.headline), ...(hints.size > 0 && hints.get(release.headline) === 'headline' ? { hint: 'headline' as const } : {}) });
  for (const node of release.body.content) {
    const hint = hintOf(node);
    units.push(hint ? { node, hint } : { node });
  }
  return units;
}
