import { DEFAULT_WORD_DIFF_TIMEOUT_MS, type WordDiffPart, wordDiff } from '@niemyet/core';
import { diffWords } from 'diff';
import { defineBenchCases } from '../harness';

/** A deterministic generator, so every run measures the same texts. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const VOCABULARY = (
  'thủ tục hành chính đăng ký khai sinh cấp huyện hồ sơ bản chính bản sao giấy tờ ngày làm việc ' +
  'phí lệ phí đồng trang cơ quan thực hiện ủy ban nhân dân xã phường thị trấn tiếp nhận trả kết quả ' +
  'công chức tư pháp hộ tịch kiểm tra thẩm định trường hợp người yêu cầu nộp trực tiếp trực tuyến'
).split(' ');

/**
 * A ~20 KB procedure-like text (clauses of 4–20 words ending in "," or ".", a line break every
 * few sentences) and a copy with ~5% of its words replaced at random positions: spread out
 * like this, nearly half the clauses change, the hard case for the clause pre-alignment.
 */
function texts(seed: number): { expected: string; actual: string; changedWords: number } {
  const next = random(seed);
  const pick = () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]!;
  const original: string[] = [];
  let length = 0;
  while (length < 20_000) {
    const clause = Array.from({ length: 4 + Math.floor(next() * 17) }, pick);
    const end = next() < 0.5 ? ',' : next() < 0.85 ? '.' : '.\n';
    clause[clause.length - 1] += end;
    original.push(...clause);
    length += clause.join(' ').length + 1;
  }
  let changedWords = 0;
  const changed = original.map((word) => {
    if (next() >= 0.05) return word;
    changedWords++;
    const punctuation = /[.,\n]+$/.exec(word)?.[0] ?? '';
    return `${pick()}${pick()}${punctuation}`;
  });
  const join = (words: string[]) => words.join(' ').replace(/\n /g, '\n');
  return { expected: join(original), actual: join(changed), changedWords };
}

const describeParts = (parts: unknown) => {
  if (parts === null) return 'timed out (null: shown as "replaced")';
  const list = parts as WordDiffPart[];
  return `${list.filter((p) => p.kind === 'removed').length} removed and ${list.filter((p) => p.kind === 'added').length} added runs`;
};

export default defineBenchCases([
  {
    name: 'diff: jsdiff diffWords on two 20 KB texts, 5% of words changed (whole text)',
    setup: () => texts(7),
    run: ({ expected, actual }) => diffWords(expected, actual),
    describe: (changes) =>
      `${(changes as { removed: boolean }[]).filter((c) => c.removed).length} removed runs`,
  },
  {
    name: 'diff: wordDiff on two 20 KB texts, 5% of words changed',
    budgetMs: 20,
    baseline: 'diff: jsdiff diffWords on two 20 KB texts, 5% of words changed (whole text)',
    setup: () => texts(7),
    run: ({ expected, actual }) => wordDiff(expected, actual),
    describe: (parts, { expected, changedWords }) =>
      `${(expected.length / 1024).toFixed(1)} KB, ${changedWords} words changed: ${describeParts(parts)}`,
  },
  {
    name: `diff: wordDiff on two unrelated 20 KB texts stops at its ${DEFAULT_WORD_DIFF_TIMEOUT_MS} ms timeout`,
    budgetMs: DEFAULT_WORD_DIFF_TIMEOUT_MS,
    setup: () => ({ expected: texts(1).expected, actual: texts(2).expected }),
    run: ({ expected, actual }) => wordDiff(expected, actual),
    describe: describeParts,
    iterations: 5,
  },
]);
