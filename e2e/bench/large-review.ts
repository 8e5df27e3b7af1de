/**
 * The large release under review, for the review benches (typing, open, review copy, compare):
 * the 20,000-word release with 30 photos (large-release.ts) carrying 300 comment threads (a reply
 * on every third) and 500 open suggestions — insertions, deletions and replacements in turn — by
 * three reviewers, spread evenly over the paragraphs. Deterministic: the same file every run.
 */
import type { Person, PmNode, Release, Thread } from '../../core/document/release';
import { releaseWithPhotos } from './large-release';

type Mark = NonNullable<PmNode['marks']>[number];

export const REVIEWERS: readonly Person[] = [
  { name: 'Trần Thị Bình', initials: 'TTB', fingerprint: 'b2'.repeat(32) },
  { name: 'Lê Văn Cường', initials: 'LVC', fingerprint: 'c3'.repeat(32) },
  { name: 'Phạm Thu Dung', initials: 'PTD', fingerprint: 'd4'.repeat(32) },
];
const AUTHOR: Person = { name: 'Nguyễn Văn An', initials: 'NVA', fingerprint: 'a1'.repeat(32) };
const AT = '2027-01-08T09:00:00+07:00';

/** Which of `total` spots are threads: `threads` of them, spread evenly (the rest are suggestions). */
const isThreadSpot = (s: number, threads: number, total: number): boolean => Math.floor(((s + 1) * threads) / total) > Math.floor((s * threads) / total);

export function largeReviewRelease(threadCount = 300, suggestionCount = 500): { release: Release; assets: Map<string, Uint8Array> } {
  const { release, assets } = releaseWithPhotos(20_000, 30);
  const total = threadCount + suggestionCount;
  const paragraphs = release.body.content.filter((b) => b.type === 'paragraph' && (b.content?.length ?? 0) > 0);
  const perParagraph = Math.ceil(total / paragraphs.length);
  const threads: Thread[] = [];
  let spot = 0;
  let suggestion = 0;

  /** The marks a chosen word gets, and what follows it (a replacement's new word). */
  const mark = (word: string, marks: Mark[] | undefined): PmNode[] => {
    const s = spot++;
    const keep = marks ?? [];
    if (isThreadSpot(s, threadCount, total)) {
      const id = `t${threads.length + 1}`;
      const by = REVIEWERS[threads.length % REVIEWERS.length]!;
      const comments = [{ id: `${id}-c1`, by, at: AT, text: `Xem lại từ “${word.trim()}” ở đây.`, edited: null }];
      if (threads.length % 3 === 0) comments.push({ id: `${id}-c2`, by: AUTHOR, at: AT, text: 'Đã xem, giữ nguyên.', edited: null });
      threads.push({ id, general: false, quote: word, resolved: null, comments });
      return [{ type: 'text', text: word, marks: [{ type: 'comment', attrs: { thread: id } }, ...keep] }];
    }
    const n = suggestion++;
    const by = REVIEWERS[n % REVIEWERS.length]!;
    const attrs = { id: `s${n + 1}`, by: by.fingerprint, name: by.name, initials: by.initials, at: AT };
    const kind = n % 3;
    if (kind === 0) return [{ type: 'text', text: word, marks: [{ type: 'insertion', attrs }, ...keep] }];
    const deleted: PmNode = { type: 'text', text: word, marks: [{ type: 'deletion', attrs }, ...keep] };
    if (kind === 1) return [deleted];
    return [deleted, { type: 'text', text: 'mới ', marks: [{ type: 'insertion', attrs }, ...keep] }];
  };

  for (const paragraph of paragraphs) {
    const wanted = Math.min(perParagraph, total - spot);
    const words = (paragraph.content ?? []).reduce((n, node) => n + (node.type === 'text' ? (node.text ?? '').split(' ').length : 0), 0);
    const every = Math.max(2, Math.floor(words / (wanted + 1)));
    let w = 0;
    let done = 0;
    const content: PmNode[] = [];
    for (const node of paragraph.content ?? []) {
      if (node.type !== 'text') {
        content.push(node);
        continue;
      }
      let plain = '';
      for (const word of (node.text ?? '').split(/(?<= )/)) {
        w++;
        if (done < wanted && w % every === 0 && word.trim() !== '') {
          if (plain !== '') content.push({ ...node, text: plain });
          plain = '';
          content.push(...mark(word, node.marks));
          done++;
        } else plain += word;
      }
      if (plain !== '') content.push({ ...node, text: plain });
    }
    paragraph.content = content;
  }
  return { release: { ...release, threads }, assets };
}
