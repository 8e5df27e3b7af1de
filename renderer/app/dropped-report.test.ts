import { describe, expect, it } from 'vitest';
import { mergeImages } from './dropped-report';

describe('an import message lists photos with the rest', () => {
  it('adds the photos the import could not take, first, to what the cleaner counted', () => {
    expect(mergeImages([{ kind: 'equation', count: 1 }], 2)).toEqual([{ kind: 'image', count: 2 }, { kind: 'equation', count: 1 }]);
    expect(mergeImages([{ kind: 'image', count: 1 }, { kind: 'chart', count: 3 }], 2)).toEqual([{ kind: 'image', count: 3 }, { kind: 'chart', count: 3 }]);
    expect(mergeImages([{ kind: 'chart', count: 1 }], 0)).toEqual([{ kind: 'chart', count: 1 }]);
  });
});
