/**
 * `pnpm bench [filter…] [--strict]`: runs every case in `cases/*.bench.ts` and prints the
 * median time per case, its budget (DESIGN §9) and the ratio against its baseline case,
 * measured in the same run. Benchmarks never run inside `npm test`: timing is measured
 * here, not asserted in tests. `--strict` exits 1 when a median is over its budget.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchCase } from './harness';

const casesDir = join(dirname(fileURLToPath(import.meta.url)), 'cases');
const args = process.argv.slice(2).filter((a) => a !== '--');
const strict = args.includes('--strict');
const filters = args.filter((a) => !a.startsWith('--')).map((f) => f.toLowerCase());

const MIN_TIME_MS = 1_000;
const MAX_ITERATIONS = 200;

interface Measurement {
  name: string;
  medianMs: number;
  iterations: number;
  budgetMs?: number;
  baseline?: string;
  note: string;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function measure(bench: BenchCase): Promise<Measurement> {
  const context = await bench.setup();
  let result: unknown;
  for (let i = 0; i < (bench.warmup ?? 3); i++) result = await bench.run(context); // warm-up: JIT and caches
  const minIterations = bench.iterations ?? 15;
  const samples: number[] = [];
  const started = performance.now();
  while (
    samples.length < minIterations ||
    (performance.now() - started < MIN_TIME_MS && samples.length < MAX_ITERATIONS)
  ) {
    const t0 = performance.now();
    result = await bench.run(context);
    samples.push(bench.sample ? bench.sample(result) : performance.now() - t0);
  }
  await bench.teardown?.(context);
  return {
    name: bench.name,
    medianMs: median(samples),
    iterations: samples.length,
    budgetMs: bench.budgetMs,
    baseline: bench.baseline,
    note: bench.describe ? bench.describe(result, context) : '',
  };
}

const format = (ms: number) => (ms < 1 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(2) : ms.toFixed(0));

const files = readdirSync(casesDir)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
const results: Measurement[] = [];
for (const file of files) {
  const module = (await import(pathToFileURL(join(casesDir, file)).href)) as { default: BenchCase[] };
  for (const bench of module.default) {
    if (filters.length && !filters.some((f) => bench.name.toLowerCase().includes(f) || file.includes(f)))
      continue;
    const m = await measure(bench);
    results.push(m);
    const verdict = m.budgetMs === undefined ? '' : m.medianMs <= m.budgetMs ? 'ok' : 'OVER BUDGET';
    console.log(
      `${m.name}\n  median ${format(m.medianMs)} ms over ${m.iterations} runs` +
        (m.budgetMs !== undefined ? `; budget ${m.budgetMs} ms: ${verdict}` : '') +
        (m.note ? `\n  ${m.note}` : ''),
    );
  }
}

const byName = new Map(results.map((r) => [r.name, r]));
const ratios = results.filter((r) => r.baseline && byName.has(r.baseline));
if (ratios.length) console.log('\nRatios against baselines measured in this run:');
for (const r of ratios) {
  const base = byName.get(r.baseline!)!;
  const ratio = base.medianMs / r.medianMs;
  const verdict = ratio >= 1 ? `${ratio.toFixed(1)}× faster than` : `${(1 / ratio).toFixed(1)}× slower than`;
  console.log(`  ${r.name}: ${verdict} "${base.name}"`);
}

const over = results.filter((r) => r.budgetMs !== undefined && r.medianMs > r.budgetMs);
console.log(`\n${results.length} benchmarks, ${over.length} over budget.`);
if (strict && over.length) process.exit(1);
