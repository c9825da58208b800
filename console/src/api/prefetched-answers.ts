import type { ApiClient } from './http';

/**
 * Answers asked for before the screen that shows them is rendered: a route's loader asks its
 * first data beside `/api/me` and the screen's chunk (shell/router.tsx), and the screen's own
 * read takes the answer instead of asking again. An answer is taken once and only while fresh;
 * one that failed is never used — the screen asks again itself, so its errors (and a 401's way
 * to the sign-in screen, through the client) are exactly those of a read it made.
 */

/** Older than this, a prefetched answer is not what the user just asked for: it is asked again. */
const FRESH_MS = 10_000;

interface Prefetched {
  answer: Promise<unknown>;
  at: number;
  /** Set once the answer came (not when it failed): a screen mounting then shows it in its first render. */
  settled?: { value: unknown };
}

const byClient = new WeakMap<ApiClient, Map<string, Prefetched>>();

function answersOf(client: ApiClient): Map<string, Prefetched> {
  let answers = byClient.get(client);
  if (!answers) {
    answers = new Map();
    byClient.set(client, answers);
  }
  return answers;
}

export function prefetch(client: ApiClient, key: string, ask: () => Promise<unknown>): void {
  const answer = ask();
  const prefetched: Prefetched = { answer, at: Date.now() };
  // A failure is the screen's to meet when it asks again: not an unhandled rejection here.
  answer.then(
    (value) => {
      prefetched.settled = { value };
    },
    () => undefined,
  );
  answersOf(client).set(key, prefetched);
}

/**
 * The prefetched answer for `key` when it has already come (then forgotten), for a screen's
 * first render; null when there is none, it is stale, or it is still on its way or failed (then
 * it stays for `takePrefetched`).
 */
export function takeArrivedPrefetched<T>(client: ApiClient, key: string): T | null {
  const answers = answersOf(client);
  const prefetched = answers.get(key);
  if (!prefetched?.settled || Date.now() - prefetched.at > FRESH_MS) return null;
  answers.delete(key);
  return prefetched.settled.value as T;
}

/** The prefetched answer for `key` (then forgotten), or null when there is none, it is stale or it failed. */
export async function takePrefetched<T>(client: ApiClient, key: string): Promise<T | null> {
  const answers = answersOf(client);
  const prefetched = answers.get(key);
  answers.delete(key);
  if (!prefetched || Date.now() - prefetched.at > FRESH_MS) return null;
  try {
    return (await prefetched.answer) as T;
  } catch {
    return null;
  }
}
