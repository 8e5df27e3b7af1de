/**
 * Test and bench inputs for the review copy: any release given N comment threads (with replies,
 * one general, one resolved) and M open suggestions (insertions, deletions, replacements), spread
 * over its paragraphs by two reviewers. Only tests and the bench use this (test-*.ts).
 */
import type { PmNode, Person, Release, Thread } from '../../document/release';

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

/** Where one thread or suggestion goes: a window of SLOT characters in a plain text node. */
interface Slot {
  parent: PmNode;
  child: number;
  offset: number;
}
const SLOT = 30;

/** Windows of SLOT characters in the body's unmarked text nodes, in document order. */
function slots(body: PmNode): Slot[] {
  const out: Slot[] = [];
  const walk = (node: PmNode): void => {
    (node.content ?? []).forEach((child, i) => {
      if (child.type === 'text' && (child.marks ?? []).length === 0 && node.type !== 'figure') {
        for (let o = 0; o + SLOT <= (child.text ?? '').length; o += SLOT) out.push({ parent: node, child: i, offset: o });
      } else walk(child);
    });
  };
  walk(body);
  return out;
}

type Op = { offset: number; thread: string } | { offset: number; suggestion: number };

/** One text node cut at its slots: anchors of 12 characters, insertions before, deletions of 8. */
function cut(node: PmNode, ops: readonly Op[]): PmNode[] {
  const text = node.text ?? '';
  const out: PmNode[] = [];
  const plain = (t: string): void => {
    if (t !== '') out.push({ type: 'text', text: t });
  };
  let cursor = 0;
  for (const op of [...ops].sort((a, b) => a.offset - b.offset)) {
    plain(text.slice(cursor, op.offset));
    cursor = op.offset;
    if ('thread' in op) {
      out.push({ type: 'text', text: text.slice(cursor, cursor + 12), marks: [{ type: 'comment', attrs: { thread: op.thread } }] });
      cursor += 12;
      continue;
    }
    const s = op.suggestion;
    const attrs = suggestionAttrs(`s${s}`, s);
    const kind = s % 3;
    if (kind !== 0) {
      out.push({ type: 'text', text: text.slice(cursor, cursor + 8), marks: [{ type: 'deletion', attrs }] });
      cursor += 8;
    }
    if (kind !== 1) out.push({ type: 'text', text: kind === 0 ? `thêm ${s} ` : `thay ${s}`, marks: [{ type: 'insertion', attrs }] });
  }
  plain(text.slice(cursor));
  return out;
}

/**
 * The release with `threads` threads (the first general, the second resolved, every third with
 * two replies) each anchored on 12 characters, and `suggestions` suggestions (insertion,
 * deletion, replacement in turn), in windows of 30 characters of the body's plain text, in
 * order: threads first, then suggestions. Throws if the body has too little plain text.
 */
export function withReview(release: Release, threads: number, suggestions: number): Release {
  const body = structuredClone(release.body) as PmNode;
  const anchored = Math.max(threads - 1, 0);
  const places = slots(body);
  if (places.length < anchored + suggestions) throw new Error(`withReview: ${places.length} places for ${anchored} anchors and ${suggestions} suggestions`);
  const ops = new Map<PmNode, Map<number, Op[]>>();
  const add = (slot: Slot, op: Op): void => {
    const byChild = ops.get(slot.parent) ?? new Map<number, Op[]>();
    byChild.set(slot.child, [...(byChild.get(slot.child) ?? []), op]);
    ops.set(slot.parent, byChild);
  };
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
      const slot = places[t - 1]!;
      quote = (slot.parent.content![slot.child]!.text ?? '').slice(slot.offset, slot.offset + 12);
      add(slot, { offset: slot.offset, thread: id });
    }
    const resolved = t === 1 ? { by: REVIEWERS[0]!, at: AT(t + 5) } : null;
    list.push({ id, general, quote, resolved, comments });
  }
  for (let s = 0; s < suggestions; s++) {
    const slot = places[anchored + s]!;
    add(slot, { offset: slot.offset, suggestion: s });
  }
  for (const [parent, byChild] of ops) {
    for (const child of [...byChild.keys()].sort((a, b) => b - a)) parent.content!.splice(child, 1, ...cut(parent.content![child]!, byChild.get(child)!));
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
