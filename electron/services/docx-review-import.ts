/**
 * A .docx's comments and tracked changes on their way in (issue 9). Runs inside the DOCX import,
 * so inside the bounded reader's worker and after checkDocxZip's guards. The XML reading is
 * core's (core/import/docx-review.ts: own tokenizer, no DTD, no entity); this file only takes the
 * parts out of the ZIP and puts the marked document.xml back for mammoth.
 */
import { randomBytes } from 'node:crypto';
import { zipSync, type Zippable } from 'fflate';
import { extractEntry, locateEntries, readZipDirectory } from '../../core/document/zip-reader';
import type { Release } from '../../core/document/release';
import { findMainPart, relatedPart, relsPartOf } from '../../core/import/docx-parts';
import { markDocumentXml, readWordComments, XmlRefusedError, type MarkedDocument, type WordComment } from '../../core/import/docx-review';
import { applyWordReview, type ReviewImport } from '../../core/import/review-markers';
import { AppFailure } from './errors';

export interface PreparedReview {
  /** The .docx for mammoth: document.xml with its review markers. */
  bytes: Uint8Array;
  /** The imported release with the review layer put back as marks and threads. */
  finish(release: Release, now: string): ReviewImport;
}

/** Anything in document.xml or beside it that the review layer reads. */
const REVIEW_HINT = /<w:(?:ins|del|moveFrom|moveTo|commentRangeStart|commentRangeEnd)[\s>/]/;

/**
 * The review layer of a checked .docx, or null when it has none (then mammoth reads the file as
 * it is). A DTD or an unknown entity in any part it reads refuses the import.
 */
export function prepareDocxReview(bytes: Uint8Array, maxEntries: number): PreparedReview | null {
  const entries = locateEntries(bytes, readZipDirectory(bytes, maxEntries));
  const text = (name: string): string | undefined => {
    const entry = entries.find((e) => e.name === name);
    return entry === undefined ? undefined : new TextDecoder('utf-8').decode(extractEntry(bytes, entry));
  };
  // The main part wherever the package's relationships put it (core/import/docx-parts.ts), and its comments beside it.
  const main = findMainPart(text, (name) => entries.some((e) => e.name === name));
  if (main === null) return null;
  const documentXml = text(main);
  const rels = text(relsPartOf(main));
  const commentsPart = relatedPart(rels, main, 'comments') ?? 'word/comments.xml';
  const extendedPart = relatedPart(rels, main, 'commentsExtended') ?? 'word/commentsExtended.xml';
  // Comments without a range (a point, as LibreOffice writes one) count too: they come in as general threads.
  const hasComments = entries.some((e) => e.name === commentsPart);
  if (documentXml === undefined || (!hasComments && !REVIEW_HINT.test(documentXml))) return null;
  let marked: MarkedDocument;
  let comments: WordComment[];
  try {
    marked = markDocumentXml(documentXml);
    const commentsXml = text(commentsPart);
    comments = commentsXml === undefined ? [] : readWordComments(commentsXml, text(extendedPart));
  } catch (e) {
    if (e instanceof XmlRefusedError) throw new AppFailure('import-failed', { reason: e.reason === 'malformed' ? 'damaged' : 'dtd' });
    throw e;
  }
  // Repacked stored, not deflated: mammoth reads it once, right away.
  const files: Zippable = {};
  for (const entry of entries) {
    files[entry.name] = entry.name === main ? [new TextEncoder().encode(marked.xml), { level: 0 }] : [extractEntry(bytes, entry), { level: 0 }];
  }
  const idPrefix = `w${randomBytes(4).toString('hex')}`;
  return { bytes: zipSync(files), finish: (release, now) => applyWordReview(release, comments, marked, idPrefix, now) };
}
