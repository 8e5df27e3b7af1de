/**
 * The numbers Word shows on numbered paragraphs, which mammoth does not keep: its <ol> always
 * starts at 1, so a list Word starts at 3 (or one that goes on after a table) would restart. The
 * numbers are computed here from numbering.xml (each level's w:start, a w:num's
 * w:lvlOverride/w:startOverride) and the paragraphs' w:numPr in the main part, counting per
 * abstract list as Word does (a deeper level restarts under each item above it).
 *
 * The .docx import then writes each ordered paragraph's number in front of its text as a
 * private-use marker (LIST_NUMBER_MARK); the cleaner reads the first item's marker as the list's
 * start (and, after the digits, a lettered or roman level's type) and removes every marker. Paragraphs are listed in the order mammoth's transform visits
 * them (a paragraph after the ones nested in it, as a text box's), Office 2010's mc:Choice left out
 * as mammoth reads the mc:Fallback, and the cells a vertical merge continues left out as mammoth
 * folds them away. Linear scans, no DTD (refused before).
 */

/** Opens and closes a list number in text: `\uE010` + digits + `\uE011`. */
export const LIST_NUMBER_OPEN = '\uE010';
export const LIST_NUMBER_CLOSE = '\uE011';
export const LIST_NUMBER_MARK = /\uE010(\d{1,7})[aAiI]?\uE011/g;

/** Word's lettered and roman number formats as the ordered list's type (<ol type>); a marker carries it after the digits. */
const LIST_TYPES: Record<string, string> = { lowerLetter: 'a', upperLetter: 'A', lowerRoman: 'i', upperRoman: 'I' };

interface Numbering {
  /** abstractNumId -> level -> w:start. */
  starts: Map<string, Map<number, number>>;
  /** numId -> its abstract list and start overrides per level. */
  nums: Map<string, { abstract: string; overrides: Map<number, number> }>;
  /** abstractNumId -> level -> list type ('a', 'A', 'i', 'I') where the level is lettered or roman. */
  types: Map<string, Map<number, string>>;
}

const TAG = /<(\/?)([\w]+:[\w]+)\b([^>]*?)(\/?)>/g;
const valOf = (attrs: string, name = 'w:val'): string | null => new RegExp(`${name}\\s*=\\s*["']([^"']*)["']`).exec(attrs)?.[1] ?? null;

export function readNumbering(xml: string): Numbering {
  const starts = new Map<string, Map<number, number>>();
  const types = new Map<string, Map<number, string>>();
  const nums = new Map<string, { abstract: string; overrides: Map<number, number> }>();
  let abstract: string | null = null;
  let num: string | null = null;
  let level: number | null = null;
  for (const m of xml.matchAll(TAG)) {
    const [, close, name, attrs = ''] = m;
    const selfClosing = m[4] === '/';
    if (name === 'w:abstractNum') abstract = close ? null : valOf(attrs, 'w:abstractNumId');
    else if (name === 'w:num') num = close ? null : valOf(attrs, 'w:numId');
    else if (name === 'w:lvl' || name === 'w:lvlOverride') level = close || selfClosing ? null : Number(valOf(attrs, 'w:ilvl') ?? 0);
    else if (name === 'w:start' && abstract !== null && level !== null) {
      if (!starts.has(abstract)) starts.set(abstract, new Map());
      starts.get(abstract)!.set(level, Number(valOf(attrs) ?? 1));
    } else if (name === 'w:numFmt' && abstract !== null && level !== null && LIST_TYPES[valOf(attrs) ?? ''] !== undefined) {
      if (!types.has(abstract)) types.set(abstract, new Map());
      types.get(abstract)!.set(level, LIST_TYPES[valOf(attrs) ?? '']!);
    } else if (name === 'w:abstractNumId' && num !== null) nums.set(num, { abstract: valOf(attrs) ?? '', overrides: new Map() });
    else if (name === 'w:startOverride' && num !== null && level !== null) nums.get(num)?.overrides.set(level, Number(valOf(attrs) ?? 1));
  }
  return { starts, nums, types };
}

/**
 * The number each paragraph of the main part shows (null: not numbered, or a bullet — the caller
 * only marks ordered ones), in mammoth's visiting order.
 */
export function paragraphNumbers(documentXml: string, numbering: Numbering, types?: (string | null)[]): (number | null)[] {
  const out: (number | null)[] = [];
  const open: { numId: string | null; level: number }[] = [];
  const counters = new Map<string, (number | undefined)[]>();
  const usedNums = new Set<string>();
  let skipDepth = 0;
  // Cells a vertical merge continues: mammoth folds them into the cell above, their paragraphs with them.
  const cells: boolean[] = [];
  for (const m of documentXml.matchAll(TAG)) {
    const [, close, name, attrs = ''] = m;
    const selfClosing = m[4] === '/';
    if (name === 'mc:Choice' && !selfClosing) {
      skipDepth += close ? -1 : 1;
      continue;
    }
    if (skipDepth > 0) continue;
    const top = open.at(-1);
    const merged = cells.at(-1) === true;
    if (name === 'w:tc' && !selfClosing) {
      if (close) cells.pop();
      else cells.push(false);
    } else if (name === 'w:vMerge' && cells.length > 0 && open.length === 0) {
      const val = valOf(attrs);
      if (val === null || val === 'continue') cells[cells.length - 1] = true;
    } else if (name === 'w:p') {
      if (selfClosing) {
        if (!merged) {
          out.push(null);
          types?.push(null);
        }
      } else if (!close) open.push({ numId: null, level: 0 });
      else if (top) {
        open.pop();
        if (!merged) {
          out.push(top.numId === null ? null : numberOf(top.numId, top.level));
          types?.push(top.numId === null ? null : (numbering.types.get(numbering.nums.get(top.numId)?.abstract ?? '')?.get(top.level) ?? null));
        }
      }
    } else if (name === 'w:numId' && top && top.numId === null) top.numId = valOf(attrs);
    else if (name === 'w:ilvl' && top) top.level = Math.min(8, Math.max(0, Number(valOf(attrs) ?? 0)));
  }
  return out;

  function numberOf(numId: string, level: number): number | null {
    const num = numbering.nums.get(numId);
    if (numId === '0' || num === undefined) return null;
    // Counted per abstract list; a w:num that overrides a start restarts it the first time it is used.
    let levels = counters.get(num.abstract);
    if (!levels) counters.set(num.abstract, (levels = []));
    if (!usedNums.has(numId)) {
      usedNums.add(numId);
      for (const overridden of num.overrides.keys()) levels[overridden] = undefined;
    }
    const start = num.overrides.get(level) ?? numbering.starts.get(num.abstract)?.get(level) ?? 1;
    const value = levels[level] === undefined ? start : levels[level]! + 1;
    levels[level] = value;
    for (let deeper = level + 1; deeper < 9; deeper++) levels[deeper] = undefined;
    return value;
  }
}
