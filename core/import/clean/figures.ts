/**
 * Images in foreign HTML: one the caller can resolve to a stored asset becomes a figure (alt,
 * caption from <figcaption>, credit from `.credit` or a trailing "Ảnh: …"); any other is left out
 * and counted — a web address as a linked image, anything else (a paste's file:/// picture, a
 * data: URI the caller did not take) as an image. Tracking pixels are nobody's photo.
 */
import { DEFAULT_FIGURE_ATTRS } from '../../document/figure';
import type { Asset, PmNode } from '../../document/release';
import type { Mark } from '../inline';
import { classes, collapse, isElement, SILENT_DROP, textOf, type AnyNode, type Element } from './dom';
import type { DroppedCounter, DroppedKind } from './report';

export interface FigureContext {
  resolveImage: ((src: string) => Asset | null) | undefined;
  assets: Asset[];
  dropped: DroppedCounter;
  inlineOf(children: readonly AnyNode[], marks: readonly Mark[]): PmNode[];
}

/**
 * What a picture that cannot come in stands for: Word's clipboard shows a text box, WordArt, a
 * chart or a SmartArt diagram it cannot write as HTML as a picture naming its shape (v:shapes).
 */
function pictureKind(img: Element, src: string): DroppedKind {
  const shape = img.attribs['v:shapes'] ?? '';
  if (/Text_x0020_Box|TextBox|WordArt/i.test(shape)) return 'text-box';
  if (/Chart/i.test(shape)) return 'chart';
  if (/Diagram/i.test(shape)) return 'smartart';
  return /^https?:/i.test(src) ? 'linked-image' : 'image';
}

/** The figure for an <img> (with its caption element), or null when the image was left out. */
export function readFigure(ctx: FigureContext, img: Element, caption: Element | null): PmNode | null {
  const src = (img.attribs['src'] ?? '').trim();
  const asset = src && ctx.resolveImage ? ctx.resolveImage(src) : null;
  if (!asset) {
    // No source at all: nothing to name (mammoth writes src="" for a picture its caller already counted).
    if (src === '') return null;
    const tiny = Number(img.attribs['width'] ?? 99) <= 2 && Number(img.attribs['height'] ?? 99) <= 2;
    if (!tiny) ctx.dropped.add(pictureKind(img, src));
    return null;
  }
  if (!ctx.assets.some((a) => a.hash === asset.hash)) ctx.assets.push(asset);
  let credit = '';
  let content: PmNode[] = [];
  if (caption) {
    const creditEl = findClass(caption, 'credit');
    if (creditEl) {
      credit = collapse(textOf(creditEl)).trim();
      creditEl.children = [];
    }
    content = ctx.inlineOf(caption.children, []);
    const last = content.at(-1);
    const trailing = last?.type === 'text' && !last.marks ? /\s*\(?\s*((?:Ảnh|Photo)\s*:\s*[^()]+?)\)?\s*$/iu.exec(last.text ?? '') : null;
    if (credit === '' && trailing && last && trailing.index > 0) {
      credit = trailing[1]!.trim();
      last.text = (last.text ?? '').slice(0, trailing.index).trimEnd();
    }
  }
  const alt = collapse(img.attribs['alt'] ?? '').trim().normalize('NFC').slice(0, 2_000);
  const attrs = { ...DEFAULT_FIGURE_ATTRS, asset: asset.hash, alt, credit: credit.normalize('NFC').slice(0, 2_000) };
  return content.length > 0 ? { type: 'figure', attrs, content } : { type: 'figure', attrs };
}

/** A <figure>: its image with its caption, or (no image taken) the caption's or the element's text as blocks. */
export function readFigureElement(ctx: FigureContext, node: Element, blocks: (children: readonly AnyNode[]) => PmNode[], leadTaken: boolean): { blocks: PmNode[]; lead: boolean } {
  const img = findFirst(node, 'img');
  const caption = findFirst(node, 'figcaption');
  const figure = img ? readFigure(ctx, img, caption) : null;
  if (!figure) return { blocks: blocks(caption ? caption.children : node.children.filter((c) => !(isElement(c) && c.name === 'img'))), lead: false };
  const lead = classes(node).includes('image--lead') && !leadTaken;
  if (lead) figure.attrs = { ...figure.attrs, lead: true };
  return { blocks: [figure], lead };
}

/** First descendants by name, remembered: figures nested in figures would otherwise rescan their subtree at every level. */
const firstFound = new Map<string, WeakMap<Element, Element | null>>();

function findFirst(el: Element, name: string): Element | null {
  let memo = firstFound.get(name);
  if (!memo) firstFound.set(name, (memo = new WeakMap()));
  const known = memo.get(el);
  if (known !== undefined) return known;
  let found: Element | null = null;
  for (const child of el.children) {
    if (!isElement(child) || SILENT_DROP.has(child.name)) continue;
    found = child.name === name ? child : findFirst(child, name);
    if (found) break;
  }
  memo.set(el, found);
  return found;
}

function findClass(el: Element, cls: string): Element | null {
  for (const child of el.children) {
    if (!isElement(child)) continue;
    if (classes(child).includes(cls)) return child;
    const inner = findClass(child, cls);
    if (inner) return inner;
  }
  return null;
}
