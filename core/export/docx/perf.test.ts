/**
 * Speed: build + pack for a typical 2-page release with 3 photos (<= 1 s), the kitchen sink, and a
 * 20,000-word release with 30 photos, which must be faster than pandoc turning the same content
 * (as HTML with the same images) into DOCX, measured in the same run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makePng } from '../../document/image-fixtures';
import { generateLongRelease } from '../../document/generate';
import type { Asset, PmNode, Release } from '../../document/release';
import { sha256Hex } from '../../document/sha256';
import type { ExportInput } from '../types';
import { docxBytes } from './index';
import { GENERATOR, STATE_ORGANISATION, kitchenSinkInput } from './test-inputs';

const dir = mkdtempSync(join(tmpdir(), 'pressdesk-docx-perf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A 480 x 360 photo-like PNG (noisy, so it does not compress away: ~500 KB like a web-ready photo). */
function photo(seed: number): Uint8Array {
  let s = seed * 2654435761;
  const noise = () => ((s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x6d2b79f5) >>> 0) & 0x3f);
  return makePng(480, 360, (x, y) => [(x / 3 + seed * 20 + noise()) & 0xff, (y / 2 + noise()) & 0xff, (seed * 40 + noise()) & 0xff]);
}

/** `words` words of body with `photos` figures spread through it. */
function releaseWithPhotos(words: number, photos: number): ExportInput {
  const release = generateLongRelease(words, 3);
  const assets = new Map<string, Uint8Array>();
  const list: Asset[] = [];
  const content: PmNode[] = [];
  const body = release.body.content;
  const every = Math.max(1, Math.floor(body.length / (photos + 1)));
  let added = 0;
  body.forEach((node, i) => {
    content.push(node);
    if (added < photos && (i + 1) % every === 0) {
      const bytes = photo(added + 1);
      const hash = sha256Hex(bytes);
      assets.set(hash, bytes);
      list.push({ hash, ext: 'png', mime: 'image/png', width: 480, height: 360, bytes: bytes.length });
      content.push({
        type: 'figure',
        attrs: { asset: hash, alt: `Ảnh minh họa ${added + 1}`, credit: 'Ảnh: Minh Anh', width: added % 2 ? 'half' : 'full', align: 'center', lead: added === 0 },
        content: [{ type: 'text', text: `Quang cảnh hội nghị, ảnh số ${added + 1}.` }],
      });
      added++;
    }
  });
  const full: Release = { ...release, body: { type: 'doc', content }, assets: list };
  return { release: full, assets, organisation: STATE_ORGANISATION, generator: GENERATOR };
}

async function time(fn: () => Promise<unknown>, runs = 3): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** The same content as simple HTML with the images as files beside it (what pandoc gets). */
function writeHtml(input: ExportInput): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const inline = (nodes: PmNode[] | undefined): string =>
    (nodes ?? []).map((n) => (n.type === 'hardBreak' ? '<br>' : (n.marks ?? []).some((m) => m.type === 'bold') ? `<strong>${esc(n.text ?? '')}</strong>` : esc(n.text ?? ''))).join('');
  const block = (n: PmNode): string => {
    switch (n.type) {
      case 'paragraph':
        return `<p>${inline(n.content)}</p>`;
      case 'heading':
        return `<h2>${inline(n.content)}</h2>`;
      case 'bulletList':
        return `<ul>${(n.content ?? []).map((li) => `<li>${(li.content ?? []).map(block).join('')}</li>`).join('')}</ul>`;
      case 'blockquote':
        return `<blockquote>${(n.content ?? []).map(block).join('')}</blockquote>`;
      case 'figure': {
        const file = `${String(n.attrs?.['asset'])}.png`;
        writeFileSync(join(dir, file), input.assets.get(String(n.attrs?.['asset']))!);
        return `<figure><img src="${file}" alt="${esc(String(n.attrs?.['alt']))}"><figcaption>${inline(n.content)}</figcaption></figure>`;
      }
      default:
        return '';
    }
  };
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${esc(input.release.headline)}</title></head><body><h1>${esc(input.release.headline)}</h1><p><strong>${esc(input.release.sapo)}</strong></p>${input.release.body.content.map(block).join('')}</body></html>`;
  const file = join(dir, 'large.html');
  writeFileSync(file, html);
  return file;
}

describe('DOCX export speed', () => {
  it('builds and packs a typical 2-page release with 3 photos in under 1 s', async () => {
    const input = releaseWithPhotos(700, 3);
    const ms = await time(() => docxBytes(input, { template: 'decree30' }));
    console.info(`docx typical (700 words, 3 photos): ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(1_000);
  }, 60_000);

  it('builds and packs the kitchen sink in every template quickly', async () => {
    for (const template of ['news', 'press', 'decree30', 'party36'] as const) {
      const input = kitchenSinkInput(template);
      const ms = await time(() => docxBytes(input, { template }));
      console.info(`docx kitchen sink (${template}): ${ms.toFixed(0)} ms`);
      expect(ms).toBeLessThan(1_000);
    }
  }, 60_000);

  it.skipIf(spawnSync('sh', ['-c', 'command -v pandoc']).status !== 0)(
    'builds and packs 20,000 words with 30 photos faster than pandoc converts the same content',
    async () => {
      const input = releaseWithPhotos(20_000, 30);
      expect(input.release.assets).toHaveLength(30);
      let size = 0;
      const ms = await time(async () => (size = (await docxBytes(input, { template: 'news' })).length), 2);
      const html = writeHtml(input);
      const pandocMs = await time(async () => execFileSync('pandoc', ['-f', 'html', '-t', 'docx', '--resource-path', dir, '-o', join(dir, 'pandoc.docx'), html]), 2);
      console.info(`docx large (20,000 words, 30 photos): ${ms.toFixed(0)} ms, ${(size / 1e6).toFixed(1)} MB; pandoc on the same content: ${pandocMs.toFixed(0)} ms; ratio ${(ms / pandocMs).toFixed(2)}`);
      expect(ms).toBeLessThan(pandocMs);
    },
    120_000,
  );
});
