/**
 * "Chuyển mã vùng chọn từ…" / "Convert selection from…": the body's selection decoded from an
 * encoding the officer names (TCVN3, TCVN3 capitals, VNI, VIQR), for text detection left alone or
 * that arrived some other way. Each text run is replaced by its decoded text with its marks kept,
 * all in one transaction: one undo step. VIQR is read leniently here (the officer said it is VIQR).
 */
import type { Mark } from '@tiptap/pm/model';
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { decodeLegacy, detectLegacyEncoding } from '../../core/vi/legacy/detect';

export type ManualEncoding = 'tcvn3' | 'tcvn3-caps' | 'vni' | 'viqr';
export const MANUAL_ENCODINGS: readonly ManualEncoding[] = ['tcvn3', 'tcvn3-caps', 'vni', 'viqr'];

export function decodeManual(text: string, encoding: ManualEncoding): string {
  if (encoding === 'tcvn3-caps') return decodeLegacy(text, 'tcvn3', { capitals: true });
  return decodeLegacy(text, encoding, { lenient: true });
}

export { selectionText } from './selection-text';

/** Detection's guess for the selected text (null: none wins). */
export function guessEncoding(text: string): ManualEncoding | null {
  const found = detectLegacyEncoding(text);
  if (found === null) return null;
  // Written in ASCII capitals with TCVN3 codes: the capitals font's text.
  if (found.encoding === 'tcvn3' && text === text.toUpperCase() && /[A-Z]{2}/u.test(text)) return 'tcvn3-caps';
  return found.encoding;
}

interface Piece {
  from: number;
  to: number;
  text: string;
  marks: readonly Mark[];
}

/** The transaction converting the selection (null when nothing changes). */
export function convertSelection(state: EditorState, encoding: ManualEncoding): Transaction | null {
  const { from, to } = state.selection;
  const pieces: Piece[] = [];
  state.doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isText) return true;
    const start = Math.max(from, pos);
    const end = Math.min(to, pos + node.nodeSize);
    if (end > start) pieces.push({ from: start, to: end, text: (node.text ?? '').slice(start - pos, end - pos), marks: node.marks });
    return false;
  });
  const tr = state.tr;
  // Back to front: earlier positions stay valid.
  for (const piece of pieces.reverse()) {
    const decoded = decodeManual(piece.text, encoding);
    if (decoded !== piece.text) tr.replaceWith(piece.from, piece.to, state.schema.text(decoded, piece.marks));
  }
  if (!tr.docChanged) return null;
  const head = tr.mapping.map(to, -1);
  return tr.setSelection(TextSelection.create(tr.doc, tr.mapping.map(from, 1), head)).scrollIntoView();
}
