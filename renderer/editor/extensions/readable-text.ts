/**
 * A text block's text as it will read, for the body's checks (find, glossary, spelling): text
 * marked as a pending deletion is hidden, and each inline node (a footnote, a hard break) stands
 * as one hidden character per position, so an offset in the text is an offset in the block.
 */
import type { Node as PmNode } from '@tiptap/pm/model';

/** Not a letter: it splits words, and no query or name matches across it. */
export const HIDDEN = '\uFFFC';

export function readableText(block: PmNode): string {
  let text = '';
  block.forEach((child) => {
    if (child.isText && !child.marks.some((m) => m.type.name === 'deletion')) text += child.text ?? '';
    else text += HIDDEN.repeat(child.isText ? (child.text ?? '').length : child.nodeSize);
  });
  return text;
}
