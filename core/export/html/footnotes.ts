/**
 * Footnotes in HTML (issue 10): each `footnote` node becomes a numbered reference,
 * `<sup><a href="#fn-1" id="fnref-1">1</a></sup>`, and the notes are listed after the body in
 * one `<ol>` whose items link back to their reference (the shape pandoc and most CMS editors
 * write). Numbered in reading order as the body is written, so a note in suggested-deleted text,
 * which is left out, takes no number.
 */
import type { PmNode } from '../../document/release';
import type { ReleaseLanguage } from '../../document/release';
import { escapeAttr, escapeMultiline } from './escape';

/** What a note section prints, per release language (never the UI's). */
const NOTE_LABELS: Readonly<Record<ReleaseLanguage, { title: string; back: (n: number) => string }>> = {
  vi: { title: 'Chú thích', back: (n) => `Quay lại chỗ chú thích ${n}` },
  en: { title: 'Notes', back: (n) => `Back to note ${n}` },
};

/** Collects the notes of one body as it is written; shared by every context that writes that body. */
export class HtmlNotes {
  readonly texts: string[] = [];

  /** The reference for a note: its number is its place among the notes written so far. */
  reference(node: PmNode): string {
    const text = typeof node.attrs?.['text'] === 'string' ? node.attrs['text'] : '';
    const n = this.texts.push(text);
    return `<sup><a href="#fn-${n}" id="fnref-${n}">${n}</a></sup>`;
  }

  /**
   * The notes after the body ('' when there are none). The standalone page wraps them in a
   * <section> with a heading; the CMS fragment has the heading and the list alone (portals' editors
   * keep those, and drop sections).
   */
  html(lang: ReleaseLanguage, section: boolean): string {
    if (this.texts.length === 0) return '';
    const labels = NOTE_LABELS[lang];
    const items = this.texts
      .map((text, i) => {
        const n = i + 1;
        // U+FE0E keeps the arrow a text glyph (no emoji) on phones.
        return `<li id="fn-${n}">${escapeMultiline(text)} <a href="#fnref-${n}" aria-label="${escapeAttr(labels.back(n))}">\u21a9\ufe0e</a></li>\n`;
      })
      .join('');
    const inner = `<h2>${labels.title}</h2>\n<ol>\n${items}</ol>\n`;
    return section ? `<section class="footnotes">\n${inner}</section>\n` : inner;
  }
}
