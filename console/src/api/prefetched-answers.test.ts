import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from './http';
import { prefetch, takePrefetched } from './prefetched-answers';

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
