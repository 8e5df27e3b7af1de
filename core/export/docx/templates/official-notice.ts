/**
 * The pieces Decree 30 (state) and Guideline 36 (Party) notices share: the two-column borderless
 * header table with its rules, the title block (THÔNG CÁO, the summary and its short rule), the
 * justified body ending in `./.`, the signature block beside `Nơi nhận:`, and page numbers centred
 * in the top margin from page 2 (titlePage with an empty first-page header). Rules are paragraph
 * bottom borders on a 1-pt empty paragraph, never underlines. Every agency name, abbreviation and
 * place comes from the organisation profile and the release. decree30.ts and party36.ts call
 * noticeTemplate with their rulebook's differences as data (NoticeRules).
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
  type FileChild,
  type ISectionOptions,
} from 'docx';
import type { PmNode } from '../../../document/release';
import { signatureLineText } from '../../../document/signature-lines';
import type { ExportInput, ExportOrganisation } from '../../types';
import { keepLastTwoWords } from '../../keep-together';
import { renderBlocks, type BlockContext } from '../blocks';
import { noticeNumberLine, vietnamesePlaceDate } from '../dates';
import { plainRuns, type RunFormat } from '../inline';
import { LAYOUTS, type Layout } from '../../layout';
import { docxSpecFor, halfPoints, noticeColumnsTwips } from '../layout-spec';
import { pageNumberParts } from '../page-numbers';
import { textWidth, type DocxTemplateSpec } from '../spec';
import { STYLE } from '../styles';
import { pageProperties, type DocxTemplateDefinition } from '../template';
import { bodyWithEndMark } from '../../end-mark';
import { caps, recipientLines } from '../../notice-text';

/** A line of the header's right column: its text and size in half-points (always bold). */
export interface NoticeLine {
  text: string;
  size: number;
}

/**
 * Where the rulebooks differ, in Word units, from the layout table's notice row (core/export/layout.ts);
 * the rest comes from the organisation profile and the release. Sizes are half-points.
 */
export interface NoticeRules {
  rulebook: ExportOrganisation['rulebook'];
  /** THÔNG CÁO (the Title style). */
  titleSize: number;
  /** Header table column widths in twips (they add up to the text width). */
  columns: [number, number];
  /** Left column: parent body (caps), issuing body (caps bold) and what stands under it, the number line. */
  left: { parentBody: number; issuingBody: number; under: 'rule' | 'star'; number: number };
  /** Right column, bold, with a rule as long as its last line under it (the national name, then any motto). */
  right: readonly [NoticeLine, ...NoticeLine[]];
  /** Place-date, summary, signature block and Nơi nhận. */
  sizes: { placeDate: number; summary: number; signature: number; signerName: number; recipientsHeading: number; recipients: number };
  /** Share of the text width the Nơi nhận column takes. */
  recipientsShare: number;
}

