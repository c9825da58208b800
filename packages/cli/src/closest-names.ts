import { searchKey } from '@niemyet/core';

/**
 * The names in `names` closest to what someone typed, for "did you mean" hints: compared as
 * search keys (no diacritics, case or punctuation) by the share of letter pairs they have in
 * common, a name that contains every typed word first. Each name once, as first written.
 */
export function closestNames(typed: string, names: Iterable<string>, limit = 5): string[] {
  const wanted = searchKey(typed);
  const wantedWords = wanted.split(' ').filter(Boolean);
  const wantedPairs = letterPairs(wanted);
  const scored = new Map<string, { name: string; score: number }>();
  for (const name of names) {
    const key = searchKey(name);
    if (key === '' || scored.has(key)) continue;
    const words = new Set(key.split(' '));
    const containsAll = wantedWords.length > 0 && wantedWords.every((word) => words.has(word));
    scored.set(key, { name, score: dice(wantedPairs, letterPairs(key)) + (containsAll ? 1 : 0) });
  }
  return [...scored.values()]
    .filter((entry) => entry.score >= MIN_SIMILARITY)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'vi'))
    .slice(0, limit)
    .map((entry) => entry.name);
}

/** Below this share of common letter pairs a name is noise, not a hint. */
const MIN_SIMILARITY = 0.3;

function letterPairs(key: string): Map<string, number> {
  const pairs = new Map<string, number>();
  for (let i = 0; i < key.length - 1; i++) {
    const pair = key.slice(i, i + 2);
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
  }
  return pairs;
}

/** Sørensen–Dice coefficient of two multisets of letter pairs (0 nothing in common, 1 the same). */
function dice(a: Map<string, number>, b: Map<string, number>): number {
  let total = 0;
  let common = 0;
  for (const count of a.values()) total += count;
  for (const [pair, count] of b) {
    total += count;
    common += Math.min(count, a.get(pair) ?? 0);
  }
  return total === 0 ? 0 : (2 * common) / total;
}
