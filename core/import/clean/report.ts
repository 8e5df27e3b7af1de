/**
 * What the cleaner (or the DOCX reader around it) could not bring in, counted by kind, so the
 * import or paste message names it: nothing a writer made is lost without a word.
 */

export const DROPPED_KINDS = [
  /** A picture the release cannot take (a paste's images; an unreadable or refused file). */
  'image',
  /** A picture the document links to instead of holding it (Word's r:link, an external target). */
  'linked-image',
  /** An equation (OMML, MathML, Word's msEquation). */
  'equation',
  'smartart',
  'chart',
  /** A text box whose text could not be read (only its picture, or nothing, was there). */
  'text-box',
  /** An embedded object: OLE object, video, audio, iframe, canvas, drawing. */
  'embedded-object',
  /** A Word comment in pasted HTML (comments come with a .docx import, not with a paste). */
  'comment',
  /** A footnote on the headline, sapo or pen name: those fields are plain text, so its note cannot come with it. */
  'field-note',
] as const;
export type DroppedKind = (typeof DROPPED_KINDS)[number];

export interface DroppedItem {
  kind: DroppedKind;
  count: number;
}

export class DroppedCounter {
  private readonly counts = new Map<DroppedKind, number>();

  add(kind: DroppedKind, count = 1): void {
    if (count > 0) this.counts.set(kind, (this.counts.get(kind) ?? 0) + count);
  }

  addAll(items: readonly DroppedItem[]): void {
    for (const item of items) this.add(item.kind, item.count);
  }

  /** In DROPPED_KINDS order, so messages read the same every time. */
  list(): DroppedItem[] {
    return DROPPED_KINDS.filter((k) => this.counts.has(k)).map((kind) => ({ kind, count: this.counts.get(kind)! }));
  }
}
