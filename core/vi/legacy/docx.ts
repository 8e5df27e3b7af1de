/**
 * Legacy encodings in a Word file, read through mammoth. mammoth keeps a run's own font
 * (`w:rFonts w:ascii`) on its document model but drops the fonts that styles give; old TCVN3
 * documents mostly set `.VnTime` once, in the Normal style. So the fonts of styles.xml (document
 * defaults, each style with what it is based on) are read here, and mammoth's `transformDocument`
 * decodes every run whose font, own or inherited, is a legacy one. Runs in no known font are left
 * to the HTML pass (core/vi/legacy/html.ts), which judges them by their text.
 */
import { addToReport, couldBe, decodeLegacy, type LegacyEncoding, type LegacyReport } from './detect';
import { fontHint } from './font-hint';

export interface DocxFonts {
  /** The documents defaults' font (docDefaults), if any. */
  defaultFont: string | null;
  /** Style id -> its font, resolved through basedOn. */
  styles: Map<string, string>;
  /** The default paragraph style's id (Normal). */
  defaultParagraphStyle: string | null;
}

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`, 'u').exec(tag)?.[1];

/** The font a w:rPr (or the XML around one) names: the high-ANSI font first, where TCVN3's letters live. */
function rFont(xml: string): string | null {
  const tag = /<w:rFonts\b[^>]*>/u.exec(xml)?.[0];
  if (!tag) return null;
  return attr(tag, 'w:hAnsi') ?? attr(tag, 'w:ascii') ?? null;
}

/** Fonts of styles.xml (linear regex scans; the part is already within the import's XML limits). */
export function readDocxFonts(stylesXml: string): DocxFonts {
  const defaults = /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/u.exec(stylesXml)?.[1] ?? '';
  const own = new Map<string, { font: string | null; basedOn: string | null }>();
  let defaultParagraphStyle: string | null = null;
  for (const m of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/gu)) {
    const id = attr(m[1]!, 'w:styleId');
    if (!id) continue;
    if (attr(m[1]!, 'w:type') === 'paragraph' && attr(m[1]!, 'w:default') === '1') defaultParagraphStyle = id;
    const basedOn = /<w:basedOn\b[^>]*w:val="([^"]*)"/u.exec(m[2]!)?.[1] ?? null;
    const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/u.exec(m[2]!)?.[1] ?? '';
    own.set(id, { font: rFont(rPr), basedOn });
  }
  const styles = new Map<string, string>();
  for (const id of own.keys()) {
    // Follow basedOn, at most 20 steps (Word allows no cycles, a hostile file might).
    let at: string | null = id;
    for (let step = 0; at !== null && step < 20; step++) {
      const style = own.get(at);
      if (!style) break;
      if (style.font) {
        styles.set(id, style.font);
        break;
      }
      at = style.basedOn;
    }
  }
  return { defaultFont: rFont(defaults), styles, defaultParagraphStyle };
}

/** mammoth's document model, as far as this reads it. */
interface MammothElement {
  type: string;
  children?: MammothElement[];
  styleId?: string | null;
  font?: string | null;
  value?: string;
}

/** A transformDocument for mammoth that decodes runs in legacy fonts in place; counts paragraphs into `report`. */
export function decodeDocxRuns(fonts: DocxFonts, report: LegacyReport): <T>(document: T) => T {
  const decodeIn = (el: MammothElement, paragraphFont: string | null, found: Set<LegacyEncoding>): void => {
    for (const child of el.children ?? []) {
      if (child.type === 'paragraph') {
        const style = child.styleId ?? fonts.defaultParagraphStyle;
        const font = (style ? fonts.styles.get(style) : undefined) ?? fonts.defaultFont;
        const inner = new Set<LegacyEncoding>();
        decodeIn(child, font, inner);
        for (const encoding of inner) addToReport(report, encoding);
      } else if (child.type === 'run') {
        const font = child.font ?? (child.styleId ? fonts.styles.get(child.styleId) : undefined) ?? paragraphFont;
        const hint = font ? fontHint(font) : null;
        if (hint) decodeTexts(child, hint.encoding, hint.encoding === 'tcvn3' && hint.capitals, found);
      } else decodeIn(child, paragraphFont, found);
    }
  };
  return <T>(document: T): T => {
    decodeIn(document as MammothElement, fonts.defaultFont, new Set());
    return document;
  };
}

function decodeTexts(run: MammothElement, encoding: LegacyEncoding, capitals: boolean, found: Set<LegacyEncoding>): void {
  for (const child of run.children ?? []) {
    if (child.type === 'text' && typeof child.value === 'string' && couldBe(child.value, encoding)) {
      const decoded = decodeLegacy(child.value, encoding, { capitals });
      if (decoded !== child.value) found.add(encoding);
      child.value = decoded;
    } else if (child.type !== 'text') decodeTexts(child, encoding, capitals, found);
  }
}
