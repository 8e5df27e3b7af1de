/**
 * HTML into a new release, through the one foreign-HTML cleaner (core/import/clean/), the same
 * that a paste goes through:
 * - headline: the first <h1> or title paragraph when it opens the page (at most a dateline before
 *   it, no other heading), else <title>; any other <h1>/<h2> is a level-2 heading, <h3>-<h6> level 3;
 * - paragraphs, lists (Word's mso-list paragraphs too, with levels and start numbers), quotes,
 *   tables, footnotes, figures, links (only those isSafeHref accepts) and the schema's marks;
 * - `.sapo` (our standalone export) or `.hometext` (NukeViet) fills the sapo, `.author` the pen name;
 * - what it cannot keep (equations, embedded objects, images it could not take) is counted.
 * mammoth's DOCX output goes through here too (images as `asset:<hash>` sources).
 */
import type { Asset, Release, ReleaseKind } from '../document/release';
import { finishRelease, paragraphNode } from './build';
import { cleanForeignHtml, type DroppedItem } from './clean';

export interface HtmlImportOptions {
  kind: ReleaseKind;
  /** Maps an <img src> to an asset already stored (null: the image is left out and counted). */
  resolveImage?: (src: string) => Asset | null;
  /**
   * With no <h1> and no <title> (a Word file without heading styles, through mammoth): take the
   * first block, when it is a paragraph or heading of at most 300 characters, as the headline.
   */
  firstBlockAsHeadline?: boolean;
  /** Legacy encodings were already repaired on this HTML (see CleanOptions). */
  legacyAlreadyRepaired?: boolean;
}

export interface HtmlImport {
  release: Release;
  /** What the cleaner left out, by kind (for the import message). */
  dropped: DroppedItem[];
}

export function importHtmlWithReport(html: string, options: HtmlImportOptions): HtmlImport {
  const cleaned = cleanForeignHtml(html, {
    mode: 'import',
    legacyAlreadyRepaired: options.legacyAlreadyRepaired === true,
    ...(options.resolveImage ? { resolveImage: options.resolveImage } : {}),
  });
  const blocks = cleaned.blocks;
  let headline = cleaned.headline || cleaned.title;
  const first = blocks[0];
  if (headline === '' && options.firstBlockAsHeadline && (first?.type === 'paragraph' || first?.type === 'heading')) {
    const text = (first.content ?? []).map((n) => (n.type === 'hardBreak' ? ' ' : (n.text ?? ''))).join('').trim();
    if (text !== '' && text.length <= 300 && (first.content ?? []).every((n) => n.type === 'text' || n.type === 'hardBreak')) {
      headline = text;
      blocks.shift();
    }
  }
  const release = finishRelease({
    kind: options.kind,
    headline,
    sapo: cleaned.sapo,
    penName: cleaned.penName,
    blocks: blocks.length > 0 ? blocks : [paragraphNode([])],
    assets: cleaned.assets,
  });
  return { release, dropped: cleaned.dropped };
}

export function importHtml(html: string, options: HtmlImportOptions): Release {
  return importHtmlWithReport(html, options).release;
}
