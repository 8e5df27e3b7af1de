/**
 * Word's review layer, read from a .docx's XML by PressDesk itself (xml-scan: no DTD, no external
 * entity): the comments (word/comments.xml, with replies and "done" from commentsExtended.xml) and
 * where comment ranges and tracked changes sit in word/document.xml.
 *
 * mammoth, which turns the document into HTML, drops deleted text and comment ranges. So rather
 * than align two readings of the document by text (fragile where text repeats), document.xml is
 * rewritten into a form mammoth keeps: every comment range start/end and every w:ins / w:del
 * edge becomes a tiny text marker (private-use characters around a code), w:del becomes w:ins and
 * w:delText becomes w:t. The markers ride through mammoth and the HTML importer in place, and
 * review-markers.ts turns them into comment, insertion and deletion marks of the body.
 */
import { XmlRefusedError, scanXmlWithPath } from './xml-scan';

/** Marker edges: private-use characters no writer puts in a release (any found are removed first). */
export const MARKER_OPEN = '\uE000';
export const MARKER_CLOSE = '\uE001';
const marker = (code: string): string => `${MARKER_OPEN}${code}${MARKER_CLOSE}`;

export interface WordComment {
  /** w:id in comments.xml and the document. */
  id: string;
  author: string;
  initials: string;
  /** As written (ISO 8601), '' if none. */
  date: string;
  text: string;
  /** The comment this one replies to (commentsExtended's w15:paraIdParent), null for a thread's first. */
  parent: string | null;
  /** Marked done (resolved) in commentsExtended. */
  done: boolean;
}

export interface WordRevision {
  kind: 'insertion' | 'deletion';
  author: string;
  date: string;
}

/** document.xml made fit for mammoth, and what its markers refer to. */
export interface MarkedDocument {
  xml: string;
  /** Revision n is marked `i<n>` ... `/<n>`; comment ranges `c<id>` ... `e<id>`. */
  revisions: WordRevision[];
  commentRanges: number;
  /** Formatting changes (w:rPrChange, w:pPrChange, ...): the new formatting is kept, the change is not. */
  formatChanges: number;
  /** Inserted or deleted paragraph marks: the paragraphs are kept as they stand. */
  paragraphMarks: number;
}

const REVISION_KIND: Record<string, WordRevision['kind']> = { 'w:ins': 'insertion', 'w:moveTo': 'insertion', 'w:del': 'deletion', 'w:moveFrom': 'deletion' };
const FORMAT_CHANGES = new Set(['w:rPrChange', 'w:pPrChange', 'w:sectPrChange', 'w:tblPrChange', 'w:trPrChange', 'w:tcPrChange', 'w:tblGridChange', 'w:tblPrExChange', 'w:numberingChange']);
const STRAY_MARKERS = /[\uE000\uE001]|&#(?:x[eE]00[01]|5734[45]);/g;

/**
 * Rewrites document.xml: review edges as text markers, deletions as text mammoth reads, and
 * paragraph-mark revisions removed (mammoth would join a paragraph whose mark was deleted).
 * Throws XmlRefusedError on a DTD or an unknown entity.
 */
