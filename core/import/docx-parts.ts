/**
 * Where a .docx keeps its text, and what in it the import cannot bring in. Pure string reading of
 * parts already inflated within the ZIP guards (no DTD: checkDocxZip refuses one first).
 *
 * The main part is the target of the package's officeDocument relationship (_rels/.rels), as
 * Office and mammoth read it — not necessarily word/document.xml: a file written by another tool
 * may keep it anywhere. [Content_Types].xml names it too (its main+xml content type), which is
 * what a file without relationships falls back on.
 */
import type { DroppedItem } from './clean';

const OFFICE_DOCUMENT = /\/relationships\/officeDocument$/;
const MAIN_CONTENT_TYPE = /wordprocessingml\.(?:document|template)\.main\+xml|ms-word\.(?:document|template)\.macroEnabled\.main\+xml/;

function attrsOf(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1]!, m[2] ?? m[3] ?? '');
  return out;
}

function tags(xml: string, name: string): Map<string, string>[] {
  const out: Map<string, string>[] = [];
  for (const m of xml.matchAll(new RegExp(`<(?:[\\w]+:)?${name}\\b[^>]*>`, 'g'))) out.push(attrsOf(m[0]));
  return out;
}

function decodeOr(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** A part name from a target: no leading slash, `.` and `..` resolved (never above the package root). */
export function partName(target: string, base = ''): string {
  const parts = (target.startsWith('/') ? target : `${base}/${target}`).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(decodeOr(part));
  }
  return out.join('/');
}

/**
 * The main document part's name, or null when the package names none that exists. `read` gives a
 * part's text; `exists` whether the ZIP holds a part.
 */
export function findMainPart(read: (name: string) => string | undefined, exists: (name: string) => boolean): string | null {
  const rels = read('_rels/.rels');
  if (rels !== undefined) {
    for (const rel of tags(rels, 'Relationship')) {
      if (!OFFICE_DOCUMENT.test(rel.get('Type') ?? '') || rel.get('TargetMode') === 'External') continue;
      const name = partName(rel.get('Target') ?? '');
      if (name !== '' && exists(name)) return name;
    }
  }
  const types = read('[Content_Types].xml');
  if (types !== undefined) {
    for (const override of tags(types, 'Override')) {
      if (!MAIN_CONTENT_TYPE.test(override.get('ContentType') ?? '')) continue;
      const name = partName(override.get('PartName') ?? '');
      if (name !== '' && exists(name)) return name;
    }
  }
  return exists('word/document.xml') ? 'word/document.xml' : null;
}

/** The relationships part of a part: `word/document.xml` -> `word/_rels/document.xml.rels`. */
export function relsPartOf(name: string): string {
  const slash = name.lastIndexOf('/');
  return `${name.slice(0, slash + 1)}_rels/${name.slice(slash + 1)}.rels`;
}

/** The part a relationship of `from` of the given type (last path segment, e.g. 'comments') points at, if any. */
export function relatedPart(relsXml: string | undefined, from: string, type: string): string | null {
  if (relsXml === undefined) return null;
  const base = from.slice(0, Math.max(0, from.lastIndexOf('/')));
  for (const rel of tags(relsXml, 'Relationship')) {
    if ((rel.get('Type') ?? '').endsWith(`/relationships/${type}`) && rel.get('TargetMode') !== 'External') return partName(rel.get('Target') ?? '', base);
  }
  return null;
}

const count = (xml: string, pattern: RegExp): number => (xml.match(pattern) ?? []).length;

/**
 * What mammoth reads past in the main part without a word: equations (OMML), charts, SmartArt
 * diagrams, embedded OLE objects (Excel sheets, Visio drawings: their preview picture may come in)
 * and pictures linked rather than embedded.
 */
export function scanDocxDropped(xml: string): DroppedItem[] {
  const items: DroppedItem[] = [
    { kind: 'linked-image', count: count(xml, /<a:blip\b(?![^>]*\br:embed=)[^>]*\br:link=/g) },
    { kind: 'equation', count: count(xml, /<m:oMath[\s>]/g) },
    { kind: 'smartart', count: count(xml, /<dgm:relIds\b/g) },
    { kind: 'chart', count: count(xml, /<c:chart\b/g) },
    { kind: 'embedded-object', count: count(xml, /<o:OLEObject\b/g) },
  ];
  return items.filter((i) => i.count > 0);
}
