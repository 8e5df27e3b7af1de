import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyPlainText } from '../../core/document/plain-text';
import { releaseSchema } from '../../core/document/release';
import { importFromPath, type ImageSink } from './import-file';
import { tempFolder } from '../test-helpers';

const FIXTURE = '/work/shared/fixtures/dien-bien-article.txt';
const noImages: ImageSink = { addImage: () => Promise.reject(new Error('no images here')) };

describe('importFromPath: article recognition', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempFolder('pressdesk-import-article-')));
  afterEach(() => cleanup());

  it('a .txt portal copy comes in recognised, with the file as imported kept for undo (both valid, NFC)', async () => {
    const path = join(dir, 'bai.txt');
    await fsp.copyFile(FIXTURE, path);
    const imported = await importFromPath(path, 'news', noImages);
    expect(imported.article).not.toBeNull();
    expect(imported.release.author.penName).toBe('Giao Tuyến');
    expect(imported.release.leadPhoto?.caption).toMatch(/^Đồng chí Nguyễn Đức Vượng/);
    expect(imported.article!.report.leftOutCount).toBe(7);
    for (const release of [imported.release, imported.article!.original]) expect(releaseSchema.safeParse(release).success).toBe(true);
    expect(bodyPlainText(imported.article!.original.body)).toContain('Xem nhiều nhất');
  });

  it('a saved page (.html) is read through its article element; a plain text stays whole', async () => {
    const sapo = 'Sáng 12/3, Sở Y tế tỉnh tổ chức hội nghị tổng kết công tác y tế cơ sở năm 2026, triển khai nhiệm vụ năm 2027.';
    await fsp.writeFile(
      join(dir, 'trang.html'),
      `<html><body><nav>Trang chủ</nav><div class="menu"><p>Thời sự</p><p>Xã hội</p></div><article><h1>Sở Y tế tổng kết</h1><p class="sapo">${sapo}</p>` +
        '<p>Trong năm 2026, toàn tỉnh có hơn 12.000 lượt người dân được tiếp cận các dịch vụ y tế cơ sở, tăng 15% so với cùng kỳ./.</p>' +
        '<p class="article__author">Quang Hưng</p></article><footer><p>Liên kết website</p></footer></body></html>',
    );
    const page = await importFromPath(join(dir, 'trang.html'), 'news', noImages);
    expect(page.release).toMatchObject({ headline: 'Sở Y tế tổng kết', sapo, author: { penName: 'Quang Hưng' } });
    expect(page.article!.report.leftOut).toEqual(expect.arrayContaining(['Thời sự', 'Xã hội', 'Liên kết website']));

    await fsp.writeFile(join(dir, 'ghi-chu.txt'), 'Ghi chú họp\n\nSáng nay họp giao ban.\n\nChiều làm báo cáo.\n');
    const plain = await importFromPath(join(dir, 'ghi-chu.txt'), 'news', noImages);
    expect(plain.article).toBeNull();
    expect(bodyPlainText(plain.release.body)).toBe('Sáng nay họp giao ban.\nChiều làm báo cáo.');
  });
});
