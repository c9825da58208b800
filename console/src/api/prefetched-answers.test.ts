import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from './http';
import { prefetch, takeArrivedPrefetched, takePrefetched } from './prefetched-answers';

const client = () =>
  createApiClient({ fetch: (() => Promise.reject(new Error('no server'))) as typeof fetch });

afterEach(() => vi.useRealTimers());

describe('prefetched answers', () => {
  it('gives an answer once, to the client and key it was asked for', async () => {
    const a = client();
    prefetch(a, 'findings:{}', () => Promise.resolve({ total: 4 }));
    expect(await takePrefetched(client(), 'findings:{}')).toBeNull();
    expect(await takePrefetched(a, 'findings:{"state":"open"}')).toBeNull();
    expect(await takePrefetched(a, 'findings:{}')).toEqual({ total: 4 });
    expect(await takePrefetched(a, 'findings:{}')).toBeNull();
  });

  it('never gives a failed answer (the screen asks again and meets the error itself)', async () => {
    const a = client();
    prefetch(a, 'k', () => Promise.reject(new Error('401')));
    expect(await takePrefetched(a, 'k')).toBeNull();
  });

  it('does not give an answer asked more than ten seconds ago', async () => {
    vi.useFakeTimers();
    const a = client();
    prefetch(a, 'k', () => Promise.resolve(1));
    vi.advanceTimersByTime(10_001);
    expect(await takePrefetched(a, 'k')).toBeNull();
    prefetch(a, 'k', () => Promise.resolve(2));
    vi.advanceTimersByTime(9_000);
    expect(await takePrefetched(a, 'k')).toBe(2);
  });
});

describe('prefetched answers already here', () => {
  it('gives an answer that has come, once, for the screen’s first render', async () => {
    const a = client();
    prefetch(a, 'k', () => Promise.resolve({ total: 4 }));
    // Still on its way: left for `takePrefetched`.
    expect(takeArrivedPrefetched(a, 'k')).toBeNull();
    await Promise.resolve();
    await Promise.resolve();
    expect(takeArrivedPrefetched(a, 'k')).toEqual({ total: 4 });
    expect(takeArrivedPrefetched(a, 'k')).toBeNull();
    expect(await takePrefetched(a, 'k')).toBeNull();
  });

  it('never gives a failed or stale one', async () => {
    vi.useFakeTimers();
    const a = client();
    prefetch(a, 'failed', () => Promise.reject(new Error('401')));
    prefetch(a, 'stale', () => Promise.resolve(1));
    await vi.advanceTimersByTimeAsync(10_001);
    expect(takeArrivedPrefetched(a, 'failed')).toBeNull();
    expect(takeArrivedPrefetched(a, 'stale')).toBeNull();
  });
});