/** A notice layout's rules in Word units. */
export function noticeRulesOf(name: 'decree30' | 'party36'): NoticeRules {
  const layout = LAYOUTS[name];
  const n = layout.notice;
  const columns = noticeColumnsTwips(layout);
  if (n === null || columns === null) throw new Error(`DOCX export: layout ${name} has no notice row`);
  const [first, ...rest] = n.right.map((l) => ({ text: l.text, size: halfPoints(l.pt) }));
  return {
    rulebook: n.rulebook,
    titleSize: halfPoints(layout.sizesPt.title),
    columns,
    left: { parentBody: halfPoints(n.left.parentBodyPt), issuingBody: halfPoints(n.left.issuingBodyPt), under: n.left.under, number: halfPoints(n.left.numberPt) },
    right: [first!, ...rest],
    sizes: {
      placeDate: halfPoints(n.placeDatePt),
      summary: halfPoints(n.summaryPt),
      signature: halfPoints(n.signaturePt),
      signerName: halfPoints(n.signerNamePt),
      recipientsHeading: halfPoints(n.recipientsHeadingPt),
      recipients: halfPoints(n.recipientsPt),
    },
    recipientsShare: n.recipientsShare,
  };
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


function headerTable(input: ExportInput, rules: NoticeRules): Table {
  const { release, organisation } = input;
  const { columns, left: leftRules } = rules;
  const [leftWidth, rightWidth] = [columns[0] - 2 * CELL_MARGIN, columns[1] - 2 * CELL_MARGIN];
  const issuing = caps(organisation.issuingBody);
  const issuingRule = Math.min(leftWidth, Math.max(567, Math.round(Math.min(estimateWidth(issuing.split('\n')[0] ?? '', leftRules.issuingBody, true), leftWidth) * 0.4)));
  const left: Paragraph[] = [
    ...(organisation.parentBody.trim() ? [line(keepLastTwoWords(caps(organisation.parentBody)), leftRules.parentBody)] : []),
    // No rule or star under an issuing body not yet filled in (Checks names the missing field).
    ...(issuing ? [line(keepLastTwoWords(issuing), leftRules.issuingBody, { bold: true }), leftRules.under === 'star' ? line('*', leftRules.issuingBody) : rule(issuingRule, leftWidth)] : []),
  ];
  const ruled = rules.right.at(-1) ?? rules.right[0];
  const right: Paragraph[] = [
    ...rules.right.map((l) => line(l.text, l.size, { bold: true })),
    rule(Math.min(rightWidth, estimateWidth(ruled.text, ruled.size, true)), rightWidth),
  ];
  const place = release.dateline.place.trim() || organisation.placeName.trim();
  const numberLine = line(noticeNumberLine(rules.rulebook, release.notice.number, release.notice.symbol), leftRules.number);
  const dateLine = line(vietnamesePlaceDate(place, release.dateline.date), rules.sizes.placeDate, { italics: true });
  const spacer = (size: number) => new Paragraph({ indent: { firstLine: 0 }, spacing: NO_SPACE, run: { size }, children: [] });
  return borderlessTable(columns, [
    // A table cell must hold a paragraph, even when the organisation is not filled in yet.
    [left.length > 0 ? left : [new Paragraph({ children: [] })], right],
    [[spacer(leftRules.number), numberLine], [spacer(rules.sizes.placeDate), dateLine]],
  ]);
}

// The end mark: one rule for every template (core/export/end-mark.ts).
export { bodyWithEndMark };

function signatureTable(input: ExportInput, spec: DocxTemplateSpec, rules: NoticeRules): Table {
  const { release, organisation } = input;
  const recipients: Paragraph[] = [
    line('Nơi nhận:', rules.sizes.recipientsHeading, { bold: true, italics: true }, AlignmentType.LEFT),
    ...recipientLines(release, organisation).map((r) => line(r, rules.sizes.recipients, {}, AlignmentType.LEFT)),
  ];
  // One paragraph per level of the block, top first: `KT. TRƯỞNG BAN` / `PHÓ TRƯỞNG BAN`.
  const heading = release.notice.signatureLines.map((l) => caps(signatureLineText(l))).filter((h) => h !== '');
  const gap = (n: number) => Array.from({ length: n }, () => new Paragraph({ indent: { firstLine: 0 }, spacing: NO_SPACE, run: { size: rules.sizes.signature }, children: [] }));
  const signature: Paragraph[] = [
    ...heading.map((h) => line(h, rules.sizes.signature, { bold: true })),
    ...gap(4),
    ...(release.notice.signerName.trim() ? [line(release.notice.signerName.trim(), rules.sizes.signerName, { bold: true })] : []),
  ];
  const width = textWidth(spec.page);
  const leftWidth = Math.round(width * rules.recipientsShare);
  return borderlessTable([leftWidth, width - leftWidth], [[recipients, signature]]);
}

function noticeSection(input: ExportInput, ctx: BlockContext, name: Layout, rules: NoticeRules, spec: DocxTemplateSpec): ISectionOptions {
  const { release } = input;
  const width = textWidth(spec.page);
  const summary = (release.notice.summary.trim() || release.headline.trim()).normalize('NFC');
  const sapo = release.sapo
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p): PmNode => ({ type: 'paragraph', content: [{ type: 'text', text: p }] }));
  const children: FileChild[] = [
    headerTable(input, rules),
    new Paragraph({ indent: { firstLine: 0 }, spacing: { before: 0, after: 240 }, children: [] }),
    new Paragraph({ style: STYLE.title, children: plainRuns('THÔNG CÁO') }),
    ...(summary ? [line(keepLastTwoWords(summary), rules.sizes.summary, { bold: true }), rule(Math.min(width / 3, Math.max(1134, estimateWidth(summary, rules.sizes.summary, true) / 3)), width)] : []),
    new Paragraph({ indent: { firstLine: 0 }, spacing: { before: 0, after: 120 }, children: [] }),
    ...renderBlocks(bodyWithEndMark([...sapo, ...release.body.content]), ctx),
    new Paragraph({ indent: { firstLine: 0 }, spacing: { before: 0, after: 0 }, children: [] }),
    signatureTable(input, spec, rules),
  ];
  // Page numbers centred in the top margin from page 2, as the layout table says.
  const { titlePage, ...numbers } = pageNumberParts(LAYOUTS[name]);
  return { properties: { page: pageProperties(spec), titlePage }, ...numbers, children };
}

/** A notice template: the shared layout, with the rulebook's differences as data (the layout table's row). */
export function noticeTemplate(name: 'decree30' | 'party36'): DocxTemplateDefinition {
  const spec = docxSpecFor(name);
  const rules = noticeRulesOf(name);
  return {
    spec,
    section: (input, ctx) => noticeSection(input, ctx, name, rules, spec),
    // A notice is the signer's document; a release without a signer falls back to the pen name.
    author: (input) => input.release.notice.signerName.trim() || input.release.author.penName.trim(),
    subject: (input) => input.release.notice.summary.trim() || input.release.headline.trim(),
  };
}
