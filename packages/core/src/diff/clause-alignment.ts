import { diffArrays } from 'diff';

/** A pair of equal items: `a[i]` and `b[j]`. Matches increase in both `i` and `j`. */
export type Match = readonly [i: number, j: number];

/**
 * Aligns two sequences of ids (clauses of two texts) by patience diff: items that occur
 * exactly once in each side anchor the alignment (longest increasing run of such pairs),
 * and only the gaps between anchors fall back to jsdiff's Myers `diffArrays`. Myers costs
 * O(N·D), which on 20 KB texts with scattered edits is most of a word diff's time; anchoring
 * on unique clauses is O(N log N) and leaves Myers only small gaps. Returns null when the
 * deadline (a `Date.now()` value) passes.
 */
export function alignSequences(a: readonly number[], b: readonly number[], deadline: number): Match[] | null {
  const matches: Match[] = [];
  return align(a, b, 0, a.length, 0, b.length, deadline, matches) ? matches : null;
}

function align(
  a: readonly number[],
  b: readonly number[],
  aLow: number,
  aHigh: number,
  bLow: number,
  bHigh: number,
  deadline: number,
  matches: Match[],
): boolean {
  // Equal heads and tails match as they are.
  while (aLow < aHigh && bLow < bHigh && a[aLow] === b[bLow]) matches.push([aLow++, bLow++]);
  const tail: Match[] = [];
  while (aLow < aHigh && bLow < bHigh && a[aHigh - 1] === b[bHigh - 1]) tail.push([--aHigh, --bHigh]);

  if (aLow < aHigh && bLow < bHigh) {
    const anchors = uniqueAnchors(a, b, aLow, aHigh, bLow, bHigh);
    if (anchors.length > 0) {
      let i = aLow;
      let j = bLow;
      for (const [ai, bj] of anchors) {
        if (!align(a, b, i, ai, j, bj, deadline, matches)) return false;
        matches.push([ai, bj]);
        i = ai + 1;
        j = bj + 1;
      }
      if (!align(a, b, i, aHigh, j, bHigh, deadline, matches)) return false;
    } else if (!myers(a, b, aLow, aHigh, bLow, bHigh, deadline, matches)) {
      return false;
    }
  }
  for (let k = tail.length - 1; k >= 0; k--) matches.push(tail[k]!);
  return true;
}

/** Pairs of items unique on both sides, reduced to their longest run increasing on both. */
function uniqueAnchors(
  a: readonly number[],
  b: readonly number[],
  aLow: number,
  aHigh: number,
  bLow: number,
  bHigh: number,
): Match[] {
  // id → position in a (or -1 when repeated); then → position in b (-1 when repeated or absent).
  const inA = new Map<number, number>();
  for (let i = aLow; i < aHigh; i++) inA.set(a[i]!, inA.has(a[i]!) ? -1 : i);
  const inB = new Map<number, number>();
  for (let j = bLow; j < bHigh; j++) {
    const id = b[j]!;
    if (!inA.has(id)) continue;
    inB.set(id, inB.has(id) ? -1 : j);
  }
  const pairs: Match[] = [];
  for (let i = aLow; i < aHigh; i++) {
    const id = a[i]!;
    if (inA.get(id) !== i) continue;
    const j = inB.get(id);
    if (j !== undefined && j >= 0) pairs.push([i, j]);
  }
  return longestIncreasing(pairs);
}

/** Patience sorting: the longest subsequence of `pairs` (sorted by i) increasing in j. */
function longestIncreasing(pairs: readonly Match[]): Match[] {
  const tops: number[] = []; // index into pairs of the smallest tail of each pile
  const previous = new Int32Array(pairs.length).fill(-1);
  for (let k = 0; k < pairs.length; k++) {
    const j = pairs[k]![1];
    let low = 0;
    let high = tops.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (pairs[tops[mid]!]![1] < j) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[k] = tops[low - 1]!;
    tops[low] = k;
  }
  const run: Match[] = [];
  for (let k = tops.length > 0 ? tops[tops.length - 1]! : -1; k >= 0; k = previous[k]!) run.push(pairs[k]!);
  return run.reverse();
}

/** A gap without unique anchors: jsdiff's Myers diff, within what is left of the deadline. */
function myers(
  a: readonly number[],
  b: readonly number[],
  aLow: number,
  aHigh: number,
  bLow: number,
  bHigh: number,
  deadline: number,
  matches: Match[],
): boolean {
  const timeout = deadline - Date.now();
  if (timeout <= 0) return false;
  const changes = diffArrays(a.slice(aLow, aHigh), b.slice(bLow, bHigh), { timeout });
  if (!changes) return false;
  let i = aLow;
  let j = bLow;
  for (const change of changes) {
    if (change.added) j += change.count;
    else if (change.removed) i += change.count;
    else for (let k = 0; k < change.count; k++) matches.push([i++, j++]);
  }
  return true;
}
