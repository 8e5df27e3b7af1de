/**
 * Test fixture (tests only): a release under review with five threads (one general) and ten
 * suggestions by a first reviewer, and a second reviewer's copy of it with new threads, replies, a
 * resolution, two suggestions and three direct edits — for the merge's unit and round-trip tests.
 */
import { createRelease, type Person, type PmNode, type Release, type Thread } from '../document/release';
import { doc, para, txt } from './test-review';

export const AUTHOR: Person = { name: 'Nguyễn Văn An', initials: 'NVA', fingerprint: 'a1'.repeat(32) };
export const FIRST: Person = { name: 'Lê Hoa', initials: 'LH', fingerprint: 'c3'.repeat(32) };
export const REVIEWER: Person = { name: 'Trần Thị Bình', initials: 'TTB', fingerprint: 'b2'.repeat(32) };
export const NOBODY: Person = { name: 'Người góp ý', initials: 'NGY', fingerprint: '' };
export const AT = '2026-11-28T09:00:00+07:00';
export const LATER = '2026-11-29T10:00:00+07:00';
export const MERGED_AT = '2026-11-30T08:00:00+07:00';

export type Mark = NonNullable<PmNode['marks']>[number];
export const anchor = (thread: string): Mark => ({ type: 'comment', attrs: { thread } });
export const sug = (type: 'insertion' | 'deletion', id: string, by: Person = FIRST): Mark => ({
  type,
  attrs: { id, by: by.fingerprint, name: by.name, initials: by.initials, at: AT },
});
export const thread = (id: string, quote: string, by: Person, text: string, extra: Partial<Thread> = {}): Thread => ({
  id,
  general: false,
  quote,
  resolved: null,
  comments: [{ id: `${id}-c1`, by, at: AT, text, edited: null }],
  ...extra,
});

/** Five paragraphs, five threads (one general), ten suggestions by a first reviewer. */
export function authorRelease(): Release {
  const release = createRelease('news');
  const body = doc(
    para(txt('Sáng 8/1, '), txt('Ban Tuyên giáo', anchor('t1')), txt(' Tỉnh ủy tổ chức hội nghị '), txt('tổng kết ', sug('insertion', 's1')), txt('công tác năm.')),
    para(txt('Hội nghị có '), txt('hơn ', sug('deletion', 's2')), txt('200 đại biểu', anchor('t2')), txt(' tham dự'), txt(' đông đủ', sug('insertion', 's3')), txt('.')),
    para(txt('Phát biểu '), txt('tại', sug('deletion', 's4')), txt('ở', sug('insertion', 's4')), txt(' hội nghị, đồng chí Trưởng ban nhấn mạnh '), txt('vai trò', anchor('t3')), txt(' của công tác tuyên truyền.')),
    para(txt('Năm 2024, '), txt('toàn tỉnh', sug('insertion', 's5')), txt(' đã tổ chức '), txt('1.250', sug('deletion', 's6')), txt('1.300', sug('insertion', 's6')), txt(' buổi tuyên truyền'), txt(' lưu động', sug('insertion', 's7')), txt('. Kết quả được đánh giá cao.')),
    para(txt('Hội nghị '), txt('đã', sug('deletion', 's8')), txt(' khen thưởng '), txt('15', anchor('t4')), txt(' tập thể'), txt(' xuất sắc', sug('insertion', 's9')), txt(' và '), txt('30 ', sug('deletion', 's10')), txt('cá nhân.')),
  );
  const threads = [
    thread('t1', 'Ban Tuyên giáo', FIRST, 'Viết đầy đủ tên cơ quan.'),
    thread('t2', '200 đại biểu', FIRST, 'Con số chính xác?'),
    thread('t3', 'vai trò', AUTHOR, 'Giữ nguyên.'),
    thread('t4', '15', FIRST, 'Kiểm tra danh sách.'),
    thread('t5', '', FIRST, 'Rút gọn phần mở đầu.', { general: true }),
  ];
  return { ...release, headline: 'Hội nghị tổng kết công tác tuyên giáo', body, threads };
}

/** The reviewer's copy: two new anchored threads and a general one, replies, a resolution, two suggestions, three direct edits. */
export function reviewedCopy(author: Release): Release {
  const copy = structuredClone(author);
  const [p1, p2, p3, p4, p5] = copy.body.content as [PmNode, PmNode, PmNode, PmNode, PmNode];
  // New thread on "hội nghị" in p1, and a suggestion deleting "Sáng ".
  p1.content = [txt('Sáng ', sug('deletion', 'r1', REVIEWER)), txt('8/1, '), txt('Ban Tuyên giáo', anchor('t1')), txt(' Tỉnh ủy tổ chức '), txt('hội nghị', anchor('r-t1')), txt(' '), ...p1.content!.slice(3)];
  // Direct edit: "tham dự" -> "có mặt".
  p2.content = [...p2.content!.slice(0, 3), txt(' có mặt'), ...p2.content!.slice(4)];
  // New suggestion inserting " rất" after "nhấn mạnh".
  p3.content = [...p3.content!.slice(0, 3), txt(' hội nghị, đồng chí Trưởng ban nhấn mạnh'), txt(' rất', sug('insertion', 'r2', REVIEWER)), txt(' '), ...p3.content!.slice(4)];
  // Direct edit: the sentence "Kết quả được đánh giá cao." removed.
  p4.content = [...p4.content!.slice(0, 7), txt('.')];
  // New thread anchored on "tập thể".
  p5.content = [...p5.content!.slice(0, 4), txt(' '), txt('tập thể', anchor('r-t2')), ...p5.content!.slice(5)];
  // Direct edit: a paragraph added at the end.
  copy.body.content.push(para(txt('Hội nghị kết thúc lúc 11 giờ cùng ngày.')));
  copy.threads = [
    ...copy.threads.map((t) => {
      if (t.id === 't2') return { ...t, comments: [...t.comments, { id: 't2-r1', by: REVIEWER, at: LATER, text: 'Theo danh sách: 212 đại biểu.', edited: null }] };
      if (t.id === 't3') return { ...t, comments: [...t.comments, { id: 't3-r1', by: REVIEWER, at: LATER, text: 'Đồng ý.', edited: null }] };
      if (t.id === 't4') return { ...t, resolved: { by: REVIEWER, at: LATER } };
      return t;
    }),
    thread('r-t1', 'hội nghị', REVIEWER, 'Hội nghị gì? Ghi rõ tên.'),
    thread('r-t2', 'tập thể', REVIEWER, 'Tập thể nào?'),
    thread('r-t3', '', REVIEWER, 'Nhìn chung ổn.', { general: true }),
  ];
  return copy;
}

