/**
 * The shape of a benchmark case. Files in `tests/bench/cases/*.bench.ts` export a default
 * array of cases; `pnpm bench` (tests/bench/run.ts) runs each `run` repeatedly after `setup`,
 * reports the median, compares it with the case's budget, and prints the ratio against the
 * case named in `baseline` (measured in the same run).
 */
export interface BenchCase<Context = unknown> {
  /** Unique, human-readable: "catalogueAt: 100 decisions × 20,000 procedures". */
  name: string;
  /** The median must stay at or under this many milliseconds (DESIGN §9). */
  budgetMs?: number;
  /** Name of another case to report a speed ratio against. */
  baseline?: string;
  setup(): Context | Promise<Context>;
  /** The measured work (awaited when it returns a promise). Its result may be summarised by `describe`. */
  run(context: Context): unknown;
  /**
   * The sample a run yields, when the work measures itself (a browser reports its own
   * timings): otherwise the wall time of `run`.
   */
  sample?(result: unknown): number;
  /** Releases what `setup` started (a browser, a server). */
  teardown?(context: Context): void | Promise<void>;
  /** A short note about the result printed beside the timing ("50 changes reported"). */
  describe?(result: unknown, context: Context): string;
  /** Minimum iterations (default 15). */
  iterations?: number;
  /** Runs before measuring, for JIT and caches (default 3; 0 for a case that runs a child process). */
  warmup?: number;
}

// biome-ignore lint/suspicious/noExplicitAny: each case has its own context type; the runner treats them alike.
export function defineBenchCases<C extends BenchCase<any>[]>(cases: C): C {
  return cases;
}
