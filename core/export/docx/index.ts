/**
 * The DOCX exporter: release -> docx.Document (pure, ./build), and bytes (./pack, also pure:
 * Packer.toArrayBuffer needs no Node Buffer).
 */
export { buildDocx, DOCX_TEMPLATES, type DocxOptions } from './build';
export { docxBytes, packDocx } from './pack';
export { englishDateline, embargoLine, noticeNumberLine, vietnamesePlaceDate } from './dates';
