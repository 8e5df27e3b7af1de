/**
 * Test and bench inputs for the review copy: any release given N comment threads (with replies,
 * one general, one resolved) and M open suggestions (insertions, deletions, replacements), spread
 * over its paragraphs by two reviewers. Only tests and the bench use this (test-*.ts).
 */
import type { PmNode, Person, Release, Thread } from '../../document/release';

type PmMark = NonNullable<PmNode['marks']>[number];

export const REVIEWERS: readonly Person[] = [
  { name: 'Nguyễn Thị Hà', initials: 'NTH', fingerprint: 'a'.repeat(64) },
  { name: 'Trần Văn Bình', initials: 'TVB', fingerprint: 'b'.repeat(64) },
];

const AT = (n: number): string => new Date(Date.UTC(2027, 0, 10, 8, 0, n)).toISOString().replace('.000Z', 'Z');

/** One suggestion's attributes. */
function suggestionAttrs(id: string, n: number): Record<string, string> {
  const who = REVIEWERS[n % 2]!;
  return { id, by: who.fingerprint, name: who.name, initials: who.initials, at: AT(n) };
}

/** A text node split at [from, to): the middle part gets `extra`, the other parts keep their marks. */
function splitText(node: PmNode, from: number, to: number, extra: PmMark[]): PmNode[] {
  const text = node.text ?? '';
  const marks = node.marks ?? [];
  const part = (t: string, m: PmMark[]): PmNode[] => (t === '' ? [] : [{ type: 'text', text: t, ...(m.length > 0 ? { marks: m } : {}) }]);
  return [...part(text.slice(0, from), marks), ...part(text.slice(from, to), [...extra, ...marks]), ...part(text.slice(to), marks)];
}

/** The paragraphs (anywhere in the body) whose first node is plain text of at least 40 characters. */
function textParagraphs(body: PmNode): PmNode[] {
  const out: PmNode[] = [];
  const walk = (node: PmNode): void => {
    if (node.type === 'paragraph') {
      const first = node.content?.[0];
      if (first?.type === 'text' && (first.text ?? '').length >= 40 && (first.marks ?? []).length === 0) out.push(node);
      return;
    }
    for (const child of node.content ?? []) walk(child);
  };
  walk(body);
  return out;
}

/**
 * The release with `threads` threads (the first general, the second resolved, every third with
 * two replies) anchored on a word of a paragraph each, and `suggestions` suggestions (insertion,
 * deletion, replacement in turn) on another word of a paragraph each. Paragraphs are used in turn;
 * throws if the body has too few long plain paragraphs.
 */
export function withReview(release: Release, threads: number, suggestions: number): Release {
  const body = structuredClone(release.body) as PmNode;
  const paragraphs = textParagraphs(body);
  const anchored = Math.max(threads - 1, 0);
  if (paragraphs.length < Math.max(anchored, suggestions)) throw new Error(`withReview: ${paragraphs.length} paragraphs for ${anchored} anchors and ${suggestions} suggestions`);
  const list: Thread[] = [];
  for (let t = 0; t < threads; t++) {
    const id = `t${t}`;
    const author = REVIEWERS[t % 2]!;
    const comments = [{ id: `${id}c0`, by: author, at: AT(t), text: `Góp ý ${t}: xem lại câu này.`, edited: null }];
    if (t % 3 === 2) {
      comments.push({ id: `${id}c1`, by: REVIEWERS[(t + 1) % 2]!, at: AT(t + 1), text: `Trả lời ${t}: đồng ý.\nSẽ sửa.`, edited: null });
      comments.push({ id: `${id}c2`, by: author, at: AT(t + 2), text: `Cảm ơn.`, edited: null });
    }
    const general = t === 0;
    let quote = '';
    if (!general) {
      const p = paragraphs[t - 1]!;
      const first = p.content![0]!;
      quote = (first.text ?? '').slice(0, 12);
      p.content!.splice(0, 1, ...splitText(first, 0, 12, [{ type: 'comment', attrs: { thread: id } }]));
    }
    const resolved = t === 1 ? { by: REVIEWERS[0]!, at: AT(t + 5) } : null;
    list.push({ id, general, quote, resolved, comments });
  }
  for (let s = 0; s < suggestions; s++) {
    const p = paragraphs[s]!;
    const i = p.content!.length - 1;
    const last = p.content![i]!;
    const text = last.text ?? '';
    const from = Math.max(text.length - 20, 0);
    const to = Math.max(text.length - 12, from);
    const attrs = suggestionAttrs(`s${s}`, s);
    const kind = s % 3;
    const plain = (t: string): PmNode[] => (t === '' ? [] : [{ type: 'text', text: t, ...(last.marks ? { marks: last.marks } : {}) }]);
    const inserted: PmNode = { type: 'text', text: kind === 0 ? `thêm ${s} ` : `thay ${s}`, marks: [{ type: 'insertion' as const, attrs }, ...(last.marks ?? [])] };
    const replaced =
      kind === 0
        ? [...plain(text.slice(0, from)), inserted, ...plain(text.slice(from))]
        : [...plain(text.slice(0, from)), { type: 'text', text: text.slice(from, to), marks: [{ type: 'deletion' as const, attrs }, ...(last.marks ?? [])] }, ...(kind === 2 ? [inserted] : []), ...plain(text.slice(to))];
    p.content!.splice(i, 1, ...replaced);
  }
  return { ...release, body: body as Release['body'], threads: list };
}

/** A plain release of `n` paragraphs long enough for withReview. */
export function plainRelease(base: Release, n: number): Release {
  const content: PmNode[] = Array.from({ length: n }, (_, i) => ({
    type: 'paragraph',
    content: [{ type: 'text', text: `Đoạn ${i + 1}: Ủy ban nhân dân tỉnh tổ chức hội nghị triển khai kế hoạch năm ${2027 + (i % 3)}.` }],
  }));
  return { ...base, headline: 'Hội nghị triển khai kế hoạch', body: { type: 'doc', content } as Release['body'] };
}
