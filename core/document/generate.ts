/**
 * A long, realistic Vietnamese release for the typing benchmark (20,000 words) and for tests:
 * deterministic for a seed, with bold runs, a heading about every 800 words, a bullet list and a
 * block quote. The body holds exactly `words` words as countWords counts them.
 */
import { countWords } from '../vi/word-count';
import { createRelease, type PmNode, type Release } from './release';

const OPENERS = [
  'Sáng 8/1,', 'Chiều 15/3,', 'Theo báo cáo của Sở Kế hoạch và Đầu tư,', 'Trong những năm qua,',
  'Cùng với đó,', 'Phát biểu tại hội nghị,', 'Năm 2024,', 'Đến nay,', 'Bên cạnh những kết quả đạt được,',
  'Thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy,', 'Tại buổi làm việc,', 'Theo đồng chí Phó Chủ tịch UBND tỉnh,',
];
const SUBJECTS = [
  'Ủy ban nhân dân tỉnh', 'Sở Thông tin và Truyền thông', 'Ban Tuyên giáo Tỉnh ủy', 'các sở, ban, ngành',
  'Sở Văn hóa, Thể thao và Du lịch', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'chính quyền các cấp',
  'Hội Nông dân tỉnh', 'huyện Mường Chà', 'thành phố Điện Biên Phủ', 'ngành giáo dục', 'lực lượng vũ trang tỉnh',
];
const VERBS = [
  'đã tổ chức', 'tiếp tục triển khai', 'đẩy mạnh', 'phối hợp thực hiện', 'chỉ đạo quyết liệt', 'tăng cường',
  'rà soát, đánh giá', 'hoàn thành', 'tuyên truyền sâu rộng', 'quan tâm đầu tư', 'ưu tiên bố trí nguồn lực cho',
];
const OBJECTS = [
  'chương trình mục tiêu quốc gia xây dựng nông thôn mới', 'công tác chuyển đổi số', 'kế hoạch phát triển kinh tế - xã hội',
  'phong trào thi đua yêu nước', 'các dự án hạ tầng giao thông trọng điểm', 'công tác giảm nghèo bền vững',
  'hoạt động du lịch cộng đồng', 'công tác phòng, chống thiên tai', 'việc sắp xếp, kiện toàn tổ chức bộ máy',
  'công tác cải cách hành chính', 'chính sách hỗ trợ đồng bào dân tộc thiểu số', 'việc bảo tồn di sản văn hóa',
];
const TAILS = [
  'trên địa bàn tỉnh', 'trong năm 2025', 'tại các huyện vùng cao', 'theo đúng tiến độ đề ra',
  'với sự tham gia của đông đảo nhân dân', 'nhằm nâng cao đời sống vật chất và tinh thần của người dân',
  'góp phần bảo đảm an sinh xã hội', 'đạt 105% kế hoạch năm', 'với tổng kinh phí hơn 1.250 tỷ đồng',
  'tạo chuyển biến rõ nét', 'được nhân dân đồng tình, hưởng ứng',
];
const HEADINGS = [
  'Đẩy mạnh chuyển đổi số', 'Bảo đảm an sinh xã hội', 'Phát triển du lịch cộng đồng', 'Nâng cao chất lượng giáo dục',
  'Cải cách hành chính', 'Xây dựng nông thôn mới', 'Giữ gìn bản sắc văn hóa các dân tộc',
];
const LIST_ITEMS = [
  'Hoàn thiện hạ tầng số tại 100% xã, phường, thị trấn', 'Hỗ trợ 1.500 hộ nghèo xây dựng nhà ở',
  'Tổ chức Lễ hội Hoa Ban lần thứ IX', 'Đào tạo nghề cho 4.000 lao động nông thôn',
];
const QUOTE =
  '“Chúng tôi xác định đây là nhiệm vụ trọng tâm, xuyên suốt, cần sự vào cuộc của cả hệ thống chính trị và sự đồng lòng của nhân dân các dân tộc trong tỉnh”, đồng chí Bí thư Tỉnh ủy nhấn mạnh.';

/** A seeded generator of numbers in [0, 1) (mulberry32): tiny, fast, good enough for varied text and property tests. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The first `n` words of `text` (tokens that are not words, like "-", are kept only between words). */
function firstWords(text: string, n: number): string {
  const out: string[] = [];
  let count = 0;
  for (const token of text.split(' ')) {
    const w = countWords(token);
    if (count + w > n) break;
    if (count === n && w === 0) break;
    out.push(token);
    count += w;
  }
  return out.join(' ').replace(/[,\s-]+$/, '');
}

export function generateLongRelease(words: number, seed = 1): Release {
  const rnd = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  let remaining = Math.max(0, Math.floor(words));
  let sinceHeading = 0;
  const content: PmNode[] = [];

  /** Takes text off the word budget, cut to what is left; '' when the budget is spent. */
  const take = (text: string): string => {
    const n = countWords(text);
    const cut = n <= remaining ? text : firstWords(text, remaining);
    const used = countWords(cut);
    remaining -= used;
    sinceHeading += used;
    return cut;
  };
  const paragraph = (inline: PmNode[]): PmNode => ({ type: 'paragraph', content: inline });
  const sentence = (): string => {
    const opener = rnd() < 0.4 ? `${pick(OPENERS)} ` : '';
    const body = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}`;
    const text = opener + (opener ? body : body.charAt(0).toUpperCase() + body.slice(1));
    return `${text}.`;
  };

  for (let index = 0; remaining > 0; index++) {
    if (sinceHeading >= 800) {
      sinceHeading = 0;
      const text = take(pick(HEADINGS));
      if (text) content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text }] });
      continue;
    }
    if (index === 2) {
      const items = LIST_ITEMS.map((item) => take(`${item};`)).filter((t) => t !== '');
      if (items.length > 0) {
        const listItems = items.map((text) => ({ type: 'listItem', content: [paragraph([{ type: 'text', text }])] }));
        content.push({ type: 'bulletList', content: listItems });
      }
      continue;
    }
    if (index === 4) {
      const text = take(QUOTE);
      if (text) content.push({ type: 'blockquote', content: [paragraph([{ type: 'text', text }])] });
      continue;
    }
    const inline: PmNode[] = [];
    let plain = '';
    const sentences = 3 + Math.floor(rnd() * 4);
    for (let s = 0; s < sentences && remaining > 0; s++) {
      const text = take(sentence());
      if (!text) break;
      const space = inline.length > 0 || plain !== '' ? ' ' : '';
      // About one sentence in six is bold, as officers stress figures and names.
      if (rnd() < 0.16) {
        if (plain + space !== '') inline.push({ type: 'text', text: plain + space });
        inline.push({ type: 'text', text, marks: [{ type: 'bold' }] });
        plain = '';
      } else {
        plain += space + text;
      }
    }
    if (plain !== '') inline.push({ type: 'text', text: plain });
    if (inline.length > 0) content.push(paragraph(inline));
  }
  if (content.length === 0) content.push({ type: 'paragraph' });

  return {
    ...createRelease('news', { place: 'Điện Biên', penName: 'Minh Anh', today: '2025-01-08' }),
    headline: 'Điện Biên đẩy mạnh chuyển đổi số, phát triển kinh tế - xã hội bền vững',
    sapo: 'Năm 2024, tỉnh Điện Biên hoàn thành và vượt nhiều chỉ tiêu chủ yếu; đời sống của nhân dân các dân tộc tiếp tục được cải thiện.',
    body: { type: 'doc', content },
  };
}
