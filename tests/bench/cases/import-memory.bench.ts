import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { largeDecisionList } from '../../../console/src/testing/large-decision-list';
import { defineBenchCases } from '../harness';

/**
 * `niemyet import-decisions` on a 200,000-row decision list (2,000 decisions × 100 items), in
 * a child process so its peak memory is its own: the budget is 500 MB of resident memory
 * (the import used to peak at 2.3 GB), reported beside the time. One run: the child is a
 * whole CLI run of many seconds, and memory does not need a median.
 */

const ROOT = resolve(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CHILD = join(ROOT, 'tests', 'bench', 'import-child.ts');
const ROWS_DECISIONS = 2_000;
const ROWS_PER_DECISION = 100;
const MEMORY_BUDGET_BYTES = 500 * 1024 * 1024;

interface Context {
  dir: string;
  list: string;
  rows: number;
  bytes: number;
}

interface ChildResult {
  status: number;
  ms: number;
  maxRssBytes: number;
  messages: string[];
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

export default defineBenchCases([
  {
    name: 'import-decisions: 200,000-row list, CLI in a child process (peak RSS budget 500 MB)',
    iterations: 1,
    warmups: 0,
    setup(): Context {
      const dir = mkdtempSync(join(tmpdir(), 'niemyet-bench-import-'));
      const list = join(dir, 'decisions-200k.csv');
      const { csv, rows } = largeDecisionList(ROWS_DECISIONS, ROWS_PER_DECISION);
      writeFileSync(list, csv);
      return { dir, list, rows, bytes: statSync(list).size };
    },
    run(context: Context): ChildResult {
      const resultPath = join(context.dir, 'result.json');
      const child = spawnSync(TSX, [CHILD, context.list, join(context.dir, 'bundle.json'), resultPath], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      if (child.status !== 0) throw new Error(`import child failed (${child.status}): ${child.stderr}`);
      const result = JSON.parse(readFileSync(resultPath, 'utf8')) as ChildResult;
      if (result.status !== 0) throw new Error(`import failed: ${result.messages.join('\n')}`);
      return result;
    },
    sample: (result) => (result as ChildResult).ms,
    describe(result, context) {
      const { maxRssBytes } = result as ChildResult;
      const verdict = maxRssBytes <= MEMORY_BUDGET_BYTES ? 'ok' : 'OVER BUDGET';
      return `${context.rows.toLocaleString('en')} rows, ${mb(context.bytes)} of CSV; peak RSS ${mb(maxRssBytes)} (budget ${mb(MEMORY_BUDGET_BYTES)}): ${verdict}`;
    },
    teardown(context: Context) {
      rmSync(context.dir, { recursive: true, force: true });
    },
  },
]);
