/**
 * Releases whose body the editor cannot show (the two cases of issue 7), as .pressdesk bytes built
 * by hand — packRelease would refuse to write them. Shared by the file, CLI, export and e2e tests;
 * not used by the app.
 */
import { createRelease, FORMAT_VERSION, type Asset, type PmNode, type Release } from './release';
import { pngImage } from './image-fixtures';
import { sha256Hex } from './sha256';
import { handMadeFile } from './zip-fixtures';

export interface BadBody {
  /** A release that passes every check but the body schema. */
  release: Release;
  assets: Map<string, Uint8Array>;
  /** The detail an error names: where, then what. */
  detail: string;
}

const photo = (): { asset: Asset; bytes: Uint8Array } => {
  const bytes = pngImage(4, 3);
  return { bytes, asset: { hash: sha256Hex(bytes), ext: 'png', mime: 'image/png', width: 4, height: 3, bytes: bytes.length } };
};

const para = (text: string): PmNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** A `doc` node inside the body: the editor has no way to draw it (`toDOM is not a function`). */
export function nestedDocRelease(): BadBody {
  const body = { type: 'doc', content: [para('Mở đầu'), { type: 'doc', content: [para('Bên trong')] }] } as Release['body'];
  return { release: { ...createRelease('news'), headline: 'Lồng doc', body }, assets: new Map(), detail: 'body.content[1]: doc cannot go inside doc here (doc holds block+)' };
}

/** A figure whose alt text is an object (the figure view calls `alt.trim()`). */
export function objectAltRelease(): BadBody {
  const { asset, bytes } = photo();
  const figure: PmNode = {
    type: 'figure',
    attrs: { asset: asset.hash, alt: { toString: 'x' }, credit: '', width: 'full', align: 'center', lead: false },
    content: [{ type: 'text', text: 'Chú thích' }],
  };
  const body: Release['body'] = { type: 'doc', content: [para('Một'), para('Hai'), para('Ba'), { type: 'blockquote', content: [figure] }] };
  return {
    release: { ...createRelease('news'), headline: 'Alt là đối tượng', body, assets: [asset] },
    assets: new Map([[asset.hash, bytes]]),
    detail: 'body.content[3].content[0]: figure attribute alt must be text',
  };
}

/** A table whose one cell spans a billion columns (issue 10): laid out, its grid would take gigabytes. */
export function hugeSpanTableRelease(): BadBody {
  const cell: PmNode = { type: 'tableCell', attrs: { colspan: 1_000_000_000, rowspan: 1, colwidth: null }, content: [para('Ô')] };
  const table: PmNode = { type: 'table', content: [{ type: 'tableRow', content: [cell] }] };
  const body: Release['body'] = { type: 'doc', content: [para('Bảng:'), table] };
  return { release: { ...createRelease('news'), headline: 'Bảng khổng lồ', body }, assets: new Map(), detail: 'body.content[1]: table is wider than 63 columns' };
}

/** The release as a .pressdesk file in the current format, photos included. */
export function badBodyFile({ release, assets }: BadBody): Uint8Array {
  const version = `${FORMAT_VERSION.major}.${FORMAT_VERSION.minor}`;
  return handMadeFile(release, version, [...assets].map(([hash, data]) => ({ name: `assets/${hash}.png`, data, level: 0 })));
}
