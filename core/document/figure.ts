/**
 * The figure node: a photo with its caption (the node's inline content: text with marks), a
 * credit ("Ảnh: <photographer>"), alt text, a width and an alignment. One figure may be the lead
 * photo (the portal's "ảnh đại diện"). The image itself is an asset referred to by sha256.
 *
 * ProseMirror JSON: { type: 'figure', attrs: FigureAttrs, content?: inline nodes (the caption) }
 */
import type { Asset, PmNode, Release } from './release';

export const FIGURE_WIDTHS = ['full', 'two-thirds', 'half'] as const;
export type FigureWidth = (typeof FIGURE_WIDTHS)[number];
export const FIGURE_ALIGNS = ['center', 'left', 'right'] as const;
export type FigureAlign = (typeof FIGURE_ALIGNS)[number];

export interface FigureAttrs {
  /** sha256 of the image bytes; the asset is listed in release.assets. */
  asset: string;
  alt: string;
  credit: string;
  width: FigureWidth;
  align: FigureAlign;
  lead: boolean;
}

export const DEFAULT_FIGURE_ATTRS: Omit<FigureAttrs, 'asset'> = { alt: '', credit: '', width: 'full', align: 'center', lead: false };

/** The fraction of the text width a figure takes. */
export const FIGURE_WIDTH_FRACTION: Record<FigureWidth, number> = { full: 1, 'two-thirds': 2 / 3, half: 1 / 2 };

/** A figure node's attributes with defaults filled in and unknown values replaced. */
export function figureAttrs(node: PmNode): FigureAttrs {
  const a = node.attrs ?? {};
  const str = (v: unknown): string => (typeof v === 'string' ? v : '');
  return {
    asset: str(a['asset']),
    alt: str(a['alt']),
    credit: str(a['credit']),
    width: (FIGURE_WIDTHS as readonly unknown[]).includes(a['width']) ? (a['width'] as FigureWidth) : 'full',
    align: (FIGURE_ALIGNS as readonly unknown[]).includes(a['align']) ? (a['align'] as FigureAlign) : 'center',
    lead: a['lead'] === true,
  };
}

/** The caption's plain text. */
export function figureCaptionText(node: PmNode): string {
  return (node.content ?? []).map((n) => (n.type === 'text' ? (n.text ?? '') : n.type === 'hardBreak' ? '\n' : '')).join('');
}

export function assetOf(release: Release, hash: string): Asset | undefined {
  return release.assets.find((a) => a.hash === hash);
}