export function markDocumentXml(xml: string): MarkedDocument {
  const out: string[] = [];
  const revisions: WordRevision[] = [];
  const open: number[] = [];
  let pending: string[] = [];
  let commentRanges = 0;
  let formatChanges = 0;
  let paragraphMarks = 0;
  let copied = 0;
  const replace = (start: number, end: number, text: string): void => {
    out.push(xml.slice(copied, start), text);
    copied = end;
  };
  // Open w:p elements, counted (not searched for in the path: a deep file would make that quadratic).
  let paragraphs = 0;
  // A marker outside any paragraph (a range starting before a table) waits for the next one.
  const markerAt = (inRun: boolean, code: string): string => {
    if (paragraphs === 0) {
      pending.push(marker(code));
      return '';
    }
    return inRun ? `<w:t>${marker(code)}</w:t>` : `<w:r><w:t>${marker(code)}</w:t></w:r>`;
  };
  for (const { token, path } of scanXmlWithPath(xml)) {
    if (token.kind === 'text') {
      if (/[\uE000\uE001]|&#/.test(xml.slice(token.start, token.end))) replace(token.start, token.end, xml.slice(token.start, token.end).replace(STRAY_MARKERS, ''));
      continue;
    }
    if (token.kind === 'other') continue;
    const { name } = token;
    if (token.kind === 'close') {
      if (name === 'w:p') paragraphs = Math.max(paragraphs - 1, 0);
      if (REVISION_KIND[name] !== undefined) replace(token.start, token.end, `${markerAt(false, `/${open.pop() ?? 0}`)}</w:ins>`);
      else if (name === 'w:delText') replace(token.start, token.end, '</w:t>');
      continue;
    }
    if (name === 'w:p' && !token.selfClosing) paragraphs++;
    if (name === 'w:p' && !token.selfClosing && pending.length > 0) {
      replace(token.start, token.end, `${xml.slice(token.start, token.end)}<w:r><w:t>${pending.join('')}</w:t></w:r>`);
      pending = [];
    } else if (name === 'w:commentRangeStart' || name === 'w:commentRangeEnd') {
      commentRanges += name === 'w:commentRangeStart' ? 1 : 0;
      replace(token.start, token.end, markerAt(path.at(-1) === 'w:r', `${name === 'w:commentRangeStart' ? 'c' : 'e'}${token.attrs['w:id'] ?? ''}`));
    } else if (REVISION_KIND[name] !== undefined) {
      if (token.selfClosing) {
        // A revision mark in properties: the paragraph mark (pPr/rPr) or a table row.
        if (path.at(-1) === 'w:rPr' && path.at(-2) === 'w:pPr') {
          paragraphMarks++;
          replace(token.start, token.end, '');
        }
        continue;
      }
      const n = revisions.length;
      revisions.push({ kind: REVISION_KIND[name]!, author: token.attrs['w:author'] ?? '', date: token.attrs['w:date'] ?? '' });
      open.push(n);
      replace(token.start, token.end, `<w:ins>${markerAt(false, `i${n}`)}`);
    } else if (name === 'w:delText') {
      replace(token.start, token.end, token.selfClosing ? '' : '<w:t xml:space="preserve">');
    } else if (FORMAT_CHANGES.has(name)) {
      formatChanges++;
    }
  }
  out.push(xml.slice(copied));
  return { xml: out.join(''), revisions, commentRanges, formatChanges, paragraphMarks };
}

/** The text of a comment: its paragraphs joined by line breaks (tabs and breaks kept). */
function commentTexts(xml: string): { comments: Omit<WordComment, 'parent' | 'done'>[]; paraIds: Map<string, string> } {
  const comments: Omit<WordComment, 'parent' | 'done'>[] = [];
  const paraIds = new Map<string, string>();
  let current: Omit<WordComment, 'parent' | 'done'> | null = null;
  let paragraphs: string[] = [];
  let inText = false;
  for (const { token } of scanXmlWithPath(xml)) {
    if (token.kind === 'open' && token.name === 'w:comment' && !token.selfClosing) {
      current = { id: token.attrs['w:id'] ?? '', author: token.attrs['w:author'] ?? '', initials: token.attrs['w:initials'] ?? '', date: token.attrs['w:date'] ?? '', text: '' };
      paragraphs = [];
    } else if (current === null) {
      continue;
    } else if (token.kind === 'open' && token.name === 'w:p') {
      paragraphs.push('');
      // The last paragraph's paraId names the comment in commentsExtended.xml.
      const paraId = token.attrs['w14:paraId'];
      if (paraId !== undefined) paraIds.set(paraId.toUpperCase(), current.id);
    } else if (token.kind === 'open' && (token.name === 'w:t' || token.name === 'w:delText')) {
      inText = !token.selfClosing;
    } else if (token.kind === 'close' && (token.name === 'w:t' || token.name === 'w:delText')) {
      inText = false;
    } else if (token.kind === 'open' && (token.name === 'w:br' || token.name === 'w:tab') && paragraphs.length > 0) {
      paragraphs[paragraphs.length - 1] += token.name === 'w:br' ? '\n' : '\t';
    } else if (token.kind === 'text' && inText && paragraphs.length > 0) {
      paragraphs[paragraphs.length - 1] += token.text;
    } else if (token.kind === 'close' && token.name === 'w:comment') {
      comments.push({ ...current, text: paragraphs.join('\n') });
      current = null;
    }
  }
  return { comments, paraIds };
}

/**
 * Word's comments, in the order of comments.xml, with replies and done from commentsExtended.xml
 * (when there is one). Throws XmlRefusedError on a DTD or an unknown entity.
 */
export function readWordComments(commentsXml: string, extendedXml?: string): WordComment[] {
  const { comments, paraIds } = commentTexts(commentsXml);
  const parent = new Map<string, string>();
  const done = new Set<string>();
  for (const { token } of extendedXml === undefined ? [] : scanXmlWithPath(extendedXml)) {
    if (token.kind !== 'open' || token.name !== 'w15:commentEx') continue;
    const self = paraIds.get((token.attrs['w15:paraId'] ?? '').toUpperCase());
    if (self === undefined) continue;
    const up = paraIds.get((token.attrs['w15:paraIdParent'] ?? '').toUpperCase());
    if (up !== undefined && up !== self) parent.set(self, up);
    if (token.attrs['w15:done'] === '1' || token.attrs['w15:done'] === 'true') done.add(self);
  }
  return comments.map((c) => ({ ...c, parent: parent.get(c.id) ?? null, done: done.has(c.id) }));
}

export { XmlRefusedError };
