/**
 * The end mark a release's body closes with: Vietnamese `./.` after the last word, English `###`
 * on a line of its own. Added only when the officer has not typed it already — looked for past
 * the empty paragraphs an editor leaves at the end, and across the runs (bold, link) of the last
 * paragraph.
 */
import type { PmNode } from '../document/release';

const textOf = (node: PmNode): string => (node.type === 'text' ? (node.text ?? '') : node.type === 'hardBreak' ? '\n' : (node.content ?? []).map(textOf).join(''));

/** The body without the empty paragraphs at its end. */
function withoutTrailingEmpty(content: readonly PmNode[]): PmNode[] {
  let end = content.length;
  while (end > 0 && content[end - 1]!.type === 'paragraph' && textOf(content[end - 1]!).trim() === '') end--;
  return content.slice(0, end);
}

/** Whether the body's last words are the mark already. */
export function bodyEndsWith(content: readonly PmNode[], mark: string): boolean {
  const kept = withoutTrailingEmpty(content);
  const last = kept[kept.length - 1];
  return last !== undefined && textOf(last).trimEnd().endsWith(mark);
}

/** The body with `./.` after its last word (a paragraph of its own when the body ends in a list or photo), once. */
export function bodyWithEndMark(content: readonly PmNode[], mark = './.'): PmNode[] {
  if (bodyEndsWith(content, mark)) return [...content];
  const out = withoutTrailingEmpty(content);
  const last = out[out.length - 1];
  if (last?.type === 'paragraph') {
    const text = textOf(last).trimEnd();
    // "… ngày." + "./." would read "…ngày../.": the sentence's full stop is the mark's first dot.
    const suffix = mark === './.' && text.endsWith('.') ? '/.' : mark;
    // Notes at the very end stay after the mark: "ngày.¹/." would split ./. with the note's number.
    const content = last.content ?? [];
    let end = content.length;
    while (end > 0 && content[end - 1]!.type === 'footnote') end--;
    out[out.length - 1] = { ...last, content: [...content.slice(0, end), { type: 'text', text: suffix }, ...content.slice(end)] };
  } else {
    out.push({ type: 'paragraph', content: [{ type: 'text', text: mark }] });
  }
  return out;
}
