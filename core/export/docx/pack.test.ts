import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDocx } from './build';
import { packDocx } from './pack';
import { kitchenSinkInput } from './test-inputs';

/** The compression method of each entry, read from the local file headers. */
function methods(zip: Uint8Array): Map<string, number> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out = new Map<string, number>();
  for (let at = 0; at + 30 <= zip.length && view.getUint32(at, true) === 0x04034b50; ) {
    const method = view.getUint16(at + 8, true);
    const size = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    out.set(strFromU8(zip.subarray(at + 30, at + 30 + nameLength)), method);
    at += 30 + nameLength + extraLength + size;
  }
  return out;
}

describe('packDocx', () => {
  it('writes the same parts as Packer, with the photos stored rather than deflated again', async () => {
    const input = kitchenSinkInput('decree30');
    const ours = await packDocx(buildDocx(input, { template: 'decree30' }));
    const theirs = new Uint8Array(await Packer.toArrayBuffer(buildDocx(input, { template: 'decree30' })));
    const a = unzipSync(ours);
    const b = unzipSync(theirs);
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    // Hyperlink relationship ids are random per build and core.xml carries the time: compare without them.
    const stable = (data: Uint8Array): string =>
      strFromU8(data).replace(/\b(r:id|Id|Target|id)="[^"]*"/g, '$1=""').replace(/<dcterms:(created|modified)[^>]*>[^<]*</g, '<dcterms:$1><');
    for (const name of Object.keys(a)) {
      if (name.startsWith('word/media/')) expect(a[name], name).toEqual(b[name]);
      else expect(stable(a[name]!), name).toBe(stable(b[name]!));
    }
    const m = methods(ours);
    expect(m.get('word/media/image1.png')).toBe(0);
    expect(m.get('word/media/image1.jpg')).toBe(0);
    expect(m.get('word/document.xml')).toBe(8);
    for (const [hash, bytes] of input.assets) {
      const ext = input.release.assets.find((x) => x.hash === hash)!.ext;
      expect(Object.entries(a).some(([name, data]) => name.startsWith('word/media/') && name.endsWith(ext) && data.length === bytes.length)).toBe(true);
    }
  });
});
