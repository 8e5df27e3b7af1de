import { describe, expect, it } from 'vitest';
import { kitchenSinkRelease } from '../document/kitchen-sink';
import { kitchenSinkReviewRelease } from '../document/kitchen-sink-review';
import { blockers, nodeSize, runPreflight } from './index';
import { openReview, reviewFindings } from './review';

const now = new Date('2026-11-28T10:00:00Z');

describe('review.open', () => {
  it('counts open threads (not resolved ones) and suggestions by id (a replacement is one)', () => {
    // Six threads, one resolved; suggestions s-ins, s-del and s-rep (deletion + insertion).
    expect(openReview(kitchenSinkReviewRelease().release)).toEqual({ comments: 5, suggestions: 3 });
  });

  it('blocks approval, pointing at the first paragraph with a suggestion', () => {
    const { release } = kitchenSinkReviewRelease();
    const found = blockers(runPreflight(release, now)).filter((r) => r.ruleId === 'review.open');
    expect(found).toEqual([{ ruleId: 'review.open', severity: 'blocker', params: { comments: 5, suggestions: 3 }, target: { bodyPos: expect.any(Number) } }]);
    const pos = (found[0]!.target as { bodyPos: number }).bodyPos;
    // The second block (the first paragraph) carries them: its position is the first block's size.
    expect(pos).toBe(nodeSize(release.body.content![0]!));
  });

  it('finds nothing once every thread is resolved and no suggestion is left', () => {
    const { release } = kitchenSinkRelease();
    expect(reviewFindings(release)).toEqual([]);
    expect(runPreflight(release, now).some((r) => r.ruleId === 'review.open')).toBe(false);
  });

  it('open comments alone block too, pointing at the top of the body', () => {
    const { release } = kitchenSinkReviewRelease();
    const plainBody = kitchenSinkRelease().release.body;
    expect(reviewFindings({ ...release, body: plainBody })).toEqual([
      { ruleId: 'review.open', severity: 'blocker', params: { comments: 5, suggestions: 0 }, target: { bodyPos: 0 } },
    ]);
  });
});
