import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type AuditInput,
  auditRows,
  indexCatalogue,
  makeProcedureFields,
  type ProcedureVersion,
} from '@niemyet/core';
import { diffLines } from 'diff';
import { defineBenchCases } from '../harness';

/**
 * The audit of a 2,000-row listing against a 10,000-procedure catalogue (DESIGN §9: ≤ 20 ms)
 * against the way a page watcher works: a line diff of the page's text, in the portal's own
 * order (by usage), against the catalogue's text for the same procedures. Both get the same
 * 50 true changes; the note beside each timing says how many changes each reports.
 */

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, '../../fixtures/national-portal');
const CATALOGUE_SIZE = 10_000;
const LISTED = 2_000;
const TRUE_CHANGES = 50;
const LEVELS = ['province', 'district', 'commune'];
const FIELDS = ['Hộ tịch', 'Đất đai', 'Xây dựng', 'Giáo dục', 'Y tế', 'Lao động', 'Thương mại', 'Tư pháp'];

/** A deterministic generator, so every run measures the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

interface Source {
  TTHC_MA: string;
  NAME: string;
}

function loadNames(): Source[] {
  const seen = new Set<string>();
  const out: Source[] = [];
  for (const file of ['procedures-citizen.json', 'procedures-business.json']) {
    for (const row of JSON.parse(readFileSync(join(fixtures, file), 'utf8')) as Source[]) {
      if (!seen.has(row.TTHC_MA)) {
        seen.add(row.TTHC_MA);
        out.push(row);
      }
    }
  }
  return out;
}

function buildData() {
  const next = random(2025);
  const real = loadNames();
  const catalogue: ProcedureVersion[] = [];
  for (let i = 0; i < CATALOGUE_SIZE; i++) {
    // Real procedures first; the rest reuse real names at other levels with new codes.
    const source = real[i % real.length]!;
    const code = i < real.length ? source.TTHC_MA : `9.${String(i).padStart(6, '0')}`;
    catalogue.push({
      ...makeProcedureFields({
        code,
        name: source.NAME,
        levels: [LEVELS[i % LEVELS.length]!],
        field: FIELDS[Math.floor(next() * FIELDS.length)]!,
        processingTime: `${1 + Math.floor(next() * 20)} Ngày làm việc`,
      }),
      procedureId: code,
      effectiveFrom: null,
      effectiveTo: null,
      decisionId: null,
    });
  }
  // The portal lists 2,000 of them in its own order (by usage), 50 with a true change.
  const listed = [...catalogue].sort(() => next() - 0.5).slice(0, LISTED);
  const changed = new Set(listed.slice(0, TRUE_CHANGES).map((v) => v.procedureId));
  const rows: AuditInput[] = listed.map((v) => ({
    code: v.code,
    rawCode: v.code,
    name: changed.has(v.procedureId) ? `${v.name} (sửa đổi)` : v.name,
    levels: v.levels,
    field: v.field,
    processingTime: v.processingTime,
  }));
  const line = (r: {
    code: string | null;
    name: string;
    field: string | null;
    processingTime: string | null;
  }) => `${r.code} | ${r.name} | ${r.field} | ${r.processingTime}\n`;
  const pageText = rows
    .map((r) => line({ ...r, field: r.field ?? null, processingTime: r.processingTime ?? null }))
    .join('');
  const catalogueText = [...listed]
    .sort((a, b) => (a.code! < b.code! ? -1 : 1))
    .map(line)
    .join('');
  return { catalogue, rows, pageText, catalogueText };
}

const data = buildData();
const index = indexCatalogue({ asOf: '2025-06-16', active: data.catalogue, upcoming: [], abolished: [] });
const AT = '2025-06-16T00:00:00.000Z';
const WATCHER = 'page watcher: jsdiff diffLines of page text vs catalogue text (2,000 procedures)';

export default defineBenchCases([
  {
    name: WATCHER,
    iterations: 5,
    setup: () => data,
    run: (d: typeof data) => diffLines(d.catalogueText, d.pageText),
    describe: (result) => {
      const parts = result as ReturnType<typeof diffLines>;
      const lines = parts.filter((p) => p.added || p.removed).reduce((n, p) => n + (p.count ?? 0), 0);
      return `${lines.toLocaleString('en')} changed lines reported for ${TRUE_CHANGES} true changes`;
    },
  },
  {
    name: 'audit: 2,000 listing rows × 10,000 procedures (keyed)',
    budgetMs: 20,
    baseline: WATCHER,
    setup: () => data.rows,
    run: (rows: AuditInput[]) => auditRows(rows, index, { at: AT }),
    describe: (result) => {
      const audit = result as ReturnType<typeof auditRows>;
      return `${audit.summary.changed} changes reported for ${TRUE_CHANGES} true changes, ${audit.summary.match} matches`;
    },
  },
  {
    name: 'audit: index a 10,000-procedure catalogue (once per snapshot)',
    iterations: 5,
    setup: () => data.catalogue,
    run: (catalogue: ProcedureVersion[]) =>
      indexCatalogue({ asOf: '2025-06-16', active: catalogue, upcoming: [], abolished: [] }),
  },
]);
