import { describe, expect, it } from 'vitest';
import { type DecisionCsvProgress, phaseProgress } from './progress';

describe('phaseProgress', () => {
  it('tells the start, every 500 units at most, and the end', () => {
    const seen: DecisionCsvProgress[] = [];
    const report = phaseProgress((p) => seen.push(p), 'checking', 1_200);
    for (let done = 0; done <= 1_200; done++) report(done);
    expect(seen.map((p) => p.done)).toEqual([0, 500, 1000, 1200]);
  });

  it('costs nothing without a callback', () => {
    expect(() => phaseProgress(undefined, 'reading', 10)(5)).not.toThrow();
  });
});
