import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Release } from '../../core/document/release';
import type { MergeReport } from '../../core/review/merge';

const REPORT: MergeReport = {
  reviewer: { name: 'Trần Thị Bình', initials: 'TTB', fingerprint: '' },
  threadsAdded: 1,
  repliesAdded: 0,
  updatesTaken: 0,
  suggestionsAdded: 0,
  directEditsAsSuggestions: 0,
  differencesNotTaken: 0,
  unplaced: [],
};

/** A bridge whose merge answers with the release it was sent, its headline marked, when the test says so. */
function bridge() {
  const answers: (() => void)[] = [];
  const mergeReviewedCopy = vi.fn(
    (request: { release: Release; path?: string }) =>
      new Promise((resolve) =>
        answers.push(() => resolve({ ok: true, value: { release: { ...request.release, headline: `${request.release.headline} [đã gộp]` }, name: 'gop-y.pressdesk', path: '/ws/gop-y.pressdesk', report: REPORT } })),
      ),
  );
  vi.stubGlobal('window', { pressdesk: { mergeReviewedCopy } });
  return { mergeReviewedCopy, answers };
}

const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

describe("Merge a reviewer's copy in the renderer", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('puts the merged release on screen under the same file, unsaved, and shows the report', async () => {
    const { answers } = bridge();
    const { mergeReviewedCopy, mergeStore } = await import('./merge-commands');
    const { documentStore, loadDocument, currentRelease } = await import('./document-store');
    loadDocument({ release: { ...currentRelease(), headline: 'Tin' }, path: '/ws/tin.pressdesk', name: null, fingerprint: { mtimeMs: 1, size: 2, sha256: 'a'.repeat(64) } });
    const done = mergeReviewedCopy();
    await settle();
    answers[0]!();
    await done;
    const s = documentStore.get();
    expect(s.meta.headline).toBe('Tin [đã gộp]');
    expect(s.path).toBe('/ws/tin.pressdesk');
    expect(s.fingerprint?.size).toBe(2);
    expect(s.dirty).toBe(true);
    expect(mergeStore.get()).toEqual({ name: 'gop-y.pressdesk', report: REPORT });
  });

  it('merges the same copy again when the officer typed while it ran, so nothing typed is lost', async () => {
    const { mergeReviewedCopy: call, answers } = bridge();
    const { mergeReviewedCopy } = await import('./merge-commands');
    const { documentStore, updateMeta } = await import('./document-store');
    updateMeta((m) => ({ ...m, headline: 'Trước' }));
    const done = mergeReviewedCopy();
    await settle();
    updateMeta((m) => ({ ...m, headline: 'Gõ trong lúc gộp' }));
    answers[0]!();
    await settle();
    expect(call).toHaveBeenCalledTimes(2);
    expect(call.mock.calls[1]![0]).toMatchObject({ path: '/ws/gop-y.pressdesk', release: { headline: 'Gõ trong lúc gộp' } });
    answers[1]!();
    await done;
    expect(documentStore.get().meta.headline).toBe('Gõ trong lúc gộp [đã gộp]');
  });
});
