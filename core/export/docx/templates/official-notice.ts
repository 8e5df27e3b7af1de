/**
 * The pieces Decree 30 (state) and Guideline 36 (Party) notices share: the two-column borderless
 * header table with its rules, the title block (THÔNG CÁO, the summary and its short rule), the
 * justified body ending in `./.`, the signature block beside `Nơi nhận:`, and page numbers centred
 * in the top margin from page 2 (titlePage with an empty first-page header). Rules are paragraph
 * bottom borders on a 1-pt empty paragraph, never underlines. Every agency name, abbreviation and
 * place comes from the organisation profile and the release.
 */
import {
  AlignmentType,
  BorderStyle,
  Header,
  LineRuleType,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type FileChild,
  type ISectionOptions,
} from 'docx';
import type { PmNode, Release } from '../../../document/release';
import type { ExportInput, ExportOrganisation } from '../../types';
import { renderBlocks, type BlockContext } from '../blocks';
import { noticeNumberLine, vietnamesePlaceDate } from '../dates';
import { plainRuns, type RunFormat } from '../inline';
import { textWidth, type DocxTemplateSpec } from '../spec';
import { STYLE } from '../styles';
import { pageProperties } from '../template';

/** Font sizes (half-points) of the notice's furniture; the body's are in the spec. */
export interface NoticeSizes {
  parentBody: number;
  issuingBody: number;
  number: number;
  /** CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM, or ĐẢNG CỘNG SẢN VIỆT NAM. */
  nationalName: number;
  /** Độc lập - Tự do - Hạnh phúc (state only). */
  motto: number;
  placeDate: number;
  summary: number;
  signature: number;
  signerName: number;
  recipientsHeading: number;
  recipients: number;
}

export interface NoticeRules {
  rulebook: ExportOrganisation['rulebook'];
  spec: DocxTemplateSpec;
  sizes: NoticeSizes;
  /** Header table column widths in twips (they add up to the text width). */
  columns: [number, number];
  nationalName: string;
  /** Under the national name (state: the motto); null for the Party, whose name stands alone. */
  motto: string | null;
  /** The symbol under the issuing board (Party: `*`); null for none. */
  star: boolean;
  title: string;
}

const NO_SPACE = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } as const;
const CELL_MARGIN = 57;

/** A header/signature paragraph: no first-line indent, no spacing, centred unless told. */
function line(text: string, size: number, format: RunFormat = {}, alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.CENTER): Paragraph {
  return new Paragraph({ alignment, indent: { firstLine: 0 }, spacing: NO_SPACE, children: plainRuns(text, { ...format, size }) });
}

/** Estimated printed width in twips of Times New Roman text (capitals are wider). */
function estimateWidth(text: string, size: number, bold: boolean): number {
  let em = 0;
  for (const ch of text) em += ch === ' ' ? 0.25 : ch === ch.toLocaleUpperCase('vi') && ch !== ch.toLocaleLowerCase('vi') ? 0.72 : 0.46;
  return em * size * 10 * (bold ? 1.05 : 1);
}

/** A rule: an empty 1-pt paragraph whose bottom border is `length` twips, centred in `within`. */
function rule(length: number, within: number): Paragraph {
  const side = Math.max(0, Math.round((within - length) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side, firstLine: 0 },
    spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    run: { size: 2 },
    children: [],
  });
}

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: TableBorders.NONE,
    verticalAlign: VerticalAlign.TOP,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 0, bottom: 0 },
    children,
  });
}

