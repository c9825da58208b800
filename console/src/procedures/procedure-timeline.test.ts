import { makeVersion } from '@niemyet/core/testing';
import { describe, expect, it } from 'vitest';
import { historyNewestFirst, standingOn } from './procedure-timeline';

const baseline = makeVersion({ effectiveFrom: null, effectiveTo: '2024-01-01' });
const amended = makeVersion({ effectiveFrom: '2024-01-01', effectiveTo: '2024-06-01', decisionId: 'a' });
const replacedSameDay = makeVersion({
  effectiveFrom: '2024-06-01',
  effectiveTo: '2024-06-01',
  decisionId: 'b',
});
const last = makeVersion({ effectiveFrom: '2024-06-01', effectiveTo: '2025-03-01', decisionId: 'c' });
const recreated = makeVersion({ effectiveFrom: '2026-01-01', effectiveTo: null, decisionId: 'd' });
const versions = [baseline, amended, replacedSameDay, last, recreated];

describe('standingOn', () => {
  it('finds the version in force, start inclusive and end exclusive', () => {
    expect(standingOn(versions, '2023-12-31')).toEqual({ kind: 'in-force', version: baseline });
    expect(standingOn(versions, '2024-01-01')).toEqual({ kind: 'in-force', version: amended });
    expect(standingOn(versions, '2024-06-01')).toEqual({ kind: 'in-force', version: last });
  });

  it('says since when a procedure is abolished, and when it comes back', () => {
    expect(standingOn(versions, '2025-03-01')).toEqual({
      kind: 'abolished',
      since: '2025-03-01',
      again: '2026-01-01',
    });
    expect(standingOn(versions.slice(0, 4), '2030-01-01')).toEqual({
      kind: 'abolished',
      since: '2025-03-01',
      again: null,
    });
    expect(standingOn(versions, '2026-02-01')).toEqual({ kind: 'in-force', version: recreated });
  });

  it('says when a new procedure is not yet in force', () => {
    expect(standingOn([recreated], '2025-12-31')).toEqual({ kind: 'not-yet', from: '2026-01-01' });
  });
});

describe('historyNewestFirst', () => {
  it('pairs each version with the one before and marks the ones never in force', () => {
    const entries = historyNewestFirst(versions);
    expect(entries.map((e) => e.version)).toEqual([recreated, last, replacedSameDay, amended, baseline]);
    expect(entries.map((e) => e.previous)).toEqual([last, replacedSameDay, amended, baseline, null]);
    expect(entries.map((e) => e.ordinal)).toEqual([4, 3, 2, 1, 0]);
    expect(entries.map((e) => e.neverInForce)).toEqual([false, false, true, false, false]);
  });
});
