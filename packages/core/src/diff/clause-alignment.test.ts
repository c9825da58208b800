import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSequences } from './clause-alignment';

const FAR = () => Date.now() + 60_000;

describe('alignSequences', () => {
  it('anchors on items unique to both sides and keeps the longest increasing run', () => {
    // 2 and 3 swapped places: only one of them can stay aligned.
    expect(alignSequences([1, 2, 3, 4, 5], [1, 3, 2, 4, 6, 5], FAR())).toEqual([
      [0, 0],
      [2, 1],
      [3, 3],
      [4, 5],
    ]);
  });

  it('aligns the middle of moved repeated items', () => {
    // Equal head and tail match directly; 7 and 8 in between are unique there and cross.
    const matches = alignSequences([7, 7, 8, 7], [7, 8, 7, 7], FAR())!;
    expect(matches).toHaveLength(3);
    expect(matches[0]).toEqual([0, 0]);
    expect(matches[2]).toEqual([3, 3]);
  });

  it('falls back to Myers when nothing is unique, within the deadline', () => {
    // No item occurs once on a side: only a longest-common-subsequence search can align them.
    expect(alignSequences([1, 1, 2, 2], [2, 2, 1, 1], FAR())).toHaveLength(2);
    expect(alignSequences([1, 1, 2, 2], [2, 2, 1, 1], Date.now() - 1)).toBeNull();
  });

  it('only ever pairs equal items, in increasing order on both sides', () => {
    const sequence = fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 30 });
    fc.assert(
      fc.property(sequence, sequence, (a, b) => {
        const matches = alignSequences(a, b, FAR())!;
        let last: readonly [number, number] = [-1, -1];
        for (const [i, j] of matches) {
          expect(a[i]).toBe(b[j]);
          expect(i > last[0] && j > last[1]).toBe(true);
          last = [i, j];
        }
        if (a.join() === b.join()) expect(matches.length).toBe(a.length);
      }),
    );
  });
});
