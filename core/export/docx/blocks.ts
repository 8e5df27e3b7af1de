/**
 * Block nodes -> docx paragraphs, as an exhaustive map over BLOCK_NODE_NAMES: a new node in the
 * schema fails the type-check here until it has an entry, and an unknown node in a document throws.
 *
 * Choices: the release headline is the Title; body headings are h2/h3 in the editor (h1 is the
 * headline), so level 2 -> Heading 1, level 3 -> Heading 2, deeper -> Heading 3 (Word's navigation
 * pane then starts at the body's own top level). Lists are List Paragraph with real Word numbering
 * (one numbering instance per list, so every ordered list restarts; nesting is the level).
 * A blockquote's paragraphs take the Quote style. A figure is an inline image at the asset's real
 * aspect ratio and the figure's share of the text width, then a Caption paragraph with a literal
 * number where the template numbers captions ("Ảnh 1: …") and the credit in brackets.
 */
import { AlignmentType, HeadingLevel, ImageRun, LevelFormat, LineRuleType, Paragraph, type FileChild, type INumberingOptions } from 'docx';
import { FIGURE_WIDTH_FRACTION, figureAttrs, type FigureAlign } from '../../document/figure';
import type { Asset, PmNode, Release } from '../../document/release';
import { BLOCK_NODE_NAMES } from '../../document/schema-names';
import { inlineChildren, plainRuns, type RunFormat } from './inline';
import type { ReviewLayer } from './review-layer';
import { textHeight, textWidth, type DocxTemplateSpec } from './spec';
import { STYLE } from './styles';
import { docxTable } from './table';

export type BlockNodeName = (typeof BLOCK_NODE_NAMES)[number];

/** State shared by one export: counters and the numbering definitions in use. */
export interface BlockContext {
  spec: DocxTemplateSpec;
  assets: ReadonlyMap<string, Uint8Array>;
  assetsByHash: ReadonlyMap<string, Asset>;
  figures: number;
  listInstances: number;
  /** Ordered-list start values other than 1 need their own definition. */
  /** Ordered lists other than the plain 1, 2, 3: their start and lettered or roman type ('' for numbers). */
  orderedStarts: Map<string, { start: number; type: string }>;
  /** A review copy's comments and suggestions; none in a clean export. */
  review?: ReviewLayer;
}

/** Where a block sits: inside which list (and at which level), inside a quote. */
interface Where {
  level: number;
  numbering?: { reference: string; level: number; instance: number };
  inList: boolean;
  quote: boolean;
}

type BlockRenderer = (node: PmNode, ctx: BlockContext, where: Where) => FileChild[];

export const BULLET_REFERENCE = 'pressdesk-bullet';
const orderedReference = (start: number, type = ''): string => (start === 1 && type === '' ? 'pressdesk-ordered' : `pressdesk-ordered-${start}${type === '' ? '' : `-${TYPE_NAMES[type]}`}`);
/** The list types the schema takes (<ol type>), as Word's number formats and as a name for the reference. */
const TYPE_FORMATS: Record<string, (typeof LevelFormat)[keyof typeof LevelFormat]> = { a: LevelFormat.LOWER_LETTER, A: LevelFormat.UPPER_LETTER, i: LevelFormat.LOWER_ROMAN, I: LevelFormat.UPPER_ROMAN };
const TYPE_NAMES: Record<string, string> = { a: 'lower-letter', A: 'upper-letter', i: 'lower-roman', I: 'upper-roman' };

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

const ALIGN: Record<FigureAlign, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  center: AlignmentType.CENTER,
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
};

/** Twips per pixel at 96 dpi (docx sizes images in pixels). */
const TWIPS_PER_PX = 15;

function list(node: PmNode, ctx: BlockContext, where: Where, reference: string): FileChild[] {
  const instance = ++ctx.listInstances;
  const level = where.inList ? where.level + 1 : 0;
  return (node.content ?? []).flatMap((item) =>
    renderBlock(item, ctx, { ...where, inList: true, level, numbering: { reference, level: Math.min(level, 8), instance } }),
  );
}

