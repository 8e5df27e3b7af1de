/**
 * Legacy encodings on import (issue 11): text typed in TCVN3 (.VnTime) or VNI fonts in an old file
 * comes in as Unicode, and the import message says how many paragraphs were converted. A .txt or
 * .html that is not UTF-8 is read as Windows-1252 only when that reading turns out to be TCVN3 or
 * VNI (an old Word "plain text" save); any other such file is still refused as not UTF-8.
 */
import { extractEntry, locateEntries, readZipDirectory } from '../../core/document/zip-reader';
import { convertLegacyText, reportIsEmpty, type LegacyReport } from '../../core/vi/legacy/detect';
import { decodeDocxRuns, readDocxFonts } from '../../core/vi/legacy/docx';
import { convertLegacyHtml } from '../../core/vi/legacy/html';

/** Decoded text of a .txt/.md/.html file with its legacy text in Unicode; `decodeUtf` refuses what is not Unicode. */
export function readLegacyAware(bytes: Uint8Array, html: boolean, decodeUtf: (bytes: Uint8Array) => string): { text: string; legacy: LegacyReport } {
  let text: string;
  let oneByte = false;
  let refusal: unknown = null;
  try {
    text = decodeUtf(bytes);
  } catch (e) {
    refusal = e;
    text = new TextDecoder('windows-1252').decode(bytes);
    oneByte = true;
  }
  const converted = html ? convertLegacyHtml(text) : convertLegacyText(text);
  if (oneByte && reportIsEmpty(converted.report)) throw refusal;
  return { text: 'html' in converted ? converted.html : converted.text, legacy: converted.report };
}

/** mammoth's transformDocument for a .docx: runs in legacy fonts (own or from styles.xml) decoded, counted into `report`. */
export function docxLegacyTransform(bytes: Uint8Array, maxEntries: number, report: LegacyReport): <T>(document: T) => T {
  const entries = locateEntries(bytes, readZipDirectory(bytes, maxEntries));
  const entry = entries.find((e) => e.name === 'word/styles.xml');
  const stylesXml = entry ? new TextDecoder('utf-8').decode(extractEntry(bytes, entry)) : '';
  return decodeDocxRuns(readDocxFonts(stylesXml), report);
}

/** mammoth's HTML with the runs no font told about judged by their text. */
export function docxHtmlLegacy(html: string, report: LegacyReport): string {
  const converted = convertLegacyHtml(html);
  for (const [encoding, n] of Object.entries(converted.report)) report[encoding as keyof LegacyReport] = (report[encoding as keyof LegacyReport] ?? 0) + (n ?? 0);
  return converted.html;
}
