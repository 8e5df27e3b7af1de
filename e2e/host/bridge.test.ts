import { describe, expect, it, vi } from 'vitest';
import { bridgeScript } from './bridge';

/** Runs the injected script against a fake page; returns its api and the prompts it showed. */
function load(lang: string) {
  const prompts: { message: string; suggestion: string }[] = [];
  const window = {
    prompt: vi.fn((message: string, suggestion: string) => {
      prompts.push({ message, suggestion });
      return null; // cancelled: no call reaches the host
    }),
  } as unknown as { pressdesk: Record<string, (r: unknown) => Promise<unknown>> };
  const document = { documentElement: { lang }, querySelector: () => null };
  new Function('window', 'document', 'fetch', bridgeScript())(window, document, vi.fn());
  return { api: window.pressdesk, prompts };
}

const release = { headline: 'Ban Tuyên giáo Tỉnh ủy Điện Biên tổ chức hội nghị triển khai công tác phối hợp liên ngành' };

describe('browser host prompts', () => {
  it('speak the UI language and propose the release slug, cut at a word boundary', async () => {
    const vi_ = load('vi');
    await vi_.api['saveFile']!({ release, path: null, saveAs: true });
    await vi_.api['exportRelease']!({ release, format: 'docx' });
    expect(vi_.prompts.map((p) => p.message.split('\n')[0])).toEqual(['Lưu thành — đường dẫn:', 'Xuất thành .docx — đường dẫn:']);
    expect(vi_.prompts.map((p) => p.suggestion)).toEqual([
      'ban-tuyen-giao-tinh-uy-dien-bien-to-chuc-hoi-nghi-trien-khai.pressdesk',
      'ban-tuyen-giao-tinh-uy-dien-bien-to-chuc-hoi-nghi-trien-khai.docx',
    ]);
    const en = load('en');
    await en.api['exportRelease']!({ release: { headline: '' }, format: 'cms' });
    await en.api['openFile']!({});
    expect(en.prompts.map((p) => p.message.split('\n')[0])).toEqual(['Export to a CMS folder — folder path:', 'Open a .pressdesk file — path:']);
    expect(en.prompts[0]!.suggestion).toBe('pressdesk-cms');
  });

  it("ask for the reviewer's copy to merge in the UI language; a cancelled prompt reaches no handler", async () => {
    const vi_ = load('vi');
    const en = load('en');
    expect(await vi_.api['mergeReviewedCopy']!({ release })).toEqual({ ok: true, value: null });
    await en.api['mergeReviewedCopy']!({ release });
    expect(vi_.prompts[0]!.message.split('\n')[0]).toBe('Gộp bản góp ý (.pressdesk hoặc .docx) — đường dẫn:');
    expect(en.prompts[0]!.message.split('\n')[0]).toBe("Merge a reviewer's copy (.pressdesk or .docx) — path:");
  });
});
