/**
 * The kitchen sink under review (issue 9): the same release with comment anchors (two of them
 * overlapping, one inside a link and bold text), a general thread, a resolved thread with a reply,
 * a thread whose text was removed (no anchor), and open suggestions — an insertion, a deletion and
 * a replacement (a deletion and an insertion sharing one id). The plain kitchen sink stays as it
 * is: approvals pinned to its hash must keep verifying.
 */
import { kitchenSinkRelease } from './kitchen-sink';
import type { Person, PmNode, Release, Thread } from './release';

type Mark = NonNullable<PmNode['marks']>[number];

export const REVIEW_AUTHOR: Person = { name: 'Nguyễn Văn An', initials: 'NVA', fingerprint: 'a1'.repeat(32) };
export const REVIEW_REVIEWER: Person = { name: 'Trần Thị Bình', initials: 'TTB', fingerprint: 'b2'.repeat(32) };
const AT = '2026-11-28T09:00:00+07:00';

const anchor = (thread: string): Mark => ({ type: 'comment', attrs: { thread } });
const suggestion = (type: 'insertion' | 'deletion', id: string, by: Person = REVIEW_REVIEWER): Mark => ({
  type,
  attrs: { id, by: by.fingerprint, name: by.name, initials: by.initials, at: AT },
});
const text = (value: string, ...marks: Mark[]): PmNode => (marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value });

const thread = (id: string, quote: string, comments: [Person, string][], extra: Partial<Thread> = {}): Thread => ({
  id,
  general: false,
  quote,
  resolved: null,
  comments: comments.map(([by, body], i) => ({ id: `${id}-c${i + 1}`, by, at: AT, text: body, edited: null })),
  ...extra,
});

export function kitchenSinkReviewRelease(): { release: Release; assets: Map<string, Uint8Array> } {
  const { release, assets } = kitchenSinkRelease();
  const content = structuredClone(release.body.content);
  // The second block is the first paragraph: its runs are re-made with anchors and suggestions.
  content[1] = {
    type: 'paragraph',
    content: [
      text('Sáng 8/1, '),
      text('Ban Tuyên giáo ', anchor('t-org'), { type: 'bold' }),
      text('Tỉnh ủy', anchor('t-org'), anchor('t-overlap'), { type: 'bold' }),
      text(' Điện Biên', { type: 'bold' }),
      text(' tổ chức hội nghị ', anchor('t-overlap')),
      text('tổng kết ', suggestion('insertion', 's-ins')),
      text('công tác khoa giáo', { type: 'italic' }),
      text(' năm 2018', suggestion('deletion', 's-del')),
      text(', triển khai '),
      text('phương hướng', suggestion('deletion', 's-rep')),
      text('định hướng', suggestion('insertion', 's-rep')),
      text(', nhiệm vụ năm 2019', anchor('t-resolved')),
      text('. Toàn văn báo cáo được đăng trên '),
      text('Cổng thông tin điện tử tỉnh', anchor('t-link'), { type: 'link', attrs: { href: 'https://www.dienbien.gov.vn/' } }),
      text('.'),
    ],
  };
  const threads: Thread[] = [
    thread('t-org', 'Ban Tuyên giáo Tỉnh ủy', [[REVIEW_REVIEWER, 'Viết đầy đủ tên cơ quan ở lần đầu.']]),
    thread('t-overlap', 'Tỉnh ủy tổ chức hội nghị ', [[REVIEW_REVIEWER, 'Kiểm tra lại thời gian.'], [REVIEW_AUTHOR, 'Đã kiểm tra: sáng 8/1.']]),
    thread('t-resolved', ', nhiệm vụ năm 2019', [[REVIEW_REVIEWER, 'Thêm dấu phẩy?'], [REVIEW_AUTHOR, 'Đã sửa.']], { resolved: { by: REVIEW_AUTHOR, at: AT } }),
    thread('t-link', 'Cổng thông tin điện tử tỉnh', [[REVIEW_AUTHOR, 'Liên kết đã kiểm tra.']]),
    thread('t-general', '', [[REVIEW_REVIEWER, 'Bài viết tốt; rút gọn phần mở đầu.']], { general: true }),
    thread('t-removed', 'đoạn văn đã xoá', [[REVIEW_REVIEWER, 'Câu này thừa.']]),
  ];
  return { release: { ...release, body: { type: 'doc', content }, threads }, assets };
}
