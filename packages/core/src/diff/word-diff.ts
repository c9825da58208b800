import { diffWords } from 'diff';
import { normalizeText } from '../text/normalize';
import { alignSequences } from './clause-alignment';

export interface WordDiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface WordDiffOptions {
  /** Give up after this long and return null (the caller shows "replaced"). Default 50 ms. */
  timeoutMs?: number;
}

export const DEFAULT_WORD_DIFF_TIMEOUT_MS = 50;

/**
 * A word-level diff of two display texts (catalogue `expected` → portal `actual`), or null
 * when it cannot finish within `timeoutMs`. Texts that are the same once normalised
 * (tone placement, NFD, spacing, case) give one `same` part holding `actual`.
 *
 * jsdiff's Myers diff costs O(N·D) in words, ~30–45 ms for 20 KB texts with 5% of words
 * changed. So texts are first cut into clauses (ending at `. , ; : ! ?` followed by space, or
 * a line break), the clauses are aligned (patience diff, see `alignSequences`), and
 * `diffWords` only runs on the runs of clauses between aligned ones: the same answer for
 * local edits at a fraction of the cost.
 * Texts are diffed in NFC, which displays exactly like the original.
 */
export function wordDiff(
  expected: string,
  actual: string,
  options: WordDiffOptions = {},
): WordDiffPart[] | null {
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_WORD_DIFF_TIMEOUT_MS);
  const a = expected.normalize('NFC');
  const b = actual.normalize('NFC');
  if (a === b) return [{ kind: 'same', text: b }];

  const clausesA = splitClauses(a);
  const clausesB = splitClauses(b);
  const keys = new Map<string, number>();
  const idOf = (clause: string) => {
    const key = clauseKey(clause);
    let id = keys.get(key);
    if (id === undefined) {
      id = keys.size;
      keys.set(key, id);
    }
    return id;
  };
  const matches = alignSequences(clausesA.map(idOf), clausesB.map(idOf), jsdiffDeadline(deadline));
  if (!matches) return null;

  const parts: WordDiffPart[] = [];
  let nextA = 0;
  let nextB = 0;
  // The clauses between two matches form one region, diffed word by word.
  const region = (endA: number, endB: number): boolean => {
    if (nextA === endA && nextB === endB) return true;
    const diff = diffRegion(
      clausesA.slice(nextA, endA).join(''),
      clausesB.slice(nextB, endB).join(''),
      deadline,
    );
    if (!diff) return false;
    for (const part of diff) push(parts, part);
    return true;
  };
  for (const [i, j] of matches) {
    if (!region(i, j)) return null;
    push(parts, { kind: 'same', text: clausesB[j]! });
    nextA = i + 1;
    nextB = j + 1;
  }
  if (!region(clausesA.length, clausesB.length)) return null;
  // Every difference was normalisation only: the texts are the same to the product.
  if (parts.every((part) => part.kind === 'same')) return [{ kind: 'same', text: b }];
  return parts;
}

/** A run of differing clauses: same once normalised, or a jsdiff word diff (null on timeout). */
function diffRegion(a: string, b: string, deadline: number): WordDiffPart[] | null {
  if (visibleLength(a) === visibleLength(b) && normalizeText(a) === normalizeText(b)) {
    return [{ kind: 'same', text: b }];
  }
  const timeout = remaining(deadline);
  if (timeout <= 0) return null;
  const changes = diffWords(a, b, { timeout, ignoreCase: true });
  if (!changes) return null;
  return changes.map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

/**
 * Characters other than whitespace and invisible ones. Normalisation keeps this count (it
 * only drops invisibles, collapses spaces, moves tone marks and changes case), so differing
 * counts rule out normalised equality without paying for `normalizeText` on long regions.
 */
function visibleLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (!INVISIBLE_OR_SPACE.has(text.charCodeAt(i))) count++;
  return count;
}
const INVISIBLE_OR_SPACE = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0xad, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004,
  0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x200b, 0x200c, 0x200d, 0x2028, 0x2029, 0x202f, 0x205f,
  0x2060, 0x3000, 0xfeff,
]);

/**
 * jsdiff reads its clock once per edit-distance step, and on long, very different texts
 * (20 KB, thousands of edits) one step takes several milliseconds: its calls are asked to
 * stop early (a fifth of the time left, at most 10 ms) so the whole word diff stays within
 * `timeoutMs`.
 */
function jsdiffDeadline(deadline: number): number {
  const left = deadline - Date.now();
  return deadline - Math.min(10, Math.max(0, left) * 0.2);
}

function remaining(deadline: number): number {
  return Math.max(0, jsdiffDeadline(deadline) - Date.now());
}

/** Appends a part, merging it into the previous one when they are of the same kind. */
function push(parts: WordDiffPart[], part: WordDiffPart): void {
  if (part.text === '') return;
  const last = parts.at(-1);
  if (last && last.kind === part.kind) last.text += part.text;
  else parts.push({ ...part });
}

// A clause ends at punctuation followed by whitespace (so "2.000 đồng" and "1.004227" stay
// whole) or at a line break, and carries the whitespace after it: clauses concatenate back
// to the exact text and every cut falls on whitespace, which diffWords treats as a boundary.
const CLAUSE = /[\s\S]*?(?:[.,;:!?](?=\s|$)|\n|$)\s*/y;

/** Cuts a text into clauses that concatenate back to it exactly. */
export function splitClauses(text: string): string[] {
  const clauses: string[] = [];
  CLAUSE.lastIndex = 0;
  while (CLAUSE.lastIndex < text.length) {
    const match = CLAUSE.exec(text);
    if (!match || match[0] === '') break;
    clauses.push(match[0]);
  }
  return clauses;
}

/** Cheap alignment key: case and spacing do not break an anchor. */
function clauseKey(clause: string): string {
  return clause.replace(/\s+/g, ' ').trim().toLowerCase();
}
