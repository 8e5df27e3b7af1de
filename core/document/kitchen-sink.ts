/**
 * The kitchen-sink release: every node and mark in schema-names (paragraph, headings 2 and 3,
 * bold, italic, underline, link, bullet and ordered lists with nesting, blockquote, hardBreak,
 * two figures with captions, credits and alt text, one of them the lead photo), Vietnamese text
 * from a real published article, every notice field and the boilerplate filled, a body of about
 * 1,500 words, and two real small images (a PNG and a baseline JPEG) with their asset entries.
 * Every converter (DOCX, HTML, import round trips) runs this through and checks it.
 */
import { makeJpeg, makePng } from './image-fixtures';
import { generateLongRelease } from './generate';
import type { Asset, PmNode, Release } from './release';
import { sha256Hex } from './sha256';

/** Paragraphs of a real published article (fixtures/dien-bien-article.txt), whitespace tidied, its end mark "/." dropped (the fixture goes on). */
export const ARTICLE_PARAGRAPHS: readonly string[] = [
  "Ban Tuyên giáo Tỉnh ủy bám sát nhiệm vụ chính trị, tích cực, chủ động phối hợp các ngành thuộc khối khoa giáo tham mưu cấp ủy ban hành các văn bản lãnh đạo, chỉ đạo, tổ chức quán triệt, triển khai thực hiện. Tham mưu Thường trực Tỉnh ủy biên soạn \"Sổ tay công tác Khoa giáo\". Hệ thống tuyên giáo các cấp đã xây dựng văn bản sơ kết, tổng kết các chỉ thị, nghị quyết của Đảng, của tỉnh ủy về lĩnh vực khoa giáo bám sát địa bàn, phối hợp chặt chẽ với các cơ quan chức năng để tuyên truyền, vận động người dân thực hiện nếp sống văn minh, từng bước xóa bỏ những hủ tục, phòng tránh dịch bệnh, bảo vệ môi trường, rèn luyện sức khỏe, đưa các tiêu chí về y tế, thể thao, sức khỏe, dân số, an sinh xã hội vào xây dựng nông thôn mới. Ngành tuyên giáo đã phối hợp với các cơ quan liên quan làm tốt công tác truyền thông về an toàn giao thông, an toàn thực phẩm, qua đó nâng cao nhận thức, chuyển đổi hành vi cho người dân trong sản xuất, kinh doanh, bảo đảm an toàn cho người tiêu dùng.",
  "Ban Tuyên giáo Tỉnh ủy đã phối hợp với Công an tỉnh và Sở Văn hóa, Thể thao và Du lịch tỉnh tích cực triển khai tốt các nội dung của Chỉ thị 46 - CT/TW của Ban Bí thư (khóa X) về “Chống sự xâm nhập của các sản phẩm văn hóa độc hại gây hủy hoại đạo đức xã hội” trên địa bàn; tuyên truyền, giáo dục, hướng dẫn nhân dân nhất là đối với nâng cao cảnh giác, chủ động phòng ngừa và tham gia trong việc đấu tranh chống xâm nhập của các sản phẩm văn hóa độc hại. Kiểm soát tốt việc xuất và nhập khẩu văn hóa phẩm; các tụ điểm kinh doanh karaoke, băng đĩa hình, game...",
  "Ban Tuyên giáo Tỉnh ủy chủ động phối hợp cùng các cơ quan thành viên Ban Chỉ đạo công tác thông tin đối ngoại tỉnh để triển khai thực hiện các nhiệm vụ thông tin đối ngoại. Theo đó, công tác thông tin đối ngoại trên địa bàn tỉnh đã được triển khai đồng bộ theo kế hoạch; hoạt động giao lưu hữu nghị, hợp tác quốc tế được đẩy mạnh. Các lễ hội văn hóa đặc sắc, các chương trình truyền hình giới thiệu về tiềm năng, thế mạnh về mảnh đất, con người Điện Biên. Điện Biên luôn tạo điều kiện thuận lợi cung cấp thông tin để các cơ quan báo chí tác nghiệp đạt hiệu quả, giới thiệu về Điện Biên một cách toàn diện; Tổ chức các hoạt động xúc tiến đầu tư thương mại, du lịch, giới thiệu các sản phẩm, hàng hóa, dịch vụ của tỉnh...",
  "Là thành viên của các Ban Chỉ đạo cấp tỉnh như: Ban Chỉ đạo 160 (Ban Chỉ đạo công tác tôn giáo), Ban Chỉ đạo khẩn nguy hàng không và nhân quyền tỉnh... Ban Tuyên giáo Tỉnh ủy đã chủ động phối hợp với các ban, sở, ngành, cơ quan, đơn vị hoàn thành tốt nhiệm vụ với tư cách thành viên hoặc là cơ quan thường trực của các Ban Chỉ đạo.",
  "Ban Tuyên giáo các đảng bộ trực thuộc cũng đã tích cực ký kết Chương trình phối hợp giữa Ban Tuyên giáo với UBND cấp huyện trong công tác tuyên truyền thực hiện các nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh và đối ngoại, giải quyết các vấn đề bức xúc của nhân dân; Ký kết công tác tuyên truyền với các cơ quan Bảo hiểm xã hội, Thuế...",
  "Tháng 9/ 2018, Ban Tuyên giáo Tỉnh ủy đã thực hiện tốt vai trò chủ trì, đầu mối, phối hợp với Bộ Tư lệnh Hải quân Việt Nam và các cơ quan, đơn vị liên quan chuẩn bị nội dung, chương trình phối hợp; tham mưu với Tỉnh ủy Điện Biên tổ chức thành công chương trình hoạt động tuần lễ \"Vì biển đảo, biên giới thân yêu\" và Hội nghị ký kết tuyên truyền biển, đảo và biên giới đất liền giữa Tỉnh ủy Điện Biên và Quân chủng Hải quân; giữa Ban Tuyên giáo Tỉnh ủy với Cục Hậu cần, Quân chủng Hải quân.",
  "Năm 2019, Điện Biên phát huy những kết quả đạt được, tiếp tục tăng cường kết nối chặt chẽ trong toàn hệ thống tuyên giáo và với các lực lượng xã hội; giữa Ban Tuyên giáo với cấp ủy các cấp, với các ban, sở, ngành, đơn vị trong khối tư tưởng – văn hóa, khoa giáo để thực hiện hiệu quả nhiệm vụ được giao.",
];

