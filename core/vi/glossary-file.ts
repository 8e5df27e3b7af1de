/**
 * The glossary as a file, to share one list across an office: CSV, one name a row, the canonical
 * spelling first and its variants in the next columns. Written as UTF-8 with a byte-order mark and
 * commas (Excel and LibreOffice open it as Vietnamese text). Read from what offices really have:
 * a .csv with commas, semicolons (Excel under a Vietnamese locale) or tabs, quoted fields; a .txt
 * with one name a line (variants after `;` or a tab); UTF-8 with or without a BOM, or UTF-16
 * (Excel's "Unicode text"). The Settings box uses the .txt form: `Name; variant; variant`. Pure.
 */
import { MAX_GLOSSARY_ENTRIES, MAX_GLOSSARY_VARIANTS, type GlossaryEntry } from './glossary';

/** The longest name or variant kept (Settings' own limit). */
export const MAX_GLOSSARY_NAME = 300;

/** An entry as read (mutable, as the settings schema types it). */
export interface ParsedEntry extends GlossaryEntry {
  variants: string[];
}

export interface ParsedGlossary {
  entries: ParsedEntry[];
  /** Rows left out: past the limits, a name too long, or a name already listed. */
  skipped: number;
}

/** Bytes of a glossary file as text: UTF-16 by its BOM, else UTF-8 (a BOM dropped). */
export function decodeGlossaryBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/u, '');
}

/** The separator a file uses: tab, then semicolon, then (a .csv only) comma, by the first line that has one outside quotes. */
function separatorOf(text: string, csv: boolean): string {
  // Names have commas ("Sở Văn hóa, Thể thao và Du lịch"): a .txt line is never split on one.
  const candidates = csv ? ['\t', ';', ','] : ['\t', ';'];
  for (const line of text.split(/\r?\n/u)) {
    const bare = line.replace(/"[^"]*"/gu, '');
    for (const sep of candidates) if (bare.includes(sep)) return sep;
  }
  return csv ? ',' : ';';
}

/** Rows of fields, RFC 4180 quoting ("" inside quotes is a quote; a quoted field may span lines). */
function rows(text: string, sep: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (c === sep) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      out.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  row.push(field);
  out.push(row);
  return out;
}

const clean = (s: string): string => s.normalize('NFC').replace(/\s+/gu, ' ').trim();

/** A header row an export writes (or a person types): not a name. */
const HEADER = /^(tên chính thức|tên|name|canonical( name)?|official name)$/iu;

/**
 * The entries of a glossary text. `csv` says the text came from a .csv (comma by default);
 * otherwise one name a line with variants after `;` or a tab.
 */
export function parseGlossary(text: string, options: { csv?: boolean } = {}): ParsedGlossary {
  const sep = separatorOf(text, options.csv === true);
  const entries: ParsedEntry[] = [];
  const names = new Set<string>();
  let skipped = 0;
  rows(text, sep).forEach((fields, index) => {
    const [name = '', ...rest] = fields.map(clean);
    if (name === '' || (index === 0 && HEADER.test(name))) return;
    const key = name.toLowerCase();
    if (name.length > MAX_GLOSSARY_NAME || names.has(key) || entries.length >= MAX_GLOSSARY_ENTRIES) {
      skipped++;
      return;
    }
    names.add(key);
    const variants = [...new Set(rest.filter((v) => v !== '' && v.length <= MAX_GLOSSARY_NAME && v !== name))].slice(0, MAX_GLOSSARY_VARIANTS);
    entries.push({ name, variants });
  });
  return { entries, skipped };
}

/** The Settings box's text: `Name; variant; variant`, one a line. */
export function glossaryToLines(entries: readonly GlossaryEntry[]): string {
  return entries.map((e) => [e.name, ...e.variants].join('; ')).join('\n');
}

const csvField = (s: string): string => (/[",;\t\r\n]/u.test(s) || s !== s.trim() ? `"${s.replaceAll('"', '""')}"` : s);

/** The file's text (the caller writes it as UTF-8 after a BOM): a header row, then a row per name. */
export function glossaryToCsv(entries: readonly GlossaryEntry[], header: readonly [string, string]): string {
  const lines = [header.map(csvField).join(','), ...entries.map((e) => [e.name, ...e.variants].map(csvField).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