function borderlessTable(columns: [number, number], rows: Paragraph[][][]): Table {
  return new Table({
    width: { size: columns[0] + columns[1], type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map((cells) => new TableRow({ children: cells.map((c, i) => cell(columns[i as 0 | 1], c)) })),
  });
}

const caps = (s: string): string => s.trim().normalize('NFC').toLocaleUpperCase('vi');

function headerTable(input: ExportInput, rules: NoticeRules): Table {
  const { release, organisation } = input;
  const { sizes, columns } = rules;
  const [leftWidth, rightWidth] = [columns[0] - 2 * CELL_MARGIN, columns[1] - 2 * CELL_MARGIN];
  const issuing = caps(organisation.issuingBody);
  const issuingRule = Math.min(leftWidth, Math.max(567, Math.round(Math.min(estimateWidth(issuing.split('\n')[0] ?? '', sizes.issuingBody, true), leftWidth) * 0.4)));
  const left: Paragraph[] = [
    ...(organisation.parentBody.trim() ? [line(caps(organisation.parentBody), sizes.parentBody)] : []),
    line(issuing, sizes.issuingBody, { bold: true }),
    rules.star ? line('*', sizes.issuingBody) : rule(issuingRule, leftWidth),
  ];
  const national = line(rules.nationalName, sizes.nationalName, { bold: true });
  const right: Paragraph[] = rules.motto
    ? [national, line(rules.motto, sizes.motto, { bold: true }), rule(Math.min(rightWidth, estimateWidth(rules.motto, sizes.motto, true)), rightWidth)]
    : [national, rule(Math.min(rightWidth, estimateWidth(rules.nationalName, sizes.nationalName, true)), rightWidth)];
  const place = release.dateline.place.trim() || organisation.placeName.trim();
  const numberLine = line(noticeNumberLine(rules.rulebook, release.notice.number, release.notice.symbol), sizes.number);
  const dateLine = line(vietnamesePlaceDate(place, release.dateline.date), sizes.placeDate, { italics: true });
  const spacer = (size: number) => new Paragraph({ indent: { firstLine: 0 }, spacing: NO_SPACE, run: { size }, children: [] });
  return borderlessTable(columns, [
    [left, right],
    [[spacer(sizes.number), numberLine], [spacer(sizes.placeDate), dateLine]],
  ]);
}

/** The body with `./.` after its last word (a paragraph of its own when the body ends in a list or photo). */
export function bodyWithEndMark(content: readonly PmNode[]): PmNode[] {
  const out = [...content];
  const last = out[out.length - 1];
  if (last?.type === 'paragraph' && (last.content ?? []).length > 0) {
    const inline = last.content ?? [];
    const tail = inline[inline.length - 1];
    const tailText = tail?.type === 'text' ? (tail.text ?? '').trimEnd() : '';
    if (tailText.endsWith('./.')) return out; // the officer typed it already
    out[out.length - 1] = { ...last, content: [...inline, { type: 'text', text: tailText.endsWith('.') ? '/.' : './.' }] };
  } else {
    out.push({ type: 'paragraph', content: [{ type: 'text', text: './.' }] });
  }
  return out;
}

function recipientLines(release: Release, organisation: ExportOrganisation): string[] {
  const given = release.notice.recipients.map((r) => r.trim().replace(/[;.]+$/, '')).filter((r) => r !== '');
  const archive = `Lưu: VT, ${organisation.abbreviation.trim()}`.trimEnd().replace(/,$/, '');
  const lines = given.length > 0 && /^Lưu\b/i.test(given[given.length - 1]!) ? given : [...given, archive];
  return lines.map((r, i) => `- ${r}${i === lines.length - 1 ? '.' : ';'}`);
}

function signatureTable(input: ExportInput, rules: NoticeRules): Table {
  const { release, organisation } = input;
  const { sizes } = rules;
  const recipients: Paragraph[] = [
    line('Nơi nhận:', sizes.recipientsHeading, { bold: true, italics: true }, AlignmentType.LEFT),
    ...recipientLines(release, organisation).map((r) => line(r, sizes.recipients, {}, AlignmentType.LEFT)),
  ];
  const positions = release.notice.signerPosition.split('\n').map(caps).filter((p) => p !== '');
  const authority = release.notice.authority.trim();
  const heading = positions.length > 0 ? [authority ? `${authority} ${positions[0]}` : positions[0]!, ...positions.slice(1)] : authority ? [authority] : [];
  const gap = (n: number) => Array.from({ length: n }, () => new Paragraph({ indent: { firstLine: 0 }, spacing: NO_SPACE, run: { size: sizes.signature }, children: [] }));
  const signature: Paragraph[] = [
    ...heading.map((h) => line(h, sizes.signature, { bold: true })),
    ...gap(4),
    ...(release.notice.signerName.trim() ? [line(release.notice.signerName.trim(), sizes.signerName, { bold: true })] : []),
  ];
  const width = textWidth(rules.spec.page);
  const leftWidth = Math.round(width * 0.45);
  return borderlessTable([leftWidth, width - leftWidth], [[recipients, signature]]);
}

function pageNumberHeader(size: number): Header {
  return new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: NO_SPACE, children: [new TextRun({ children: [PageNumber.CURRENT], size })] })],
  });
}

export function noticeSection(input: ExportInput, ctx: BlockContext, rules: NoticeRules): ISectionOptions {
  const { release } = input;
  const { sizes } = rules;
  const width = textWidth(rules.spec.page);
  const summary = (release.notice.summary.trim() || release.headline.trim()).normalize('NFC');
  const sapo = release.sapo
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p): PmNode => ({ type: 'paragraph', content: [{ type: 'text', text: p }] }));
  const children: FileChild[] = [
    headerTable(input, rules),
    new Paragraph({ indent: { firstLine: 0 }, spacing: { before: 0, after: 240 }, children: [] }),
    new Paragraph({ style: STYLE.title, children: plainRuns(rules.title) }),
    ...(summary ? [line(summary, sizes.summary, { bold: true }), rule(Math.min(width / 3, Math.max(1134, estimateWidth(summary, sizes.summary, true) / 3)), width)] : []),
    new Paragraph({ indent: { firstLine: 0 }, spacing: { before: 0, after: 120 }, children: [] }),
    ...renderBlocks(bodyWithEndMark([...sapo, ...release.body.content]), ctx),
    new Paragraph({ indent: { firstLine: 0 }, spacing: { before: 0, after: 0 }, children: [] }),
    signatureTable(input, rules),
  ];
  return {
    properties: { page: pageProperties(rules.spec), titlePage: true },
    headers: { default: pageNumberHeader(rules.spec.sizes.pageNumber), first: new Header({ children: [new Paragraph({ children: [] })] }) },
    children,
  };
}
