import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FileFormatError, packRelease, unpackRelease } from '../document/file-format';
import { historyFileName, MAX_HISTORY_ENTRIES } from '../document/history-entry';
import { buildZip, documentJson, manifestJson } from '../document/zip-fixtures';
import { createRelease, type Asset, type PmNode, type Release } from '../document/release';
import { contentHash } from '../signoff/canonical';
import { lastSnapshotBy, parseSnapshot, publishedBody, SnapshotError, snapshotContent, snapshotMove, takeSnapshot } from './snapshot';

const AUTHOR = { name: 'Nguyễn An', initials: 'NA', fingerprint: 'a1'.repeat(32) };
const REVIEWER = { name: 'Trần Bình', initials: 'TB', fingerprint: 'b2'.repeat(32) };
const PNG_HASH = 'ab'.repeat(32);
const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
const photo: Asset = { hash: PNG_HASH, ext: 'png', mime: 'image/png', width: 4, height: 3, bytes: PNG_BYTES.length };

const para = (...content: PmNode[]): PmNode => ({ type: 'paragraph', content });
const text = (t: string, marks?: PmNode['marks']): PmNode => (marks ? { type: 'text', text: t, marks } : { type: 'text', text: t });
const suggestion = { id: 's1', by: REVIEWER.fingerprint, name: REVIEWER.name, initials: 'TB', at: '2026-11-28T10:00:00Z' };
const figure: PmNode = { type: 'figure', attrs: { asset: PNG_HASH, alt: 'Ảnh', credit: '', width: 'full', align: 'center', lead: false } };

function release(body: PmNode[], assets: Asset[] = []): Release {
  return { ...createRelease('news'), headline: 'Tiêu đề', body: { type: 'doc', content: body }, assets };
}

describe('publishedBody', () => {
  it('leaves out suggested insertions, keeps suggested deletions as plain text, drops comment anchors, keeps formatting', () => {
    const body = release([
      para(
        text('Giữ '),
        text('thêm ', [{ type: 'insertion', attrs: suggestion }]),
        text('bỏ ', [{ type: 'deletion', attrs: suggestion }, { type: 'bold' }]),
        text('chú thích', [{ type: 'comment', attrs: { thread: 't1' } }]),
      ),
    ]).body;
    expect(publishedBody(body)).toEqual({ type: 'doc', content: [para(text('Giữ '), text('bỏ ', [{ type: 'bold' }]), text('chú thích'))] });
  });
});

describe('takeSnapshot and the file', () => {
  const at = '2026-11-28T09:00:00+07:00';

  it('records the move with its person, time and canonical content hash, content-addressed under history/', () => {
    const r = release([para(text('Một'))]);
    const taken = takeSnapshot(r, { move: 'submit', by: AUTHOR, at, id: 'h1' });
    const entry = taken.release.history[0]!;
    expect(entry).toMatchObject({ id: 'h1', move: 'submit', by: AUTHOR, at, contentHash: contentHash(r), file: historyFileName(taken.hash), assets: [] });
    expect(parseSnapshot(taken.bytes, taken.hash)).toEqual(snapshotContent(r));
    // Versions are never part of what an approval signs.
    expect(contentHash(taken.release)).toBe(contentHash(r));
    // Same content, same bytes: a second move on it adds an entry but no second file.
    const again = takeSnapshot(taken.release, { move: 'request-changes', by: REVIEWER, at, id: 'h2' });
    expect(again.hash).toBe(taken.hash);
    const zipped = unzipSync(packRelease(again.release, { history: new Map([[taken.hash, taken.bytes]]) }));
    expect(Object.keys(zipped).filter((n) => n.startsWith('history/'))).toEqual([historyFileName(taken.hash)]);
  });

  it('round-trips through the file, and keeps a photo deleted from the text since once, for the snapshot', () => {
    const withPhoto = release([figure, para(text('Ảnh trên'))], [photo]);
    const taken = takeSnapshot(withPhoto, { move: 'submit', by: AUTHOR, at, id: 'h1' });
    expect(taken.release.history[0]!.assets).toEqual([photo]);
    // The author deletes the photo: the release lists no asset, the snapshot still shows it.
    const edited: Release = { ...taken.release, body: { type: 'doc', content: [para(text('Không ảnh'))] }, assets: [] };
    const bytes = packRelease(edited, { assets: new Map([[PNG_HASH, PNG_BYTES]]), history: new Map([[taken.hash, taken.bytes]]) });
    expect(Object.keys(unzipSync(bytes)).filter((n) => n.startsWith('assets/'))).toEqual([`assets/${PNG_HASH}.png`]);
    const out = unpackRelease(bytes);
    expect(out.release).toEqual(edited);
    expect(out.assets.get(PNG_HASH)).toEqual(PNG_BYTES);
    expect(parseSnapshot(out.history.get(taken.hash)!, taken.hash).body.content[0]).toEqual(figure);
  });

  it('never writes, and refuses to open, a file naming a snapshot it does not hold or one changed by hand', () => {
    const taken = takeSnapshot(release([para(text('Một'))]), { move: 'submit', by: AUTHOR, at, id: 'h1' });
    expect(() => packRelease(taken.release)).toThrow(FileFormatError);
    const tampered = new TextEncoder().encode(new TextDecoder().decode(taken.bytes).replace('Một', 'Hai'));
    expect(() => packRelease(taken.release, { history: new Map([[taken.hash, tampered]]) })).toThrow(/missing-snapshot/);
    expect(() => parseSnapshot(tampered, taken.hash)).toThrow(SnapshotError);
  });
});