type Mark = NonNullable<PmNode['marks']>[number];
const text = (value: string, ...marks: Mark[]): PmNode => (marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value });
const bold: Mark = { type: 'bold' };
const italic: Mark = { type: 'italic' };
const underline: Mark = { type: 'underline' };
const link = (href: string): Mark => ({ type: 'link', attrs: { href } });
const paragraph = (...content: PmNode[]): PmNode => ({ type: 'paragraph', content });
const heading = (level: 2 | 3, value: string): PmNode => ({ type: 'heading', attrs: { level }, content: [text(value)] });
const item = (...content: PmNode[]): PmNode => ({ type: 'listItem', content });

function asset(bytes: Uint8Array, ext: 'png' | 'jpg', width: number, height: number): Asset {
  return { hash: sha256Hex(bytes), ext, mime: ext === 'png' ? 'image/png' : 'image/jpeg', width, height, bytes: bytes.length };
}

/** The lead photo: a 64 x 40 RGB PNG gradient (landscape 8:5). */
export function kitchenSinkPng(): Uint8Array {
  return makePng(64, 40, (x, y) => [Math.min(255, 40 + x * 3), Math.min(255, 60 + y * 4), 170]);
}

/** The inline photo: a 48 x 64 baseline JPEG (portrait 3:4), one colour per 8 x 8 block. */
export function kitchenSinkJpeg(): Uint8Array {
  return makeJpeg(48, 64, (bx, by) => [200 - by * 18, 90 + bx * 25, 60 + by * 15]);
}