function imageType(asset: Asset): 'png' | 'jpg' | 'gif' {
  switch (asset.ext) {
    case 'png':
      return 'png';
    case 'jpg':
      return 'jpg';
    case 'gif':
      return 'gif';
    case 'webp':
      throw new Error(`DOCX export: WebP images cannot be embedded in a Word document (image ${asset.hash.slice(0, 12)}); convert it to JPEG or PNG first`);
  }
}

export const BLOCKS: Record<BlockNodeName, BlockRenderer> = {
  doc: (node, ctx, where) => renderBlocks(node.content, ctx, where),

  paragraph: (node, ctx, where) => {
    const children = inlineChildren(node.content, {}, ctx.review);
    if (where.numbering) return [new Paragraph({ style: STYLE.listParagraph, numbering: where.numbering, children })];
    if (where.inList) return [new Paragraph({ style: STYLE.listParagraph, indent: { left: 720 * (where.level + 1) }, children })];
    return [new Paragraph({ ...(where.quote ? { style: STYLE.quote } : {}), children })];
  },

  heading: (node, ctx) => {
    const level = typeof node.attrs?.['level'] === 'number' ? node.attrs['level'] : 2;
    const heading = HEADINGS[Math.min(Math.max(level - 2, 0), 2)]!;
    return [new Paragraph({ heading, children: inlineChildren(node.content, {}, ctx.review) })];
  },

  bulletList: (node, ctx, where) => list(node, ctx, where, BULLET_REFERENCE),

  orderedList: (node, ctx, where) => {
    const start = node.attrs?.['start'];
    const first = typeof start === 'number' && Number.isInteger(start) && start > 0 ? start : 1;
    const rawType = node.attrs?.['type'];
    const type = typeof rawType === 'string' && TYPE_FORMATS[rawType] !== undefined ? rawType : '';
    const reference = orderedReference(first, type);
    if (reference !== orderedReference(1)) ctx.orderedStarts.set(reference, { start: first, type });
    return list(node, ctx, where, reference);
  },

  listItem: (node, ctx, where) => {
    let numbered = false;
    return (node.content ?? []).flatMap((child) => {
      // The item's first paragraph carries the number; later paragraphs and nested lists follow it.
      const first = !numbered && child.type === 'paragraph';
      if (first) numbered = true;
      const { numbering, ...rest } = where;
      return renderBlock(child, ctx, first && numbering ? { ...rest, numbering } : rest);
    });
  },

  blockquote: (node, ctx, where) => renderBlocks(node.content, ctx, { ...where, quote: true }),

  figure: (node, ctx) => {
    const attrs = figureAttrs(node);
    const number = ++ctx.figures;
    const asset = ctx.assetsByHash.get(attrs.asset);
    const bytes = ctx.assets.get(attrs.asset);
    if (!asset || !bytes) throw new Error(`DOCX export: figure ${number} refers to a missing image ${attrs.asset || '(none)'}`);
    const maxWidth = (textWidth(ctx.spec.page) / TWIPS_PER_PX) * FIGURE_WIDTH_FRACTION[attrs.width];
    const maxHeight = (textHeight(ctx.spec.page) / TWIPS_PER_PX) * 0.75;
    const scale = Math.min(maxWidth / asset.width, maxHeight / asset.height);
    const width = Math.max(1, Math.round(asset.width * scale));
    const height = Math.max(1, Math.round(asset.height * scale));
    const alignment = ALIGN[attrs.align];
    const label = ctx.spec.captionLabel ? `${ctx.spec.captionLabel} ${number}` : '';
    const image = new Paragraph({
      alignment,
      keepNext: true,
      indent: { firstLine: 0 },
      spacing: { before: 120, after: 0, line: 240, lineRule: LineRuleType.AUTO },
      children: [
        new ImageRun({
          type: imageType(asset),
          data: bytes,
          transformation: { width, height },
          altText: { name: label || `Ảnh ${number}`, description: attrs.alt, title: attrs.alt },
        }),
      ],
    });
    const caption = inlineChildren(node.content, {}, ctx.review);
    const credit = attrs.credit.trim();
    if (caption.length === 0 && credit === '' && label === '') return [image];
    const labelRuns = label ? plainRuns(caption.length > 0 || credit ? `${label}: ` : label) : [];
    const creditRuns = credit ? plainRuns(caption.length > 0 || label ? ` (${credit})` : credit) : [];
    return [image, new Paragraph({ style: STYLE.caption, alignment, children: [...labelRuns, ...caption, ...creditRuns] })];
  },

  // A Word table, then an empty paragraph: Word joins two tables that touch, and needs one after a
  // table that ends a cell or the document.
  table: (node, ctx) => [docxTable(node, textWidth(ctx.spec.page), ctx.review), new Paragraph({ spacing: { before: 0, after: 0 } })],
  // Rows and cells are written by their table (docxTable), which lays out the grid.
  tableRow: (node, ctx) => BLOCKS.table({ type: 'table', content: [node] }, ctx, { level: 0, inList: false, quote: false }),
  tableHeader: (node, ctx, where) => renderBlocks(node.content, ctx, where),
  tableCell: (node, ctx, where) => renderBlocks(node.content, ctx, where),
};