describe('a hostile history stays bounded', () => {
  const at = '2026-11-28T09:00:00Z';
  const failure = (run: () => unknown): unknown => {
    try {
      run();
    } catch (e) {
      return e;
    }
    return null;
  };

  it('refuses more entries than a release ever moves before reading one snapshot, and snapshots past their sizes from the directory', () => {
    const taken = takeSnapshot(release([para(text('Một'))]), { move: 'submit', by: AUTHOR, at, id: 'h1' });
    const entry = taken.release.history[0]!;
    const many = { ...taken.release, history: Array.from({ length: MAX_HISTORY_ENTRIES + 1 }, (_, i) => ({ ...entry, id: `h${i}` })) };
    const stuffed = buildZip([
      { name: 'manifest.json', data: manifestJson('1.5') },
      { name: 'document.json', data: documentJson(many, '1.5') },
      { name: entry.file, data: taken.bytes },
    ]);
    expect(failure(() => unpackRelease(stuffed))).toMatchObject({ code: 'corrupt', params: { reason: 'invalid-document' } });

    const big = buildZip([
      { name: 'manifest.json', data: manifestJson('1.5') },
      { name: 'document.json', data: documentJson(taken.release, '1.5') },
      { name: entry.file, data: taken.bytes },
    ]);
    expect(unpackRelease(big).history.get(taken.hash)).toEqual(taken.bytes);
    expect(failure(() => unpackRelease(big, { limits: { maxJsonBytes: taken.bytes.length - 1 } }))).toMatchObject({ code: 'too-large', params: { reason: 'entry-size' } });
    // All snapshot files together, listed or not, are held to their own total before any is read.
    const stuffedUnlisted = buildZip([
      { name: 'manifest.json', data: manifestJson('1.5') },
      { name: 'document.json', data: documentJson(taken.release, '1.5') },
      { name: entry.file, data: taken.bytes },
      { name: `history/${'e'.repeat(64)}.json`, data: taken.bytes },
    ]);
    expect(failure(() => unpackRelease(stuffedUnlisted, { limits: { maxHistoryBytes: taken.bytes.length * 2 - 1 } }))).toMatchObject({ code: 'too-large', params: { reason: 'history-size' } });
    expect(unpackRelease(stuffedUnlisted, { limits: { maxHistoryBytes: taken.bytes.length * 2 } }).history.size).toBe(1);
  });

  it('refuses a file whose snapshot is missing or not what its name says', () => {
    const taken = takeSnapshot(release([para(text('Một'))]), { move: 'submit', by: AUTHOR, at, id: 'h1' });
    const file = (data?: Uint8Array): Uint8Array =>
      buildZip([
        { name: 'manifest.json', data: manifestJson('1.5') },
        { name: 'document.json', data: documentJson(taken.release, '1.5') },
        ...(data ? [{ name: taken.release.history[0]!.file, data }] : []),
      ]);
    expect(failure(() => unpackRelease(file()))).toMatchObject({ code: 'corrupt', params: { reason: 'missing-snapshot' } });
    expect(failure(() => unpackRelease(file(new TextEncoder().encode('{}'))))).toMatchObject({ code: 'corrupt', params: { reason: 'snapshot-hash' } });
  });
});

describe('snapshotMove and lastSnapshotBy', () => {
  it('names submit, request changes and approve; withdrawing, back to draft and publishing keep none', () => {
    expect(snapshotMove('draft', 'in-review')).toBe('submit');
    expect(snapshotMove('changes-requested', 'in-review')).toBe('submit');
    expect(snapshotMove('in-review', 'changes-requested')).toBe('request-changes');
    expect(snapshotMove('in-review', 'approved')).toBe('approve');
    expect(snapshotMove('approved', 'in-review')).toBeNull();
    expect(snapshotMove('in-review', 'draft')).toBeNull();
    expect(snapshotMove('approved', 'published')).toBeNull();
  });

  it("finds the user's last move by key fingerprint, never by name", () => {
    let r = release([para(text('Một'))]);
    r = takeSnapshot(r, { move: 'submit', by: AUTHOR, at: '2026-11-28T09:00:00Z', id: 'h1' }).release;
    r = takeSnapshot(r, { move: 'request-changes', by: REVIEWER, at: '2026-11-28T10:00:00Z', id: 'h2' }).release;
    r = takeSnapshot(r, { move: 'submit', by: AUTHOR, at: '2026-11-28T11:00:00Z', id: 'h3' }).release;
    expect(lastSnapshotBy(r.history, REVIEWER.fingerprint)?.id).toBe('h2');
    expect(lastSnapshotBy(r.history, AUTHOR.fingerprint)?.id).toBe('h3');
    expect(lastSnapshotBy(r.history, 'c3'.repeat(32))).toBeNull();
    expect(lastSnapshotBy(r.history, '')).toBeNull();
  });
});
