import type { CatalogueIndex } from './catalogue-index';
import { nameTokens } from './catalogue-index';

export interface NameCandidate {
  procedureId: string;
  code: string | null;
  name: string;
  /** Dice similarity of the two names' word sets, 0–1. */
  score: number;
}

// Words found in a large share of names ("thủ tục", "cấp", "của") tell candidates apart
// poorly and have the longest posting lists: they are skipped when gathering candidates,
// then counted again in the exact score.
const COMMON_SHARE = 0.2;
const SHORTLIST = 25;

/**
 * Procedures in force whose names share the most words with `name`: what a reviewer sees for
 * a row the catalogue does not know ("did the portal rename 1.004227?").
 */
export function nameCandidates(
  index: CatalogueIndex,
  name: string,
  limit = 3,
  minScore = 0.5,
): NameCandidate[] {
  const tokens = nameTokens(name);
  if (tokens.length === 0) return [];
  const common = Math.max(50, index.active.length * COMMON_SHARE);
  const hits = new Map<number, number>();
  for (const token of tokens) {
    const postings = index.tokens.get(token);
    if (!postings || postings.length > common) continue;
    for (const i of postings) hits.set(i, (hits.get(i) ?? 0) + 1);
  }
  const shortlist = mostHits(hits, tokens.length, SHORTLIST);
  const wanted = new Set(tokens);
  const scored: NameCandidate[] = [];
  for (const i of shortlist) {
    const theirs = index.activeTokens[i]!;
    const shared = theirs.reduce((n, t) => n + (wanted.has(t) ? 1 : 0), 0);
    const score = (2 * shared) / (tokens.length + theirs.length);
    if (score < minScore) continue;
    const version = index.active[i]!;
    scored.push({ procedureId: version.procedureId, code: version.code, name: version.name, score });
  }
  scored.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
  return scored.slice(0, limit);
}

/**
 * The `limit` entries with the most shared words. Counts are small (at most the name's word
 * count), so entries are bucketed by count rather than sorted: a name made of common words
 * can hit a thousand procedures, and this runs for every unknown row of a page.
 */
function mostHits(hits: ReadonlyMap<number, number>, maxCount: number, limit: number): number[] {
  const buckets: number[][] = Array.from({ length: maxCount + 1 }, () => []);
  for (const [i, count] of hits) buckets[Math.min(count, maxCount)]!.push(i);
  const picked: number[] = [];
  for (let count = maxCount; count > 0 && picked.length < limit; count--) {
    for (const i of buckets[count]!) {
      if (picked.length === limit) break;
      picked.push(i);
    }
  }
  return picked;
}
