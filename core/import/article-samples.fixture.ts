/**
 * Portal-shaped articles for the recognition tests (article.test.ts) and its accuracy figure:
 * other sites' furniture words, captions with and without a date or "(Ảnh: …)", pen names with
 * and without their source, an article without a caption, and texts that must stay whole.
 * Written for the tests (the places and people are made up); only tests import this file.
 */

export interface PortalSample {
  name: string;
  text: string;
  /** null: the text must stay whole (no recognition). */
  expect: {
    headline: string;
    caption: { text: string; credit: string } | null;
    sapoStart: string;
    paragraphs: number;
    penName: string;
    leftOut: string[];
  } | null;
}

const P1 = 'Trong năm 2026, toàn tỉnh có hơn 12.000 lượt người dân được tiếp cận các dịch vụ y tế cơ sở, tăng 15% so với cùng kỳ năm trước, trong đó nhiều xã vùng cao lần đầu có bác sĩ về khám định kỳ.';
const P2 = 'Ngành y tế đã phối hợp với các địa phương tổ chức nhiều đợt khám sàng lọc, phát hiện sớm các bệnh không lây nhiễm và tư vấn cho người dân cách phòng tránh, chăm sóc sức khỏe tại gia đình.';
const P3 = 'Năm 2027, ngành tiếp tục đầu tư trang thiết bị cho các trạm y tế xã, nâng cao chất lượng khám chữa bệnh ban đầu để người dân yên tâm điều trị ngay tại địa phương.';
const SAPO = 'Sáng 12/3, Sở Y tế tỉnh tổ chức hội nghị tổng kết công tác y tế cơ sở năm 2026, triển khai nhiệm vụ năm 2027 với sự tham dự của đại diện các huyện, thị xã, thành phố.';