const KNOWN_BLOCKS = new Set<string>(BLOCK_NODE_NAMES);

function renderBlock(node: PmNode, ctx: BlockContext, where: Where): FileChild[] {
  if (!KNOWN_BLOCKS.has(node.type)) throw new Error(`DOCX export: unknown block node "${node.type}"`);
  return BLOCKS[node.type as BlockNodeName](node, ctx, where);
}

export function renderBlocks(nodes: readonly PmNode[] | undefined, ctx: BlockContext, where: Where = { level: 0, inList: false, quote: false }): FileChild[] {
  const out: FileChild[] = [];
  for (const node of nodes ?? []) for (const child of renderBlock(node, ctx, where)) out.push(child);
  return out;
}

export function createBlockContext(release: Release, assets: ReadonlyMap<string, Uint8Array>, spec: DocxTemplateSpec, review?: ReviewLayer): BlockContext {
  return { spec, assets, assetsByHash: new Map(release.assets.map((a) => [a.hash, a])), figures: 0, listInstances: 0, orderedStarts: new Map(), ...(review ? { review } : {}) };
}

/** A plain body paragraph of template text (sapo, boilerplate, …), with optional run formatting. */
export function textParagraph(text: string, format: RunFormat = {}, options: { alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]; style?: string } = {}): Paragraph {
  return new Paragraph({ ...options, children: plainRuns(text, format) });
}

const BULLETS = ['•', '◦', '▪'];
const ORDERED_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];

/** The numbering definitions the lists of this export use. */
export function numberingFor(ctx: BlockContext): INumberingOptions {
  const indent = (level: number) => ({ paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } });
  // A list with its own start or type uses its reference alone, at whatever depth: every level has both.
  const ordered = ({ start, type }: { start: number; type: string }) => ({
    reference: orderedReference(start, type),
    levels: Array.from({ length: 9 }, (_, level) => ({
      level,
      format: type !== '' ? TYPE_FORMATS[type]! : ORDERED_FORMATS[level % 3]!,
      text: `%${level + 1}.`,
      start,
      alignment: AlignmentType.LEFT,
      style: indent(level),
    })),
  });
  return {
    config: [
      {
        reference: BULLET_REFERENCE,
        levels: Array.from({ length: 9 }, (_, level) => ({
          level,
          format: LevelFormat.BULLET,
          text: BULLETS[level % 3]!,
          alignment: AlignmentType.LEFT,
          style: indent(level),
        })),
      },
      ordered({ start: 1, type: '' }),
      ...[...ctx.orderedStarts.values()].map(ordered),
    ],
  };
}