export function kitchenSinkRelease(): { release: Release; assets: Map<string, Uint8Array> } {
  const png = kitchenSinkPng();
  const jpeg = kitchenSinkJpeg();
  const pngAsset = asset(png, 'png', 64, 40);
  const jpegAsset = asset(jpeg, 'jpg', 48, 64);
  const [p1, p2, p3, p4, p5, p6, p7] = ARTICLE_PARAGRAPHS as [string, string, string, string, string, string, string];

  // About 650 more words of realistic text (plain and bold runs) from the deterministic generator.
  const generated = generateLongRelease(650, 36).body.content.filter((n) => n.type === 'paragraph');

  const content: PmNode[] = [
    {
      type: 'figure',
      attrs: { asset: pngAsset.hash, alt: 'Đồng chí Nguyễn Đức Vượng phát biểu tại hội nghị', credit: 'Ảnh: Giao Tuyến', width: 'full', align: 'center', lead: true },
      content: [
        text('Đồng chí '),
        text('Nguyễn Đức Vượng', bold),
        text(', Ủy viên BTV, Trưởng Ban Tuyên giáo Tỉnh ủy phát biểu tại hội nghị '),
        text('Tổng kết công tác khoa giáo 2018', italic),
        text(', phương hướng, nhiệm vụ 2019 (8/1/2019).'),
      ],
    },
    paragraph(
      text('Sáng 8/1, '),
      text('Ban Tuyên giáo Tỉnh ủy Điện Biên', bold),
      text(' tổ chức hội nghị '),
      text('tổng kết công tác khoa giáo', italic),
      text(' năm 2018, triển khai '),
      text('phương hướng, nhiệm vụ năm 2019', underline),
      text('. Toàn văn báo cáo được đăng trên '),
      text('Cổng thông tin điện tử tỉnh', link('https://www.dienbien.gov.vn/'), underline),
      text('; mọi ý kiến xin gửi về '),
      text('banbientap@dienbien.gov.vn', link('mailto:banbientap@dienbien.gov.vn')),
      text('. '),
      text('Hội nghị đánh giá cao', bold, italic),
      text(' kết quả phối hợp liên ngành trong năm qua.'),
    ),
    heading(2, 'Phối hợp chặt chẽ trong khối khoa giáo'),
    paragraph(text(p1)),
    paragraph(text(p2)),
    {
      type: 'bulletList',
      content: [
        item(paragraph(text('Xây dựng và thẩm định các văn bản, đề án trình '), text('Ban Thường vụ', bold), text(' cấp ủy;'))),
        item(
          paragraph(text('Tuyên truyền, vận động người dân thực hiện nếp sống văn minh:')),
          {
            type: 'bulletList',
            content: [
              item(paragraph(text('xóa bỏ hủ tục, phòng tránh dịch bệnh;'))),
              item(paragraph(text('bảo vệ môi trường, rèn luyện sức khỏe;'))),
            ],
          },
        ),
        item(paragraph(text('Truyền thông về an toàn giao thông, an toàn thực phẩm.'))),
      ],
    },
    heading(3, 'Thông tin đối ngoại và văn hóa'),
    paragraph(text(p3)),
    paragraph(text(p4)),
    {
      type: 'orderedList',
      attrs: { start: 1 },
      content: [
        item(paragraph(text('Ban Chỉ đạo 160 (Ban Chỉ đạo công tác tôn giáo);'))),
        item(
          paragraph(text('Ban Chỉ đạo khẩn nguy hàng không và nhân quyền tỉnh, gồm:')),
          {
            type: 'orderedList',
            attrs: { start: 1 },
            content: [item(paragraph(text('Tiểu ban khẩn nguy hàng không;'))), item(paragraph(text('Tiểu ban nhân quyền.')))],
          },
        ),
        item(paragraph(text('Ban Chỉ đạo công tác thông tin đối ngoại tỉnh.'))),
      ],
    },
    paragraph(text(p5)),
    {
      type: 'blockquote',
      content: [
        paragraph(
          text('“Chúng tôi xác định công tác phối hợp là '),
          text('nhiệm vụ trọng tâm, xuyên suốt', bold),
          text(', cần sự vào cuộc của cả hệ thống chính trị”, đồng chí Trưởng Ban Tuyên giáo Tỉnh ủy nhấn mạnh.'),
        ),
        paragraph(text('Hội nghị đã thống nhất các nhiệm vụ trọng tâm năm 2019.', italic)),
      ],
    },
    paragraph(
      text('Địa chỉ liên hệ: Ban Tuyên giáo Tỉnh ủy Điện Biên'),
      { type: 'hardBreak' },
      text('Phường Mường Thanh, thành phố Điện Biên Phủ'),
      { type: 'hardBreak' },
      text('Điện thoại: 0215 3825 123'),
    ),
    paragraph(text(p6)),
    {
      type: 'figure',
      attrs: { asset: jpegAsset.hash, alt: 'Các đại biểu dự hội nghị ký kết tuyên truyền biển, đảo', credit: 'Ảnh: Minh Anh', width: 'half', align: 'right', lead: false },
      content: [text('Hội nghị ký kết tuyên truyền biển, đảo và biên giới đất liền giữa Tỉnh ủy Điện Biên và '), text('Quân chủng Hải quân', italic), text('.')],
    },
    paragraph(text(p7)),
    heading(2, 'Nhiệm vụ năm 2019'),
    ...generated,
    paragraph(text('Hội nghị kết thúc vào chiều cùng ngày.')),
  ];

  const release: Release = {
    kind: 'news',
    language: 'vi',
    headline: 'Ban Tuyên giáo Tỉnh ủy Điện Biên: Làm tốt công tác phối hợp liên ngành trong khối tư tưởng văn hóa, khoa giáo',
    subhead: 'Tổng kết công tác khoa giáo năm 2018, triển khai nhiệm vụ năm 2019',
    sapo:
      'Việc phối hợp tập trung vào công tác xây dựng và thẩm định các văn bản, đề án trình Ban Thường vụ cấp ủy; xử lý, giải quyết các vụ việc, vấn đề nhạy cảm; từng bước đưa các chủ trương, đường lối của Đảng, chính sách pháp luật của Nhà nước vào thực tiễn cuộc sống, góp phần thúc đẩy sự phát triển kinh tế, cải thiện đời sống vật chất, tinh thần cho nhân dân.',
    dateline: { place: 'Điện Biên', date: '2019-01-08' },
    author: { penName: 'Giao Tuyến' },
    contact: { name: 'Lò Thị Hoa', phone: '+84 215 3825 123', email: 'banbientap@dienbien.gov.vn' },
    embargo: { mode: 'until', at: '2019-01-09T09:00:00+07:00' },
    boilerplate:
      'Ban Tuyên giáo Tỉnh ủy Điện Biên là cơ quan tham mưu, giúp việc của Tỉnh ủy về công tác tuyên giáo, gồm các lĩnh vực tư tưởng, lý luận, báo chí, xuất bản, văn hóa, văn nghệ, khoa giáo và thông tin đối ngoại.',
    notice: {
      number: '5',
      symbol: 'TC-UBND',
      summary: 'Về kết quả phối hợp liên ngành trong khối tư tưởng văn hóa, khoa giáo năm 2018',
      signatureLines: [
        { authority: 'KT.', title: 'TRƯỞNG BAN' },
        { authority: '', title: 'PHÓ TRƯỞNG BAN' },
      ],
      signerName: 'Nguyễn Văn Thắng',
      recipients: ['Như trên', 'Ban Tuyên giáo Trung ương (b/c)', 'Thường trực Tỉnh ủy (b/c)', 'Các cơ quan báo chí tỉnh', 'Lưu: VT, BTGTU'],
    },
    body: { type: 'doc', content },
    assets: [pngAsset, jpegAsset],
    threads: [],
    history: [],
    approvals: [],
    workflow: { state: 'draft', log: [] },
  };
  return { release, assets: new Map([[pngAsset.hash, png], [jpegAsset.hash, jpeg]]) };
}
