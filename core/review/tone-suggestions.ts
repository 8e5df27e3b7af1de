/**
 * "Chuẩn hóa kiểu bỏ dấu" (issue 11): every syllable of the body written in the other tone style,
 * rewritten in `style` as suggestions — each syllable a replacement (old struck through, new
 * underlined, one id) by the person normalising — so the author accepts or rejects them in the
 * Review tab like any reviewer's. Text already pending (inserted or deleted) is left alone: it is
 * someone's suggestion to settle first. Formatting and comments on a syllable carry over.
 */
import type { Node as PmNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import { syllableInStyle, toneStyleSpans, type ToneStyle } from '../vi/tone-style';
import { isSuggestionMark } from './suggestions';
import { trackEdit, type TrackContext } from './track-changes';

export interface ToneChange {
  from: number;
  to: number;
  text: string;
  replacement: string;
}

/** Stands for text never rewritten (a pending suggestion, an inline node): not a letter. */
const HIDDEN = '\uFFFC';

/** The syllables of `doc` to rewrite into `style`, in document order. */
export function toneChanges(doc: PmNode, style: ToneStyle): ToneChange[] {
  const out: ToneChange[] = [];
  doc.descendants((block, pos) => {
    if (!block.isTextblock) return true;
    let text = '';
    block.forEach((child) => {
      const size = child.isText ? (child.text ?? '').length : child.nodeSize;
      text += child.isText && !child.marks.some(isSuggestionMark) ? child.text! : HIDDEN.repeat(size);
    });
    for (const span of toneStyleSpans(text)) {
      if (span.style === style) continue;
      out.push({ from: pos + 1 + span.from, to: pos + 1 + span.to, text: span.text, replacement: syllableInStyle(span.text, style) });
    }
    return false;
  });
  return out;
}

/**
 * Adds the changes to `tracked` (a transform of `doc`) as suggestions; returns how many syllables
 * were suggested. The caller dispatches it bypassing Suggesting mode's own rewrite.
 */
export function suggestToneStyle(doc: PmNode, tracked: Transform, style: ToneStyle, ctx: TrackContext): number {
  const changes = toneChanges(doc, style);
  if (changes.length === 0) return 0;
  const plain = new Transform(doc);
  // Last to first: each replacement leaves the positions before it as they were.
  for (const c of [...changes].reverse()) {
    const marks = doc.nodeAt(c.from)?.marks ?? [];
    plain.replaceWith(c.from, c.to, doc.type.schema.text(c.replacement, marks));
  }
  trackEdit(plain, tracked, ctx, { head: 0, empty: false });
  return changes.length;
}
