/**
 * Packing a built Document to bytes, pure (no Node Buffer): runs in the main process, a worker or
 * the browser host alike.
 *
 * docx's Packer DEFLATEs every part, images included; photos are already compressed, and
 * deflating them again is most of the packing time (about 1/3 s per camera photo) for nothing.
 * So the package's parts come from docx's own compiler and are zipped here with fflate: XML
 * parts deflated, `word/media/*` stored. Should a docx upgrade move the compiler, this falls back
 * to Packer.toArrayBuffer (same bytes, only slower) — the reader tests cover both.
 */
import { Packer, type Document } from 'docx';
import { zipSync, type Zippable } from 'fflate';
import type { ExportInput } from '../types';
import { buildDocx, type DocxOptions } from './build';

type PartData = string | Uint8Array | ArrayBuffer | ArrayBufferView;
interface Compiler {
  compile(file: Document, prettify: undefined, overrides: readonly unknown[]): Map<string, PartData>;
}

function compiler(): Compiler | undefined {
  const c = (Packer as unknown as { compiler?: Partial<Compiler> }).compiler;
  return typeof c?.compile === 'function' ? (c as Compiler) : undefined;
}

const encoder = new TextEncoder();
function bytesOf(data: PartData): Uint8Array {
  if (typeof data === 'string') return encoder.encode(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}

/** A built Document as .docx bytes (images stored, XML deflated). */
export async function packDocx(document: Document): Promise<Uint8Array> {
  const c = compiler();
  if (!c) return new Uint8Array(await Packer.toArrayBuffer(document));
  const parts = c.compile(document, undefined, []);
  const files: Zippable = {};
  for (const [path, data] of parts) {
    files[path] = path.startsWith('word/media/') ? [bytesOf(data), { level: 0 }] : [bytesOf(data), { level: 6 }];
  }
  return zipSync(files);
}

/** The release as .docx bytes in the chosen template. */
export async function docxBytes(input: ExportInput, options: DocxOptions): Promise<Uint8Array> {
  return packDocx(buildDocx(input, options));
}
