import { Writable } from 'node:stream';
import {
  addDays,
  type ChangeLogRow,
  type Decision,
  foldCatalogue,
  periodReport,
  periodReportCatalogue,
} from '@niemyet/core';
import { makeDecision, makeItem, makeVersion } from '@niemyet/core/testing';
import { changeLogCsv, writeChangeLogXlsx } from '@niemyet/exports';
import { defineBenchCases } from '../harness';

/**
 * Issue 12's export budgets: 100,000 change-log rows as CSV (≤ 2 s) and as XLSX (≤ 10 s),
 * with the peak memory of the run (resident and heap, sampled while it writes; the rows
 * themselves are made in setup and counted in the baseline), and the period report over
 * 100,000 decision items (≤ 200 ms).
 */

const ROWS = 100_000;
const FIELDS = ['Hộ tịch', 'Đất đai', 'Đầu tư', 'Xây dựng', 'Giáo dục', 'Y tế', 'Tư pháp', 'Giao thông'];
const ACTIONS = ['new', 'amended', 'abolished'] as const;

function changeLogRowsOf(count: number): ChangeLogRow[] {
  return Array.from({ length: count }, (_, i) => ({
    seq: i + 1,
    kind: i % 4 === 3 ? 'national-db-entered' : 'published',
    recordedAt: '2024-03-01T02:30:00.000Z',
    occurredOn: addDays('2020-01-01', i % 1500),
    decisionId: `decision:${i % 700}`,
    decisionNumber: `${i % 700}/QĐ-UBND`,
    itemId: `item-${i}`,
    action: ACTIONS[i % 3]!,
    procedureId: `1.${String(i).padStart(6, '0')}`,
    code: `1.${String(i).padStart(6, '0')}`,
    name: `Thủ tục hành chính số ${i} về cấp, đổi, cấp lại giấy phép, chứng chỉ hành nghề`,
    levels: i % 2 ? ['province'] : ['district', 'commune'],
    actor: 'soanthao',
    itemHash: 'a'.repeat(64),
    decisionHash: 'b'.repeat(64),
    prevHash: 'c'.repeat(64),
    hash: 'd'.repeat(64),
    field: FIELDS[i % FIELDS.length]!,
    agency: `Sở ${i % 23}`,
    signedOn: addDays('2020-01-01', (i % 1500) - 3),
  }));
}

interface Peak {
  rss: number;
  heapUsed: number;
}

/** Samples memory every 10 ms while `work` runs; the peak, in bytes. */
async function withPeakMemory<T>(work: () => Promise<T>): Promise<{ result: T; peak: Peak }> {
  const peak: Peak = { rss: 0, heapUsed: 0 };
  const sample = () => {
    const { rss, heapUsed } = process.memoryUsage();
    peak.rss = Math.max(peak.rss, rss);
    peak.heapUsed = Math.max(peak.heapUsed, heapUsed);
  };
  sample();
  const timer = setInterval(sample, 10);
  try {
    const result = await work();
    sample();
    return { result, peak };
  } finally {
    clearInterval(timer);
  }
}

/** A sink that only counts what it is given, like a client reading as fast as it can. */
function countingSink(): { sink: Writable; bytes: () => number } {
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done();
    },
  });
  return { sink, bytes: () => bytes };
}

const mb = (bytes: number) => `${Math.round(bytes / 1_048_576)} MB`;

interface ExportResult {
  bytes: number;
  peak: Peak;
  before: Peak;
}

function describeExport(result: unknown): string {
  const { bytes, peak, before } = result as ExportResult;
  return `${mb(bytes)} written; peak rss ${mb(peak.rss)} (rows in memory before: ${mb(before.rss)}), peak heap ${mb(peak.heapUsed)} (before: ${mb(before.heapUsed)})`;
}

function memoryNow(): Peak {
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
}

/** 500 decisions of 200 items in 2020 over a baseline of the 40,000 procedures they amend or abolish. */
function reportWorkload(): { decisions: Decision[]; options: ReturnType<typeof periodReportCatalogue> } {
  const baseline = Array.from({ length: 40_000 }, (_, i) =>
    makeVersion({
      code: `2.${String(i).padStart(6, '0')}`,
      field: FIELDS[i % FIELDS.length]!,
      levels: ['district'],
    }),
  );
  const decisions = Array.from({ length: 500 }, (_, d) =>
    makeDecision({
      id: `qd-${d}`,
      number: `${d + 1}/QĐ-UBND`,
      signedOn: addDays('2020-01-01', Math.floor(d * 0.7)),
      effectiveOn: addDays('2020-01-05', Math.floor(d * 0.7)),
      items: Array.from({ length: 200 }, (_, k) => {
        const n = d * 200 + k;
        const action = ACTIONS[n % 3]!;
        return action === 'new'
          ? makeItem({
              id: `i-${n}`,
              action,
              code: `1.${String(n).padStart(6, '0')}`,
              changes: { levels: ['province'], field: FIELDS[n % FIELDS.length]! },
              nationalDbOn: '2020-12-31',
            })
          : makeItem({ id: `i-${n}`, action, code: `2.${String(n % 40_000).padStart(6, '0')}` });
      }),
    }),
  );
  return { decisions, options: periodReportCatalogue(foldCatalogue(baseline, decisions)) };
}

export default defineBenchCases([
  {
    name: 'export-log CSV: 100,000 change-log rows',
    budgetMs: 2000,
    iterations: 5,
    warmups: 1,
    setup: () => changeLogRowsOf(ROWS),
    async run(rows: ChangeLogRow[]): Promise<ExportResult> {
      const before = memoryNow();
      const { result: bytes, peak } = await withPeakMemory(async () => {
        let bytes = 0;
        for await (const chunk of changeLogCsv(rows)) bytes += Buffer.byteLength(chunk);
        return bytes;
      });
      return { bytes, peak, before };
    },
    describe: describeExport,
  },
  {
    name: 'export-log XLSX: 100,000 change-log rows (ExcelJS streaming)',
    budgetMs: 10_000,
    iterations: 3,
    warmups: 1,
    setup: () => changeLogRowsOf(ROWS),
    async run(rows: ChangeLogRow[]): Promise<ExportResult> {
      const before = memoryNow();
      const { sink, bytes } = countingSink();
      const { peak } = await withPeakMemory(() => writeChangeLogXlsx(rows, sink));
      return { bytes: bytes(), peak, before };
    },
    describe: describeExport,
  },
  {
    name: 'periodReport: 100,000 items (500 decisions), by action, level, field and month',
    budgetMs: 200,
    setup: reportWorkload,
    run: ({ decisions, options }: ReturnType<typeof reportWorkload>) =>
      periodReport(decisions, '2020-01-01', '2020-12-31', options),
    describe: (result: unknown) => {
      const report = result as ReturnType<typeof periodReport>;
      return `${report.decisions} decisions, ${report.items} items, ${report.byField.length} fields, ${report.byMonth.length} months`;
    },
  },
]);