export const PORTAL_SAMPLES: readonly PortalSample[] = [
  {
    name: 'caption with "(Ảnh: …)", pen name with "- Nguồn: …", other furniture words',
    text: [
      'Sở Y tế tổng kết công tác y tế cơ sở năm 2026',
      'Đại biểu tham dự hội nghị tổng kết (Ảnh: Quang Hưng)',
      SAPO,
      P1,
      P2,
      `${P3}/.`,
      'Quang Hưng - Nguồn: Báo Điện Biên Phủ',
      'Tin liên quan',
      'Bình luận',
      'Chia sẻ',
      'Facebook',
      'Zalo',
      'Về đầu trang',
    ].join('\n\n'),
    expect: {
      headline: 'Sở Y tế tổng kết công tác y tế cơ sở năm 2026',
      caption: { text: 'Đại biểu tham dự hội nghị tổng kết', credit: 'Ảnh: Quang Hưng' },
      sapoStart: 'Sáng 12/3, Sở Y tế',
      paragraphs: 3,
      penName: 'Quang Hưng - Nguồn: Báo Điện Biên Phủ',
      leftOut: ['Tin liên quan', 'Bình luận', 'Chia sẻ', 'Facebook', 'Zalo', 'Về đầu trang'],
    },
  },
  {
    name: 'no caption, pen name without a source, no ./. end, lines separated by single line breaks',
    text: [
      'Huyện Mường Chà ra quân trồng rừng đầu năm',
      SAPO,
      P1,
      P2,
      P3,
      'Minh Anh',
      'Bài viết cùng chuyên mục',
      'Đọc nhiều',
      'Từ khóa: trồng rừng, Mường Chà, môi trường',
      '12/03/2027 09:15',
    ].join('\n'),
    expect: {
      headline: 'Huyện Mường Chà ra quân trồng rừng đầu năm',
      caption: null,
      sapoStart: 'Sáng 12/3, Sở Y tế',
      paragraphs: 3,
      penName: 'Minh Anh',
      leftOut: ['Bài viết cùng chuyên mục', 'Đọc nhiều', 'Từ khóa: trồng rừng, Mường Chà, môi trường', '12/03/2027 09:15'],
    },
  },
  {
    name: 'breadcrumb and date before the headline, caption with a date and a credit, "Theo …" source line',
    text: [
      'Trang chủ > Tin tức > Xã hội',
      'Thứ Năm, 12/03/2027 - 10:30',
      'Khánh thành trường học mới cho học sinh vùng cao',
      'Lãnh đạo tỉnh cắt băng khánh thành trường - 12/3. Ảnh: Thu Hà',
      SAPO,
      P1,
      `${P2}/.`,
      'Thu Hà',
      'Theo Báo Lai Châu',
      'Ý kiến bạn đọc',
      'Gửi ý kiến',
      'Tin mới nhất',
    ].join('\n\n'),
    expect: {
      headline: 'Khánh thành trường học mới cho học sinh vùng cao',
      caption: { text: 'Lãnh đạo tỉnh cắt băng khánh thành trường - 12/3.', credit: 'Ảnh: Thu Hà' },
      sapoStart: 'Sáng 12/3, Sở Y tế',
      paragraphs: 2,
      penName: 'Thu Hà - Theo Báo Lai Châu',
      leftOut: ['Trang chủ > Tin tức > Xã hội', 'Thứ Năm, 12/03/2027 - 10:30', 'Ý kiến bạn đọc', 'Gửi ý kiến', 'Tin mới nhất'],
    },
  },
  {
    name: 'a short descriptive caption line without date or credit, byline "Bài, ảnh: …", no furniture',
    text: ['Nông dân Tuần Giáo thu hoạch cà phê', 'Nông dân xã Quài Tở thu hoạch cà phê', SAPO, P1, `${P3}./.`, 'Bài, ảnh: Hoàng Minh'].join('\n\n'),
    expect: {
      headline: 'Nông dân Tuần Giáo thu hoạch cà phê',
      caption: { text: 'Nông dân xã Quài Tở thu hoạch cà phê', credit: '' },
      sapoStart: 'Sáng 12/3, Sở Y tế',
      paragraphs: 2,
      penName: 'Bài, ảnh: Hoàng Minh',
      leftOut: [],
    },
  },
  {
    name: 'an English portal article: caption with "(Photo: …)", byline, furniture',
    text: [
      'Province opens its first mountain clinic',
      'Doctors greet the first patients at the new clinic (Photo: Linh Chi)',
      'The province opened its first clinic in the mountain district of Muong Nhe on Monday, bringing a doctor within an hour of every village.',
      'The clinic has twelve beds, an X-ray room and a small laboratory, and it will serve about 20,000 people from six communes.',
      'Construction took eighteen months and cost 35 billion dong, most of it from the provincial budget and the rest from donors./.',
      'Linh Chi',
      'Related news',
      'Most read',
      'Share',
    ].join('\n\n'),
    expect: {
      headline: 'Province opens its first mountain clinic',
      caption: { text: 'Doctors greet the first patients at the new clinic', credit: 'Photo: Linh Chi' },
      sapoStart: 'The province opened its first clinic',
      paragraphs: 2,
      penName: 'Linh Chi',
      leftOut: ['Related news', 'Most read', 'Share'],
    },
  },
  {
    name: 'an English press release (### end, media contact) stays whole',
    text: [
      'FOR IMMEDIATE RELEASE',
      'Acme opens a plant in Dien Bien',
      'DIEN BIEN, January 15, 2027 — Acme Corp. today opened its first plant in Vietnam, creating 300 jobs in the province.',
      '"This plant is a long-term commitment," said Jane Doe, Acme\'s chief executive.',
      'About Acme: Acme Corp. makes farm machinery in twelve countries.',
      '###',
      'Media contact:',
      'John Smith',
      'press@acme.example',
      '+1 555 010 0199',
    ].join('\n\n'),
    expect: null,
  },
  {
    name: 'an English press release without its end mark still stays whole (contact details are no furniture)',
    text: [
      'Acme opens a plant in Dien Bien',
      'DIEN BIEN, January 15, 2027 — Acme Corp. today opened its first plant in Vietnam, creating 300 jobs in the province.',
      'The plant will make irrigation pumps for farms across the northern mountains, starting in March.',
      'Media contact',
      'John Smith',
      'press@acme.example',
    ].join('\n\n'),
    expect: null,
  },
];
