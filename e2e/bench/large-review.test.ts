import { describe, expect, it } from 'vitest';
import { checkBody } from '../../core/document/body-check';
import { releaseSchema, type PmNode } from '../../core/document/release';
import { openReview } from '../../core/checks/review';
import { largeReviewRelease } from './large-review';

describe('largeReviewRelease', () => {
  const { release } = largeReviewRelease();

  it('carries 300 open threads, each anchored, and 500 suggestions', () => {
    expect(openReview(release)).toEqual({ comments: 300, suggestions: 500 });
    const anchored = new Set<string>();
    const walk = (nodes: readonly PmNode[] | undefined): void => {
      for (const node of nodes ?? []) {
        for (const mark of node.marks ?? []) if (mark.type === 'comment') anchored.add(String(mark.attrs?.['thread']));
        walk(node.content);
      }
    };
    walk(release.body.content);
    expect(anchored.size).toBe(300);
  });

  it('is a release the app opens: the body fits the schema and the file format takes it', () => {
    expect(checkBody(release.body)).toBeNull();
    expect(releaseSchema.safeParse(release).success).toBe(true);
  });
});
