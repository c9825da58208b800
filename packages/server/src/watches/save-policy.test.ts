import { createPullState, type PullState } from '@niemyet/portal';
import { describe, expect, it } from 'vitest';
import { createSavePolicy, savePhaseOf } from './save-policy';

function listingState(): PullState {
  return createPullState('https://dichvucong.gov.vn/p/home', true, '2026-12-07T00:00:00.000Z');
}

function detailsState(): PullState {
  const state = listingState();
  state.details.push({
    url: 'https://dichvucong.gov.vn/d/1',
    status: 'pending',
    attempts: 0,
    error: null,
    rows: [],
  });
  return state;
}

describe('createSavePolicy', () => {
  it('saves every N pages when no interval is set (the resume test keeps early saves this way)', () => {
    const shouldSave = createSavePolicy({ everyPages: 5, everyMs: 0, now: () => 0 });
    const state = listingState();
    const saved = Array.from({ length: 12 }, () => shouldSave(state));
    expect(saved.map((s, i) => (s ? i + 1 : null)).filter((n) => n !== null)).toEqual([5, 10]);
  });

  it('waits for both enough pages and enough time: a fast pull writes its state seconds apart, not pages apart', () => {
    let clock = 0;
    const shouldSave = createSavePolicy({ everyPages: 5, everyMs: 5_000, now: () => clock });
    const state = listingState();
    const savedAt: number[] = [];
    // 100 pages, 100 ms each: 10 s in all.
    for (let page = 1; page <= 100; page++) {
      clock += 100;
      if (shouldSave(state)) savedAt.push(clock);
    }
    expect(savedAt).toEqual([5_000, 10_000]);
    // A slow portal (2 s a page) is saved every 5 pages, not every 3.
    const slow = createSavePolicy({ everyPages: 5, everyMs: 5_000, now: () => clock });
    const slowSaved: number[] = [];
    for (let page = 1; page <= 10; page++) {
      clock += 2_000;
      if (slow(state)) slowSaved.push(page);
    }
    expect(slowSaved).toEqual([5, 10]);
  });

  it('saves as soon as the details phase begins, so the whole listing is never lost to the interval', () => {
    let clock = 0;
    const shouldSave = createSavePolicy({ everyPages: 5, everyMs: 60_000, now: () => clock });
    const listing = listingState();
    for (let page = 0; page < 3; page++) {
      clock += 10;
      expect(shouldSave(listing)).toBe(false);
    }
    const details = detailsState();
    expect(savePhaseOf(details)).toBe('details');
    clock += 10;
    expect(shouldSave(details)).toBe(true);
    clock += 10;
    expect(shouldSave(details)).toBe(false);
  });
});
