import {
  addDays,
  buildCatalogueSnapshot,
  type CatalogueHistory,
  type CatalogueState,
  catalogueAt,
  type Decision,
  type DecisionItem,
  foldCatalogue,
  type ProcedureVersion,
} from '@niemyet/core';
import { makeDecision, makeItem, makeVersion } from '@niemyet/core/testing';
import { defineBenchCases } from '../harness';

const PROCEDURES = 20_000;
const DECISIONS = 100;

/** A deterministic generator, so every run measures the same catalogue. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const codeOf = (n: number) => `1.${String(n).padStart(6, '0')}`;

function baseline(): ProcedureVersion[] {
  const levels = ['province', 'district', 'commune'];
  return Array.from({ length: PROCEDURES }, (_, i) =>
    makeVersion({
      code: codeOf(i),
      name: `Thủ tục số ${i}`,
      levels: [levels[i % 3]!],
      processingTime: `${(i % 20) + 1} ngày làm việc`,
      fees: i % 4 === 0 ? 'Miễn phí' : `${(i % 9) + 1}0.000 đồng`,
      legalBasis: [{ number: '63/2010/NĐ-CP', title: null, issuedOn: null, issuer: null }],
    }),
  );
}

/**
 * 100 issued decisions of 50–200 items (≈40% new, 40% amended, 20% abolished) with effective
 * dates over 2020–2024, given in shuffled order so the fold has to sort them.
 */
function decisions(): Decision[] {
  const next = random(42);
  let newCodes = PROCEDURES;
  const list: Decision[] = [];
  for (let d = 0; d < DECISIONS; d++) {
    const effectiveOn = addDays('2020-01-01', Math.floor(next() * 1800));
    const items: DecisionItem[] = [];
    const count = 50 + Math.floor(next() * 151);
    for (let i = 0; i < count; i++) {
      const roll = next();
      const existing = codeOf(Math.floor(next() * PROCEDURES));
      const id = `d${d}-i${i}`;
      if (roll < 0.4) {
        const code = codeOf(newCodes++);
        items.push(
          makeItem({
            id,
            action: 'new',
            code,
            name: `Thủ tục mới ${code}`,
            changes: { levels: ['province'] },
          }),
        );
      } else if (roll < 0.8) {
        items.push(
          makeItem({ id, action: 'amended', code: existing, changes: { processingTime: `${d} ngày` } }),
        );
      } else {
        items.push(makeItem({ id, action: 'abolished', code: existing }));
      }
    }
    list.push(
      makeDecision({ id: `qd-${d}`, number: `${d + 1}/QĐ-UBND`, effectiveOn, signedOn: effectiveOn, items }),
    );
  }
  // Shuffle (Fisher–Yates with the same generator).
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

const describeState = (state: CatalogueState) =>
  `${state.active.size.toLocaleString('en')} in force, ${state.upcoming.length} upcoming, ` +
  `${state.abolished.length.toLocaleString('en')} abolished on ${state.asOf}`;

export default defineBenchCases([
  {
    name: `catalogue: fold + catalogueAt, ${DECISIONS} decisions × ${PROCEDURES.toLocaleString('en')} procedures`,
    budgetMs: 200,
    setup: () => ({ baseline: baseline(), decisions: decisions() }),
    run: ({ baseline, decisions }) => catalogueAt(foldCatalogue(baseline, decisions), '2022-06-30'),
    describe: (state) => describeState(state as CatalogueState),
  },
  {
    name: 'catalogue: catalogueAt alone on a folded history',
    setup: () => foldCatalogue(baseline(), decisions()),
    run: (history: CatalogueHistory) => catalogueAt(history, '2022-06-30'),
    describe: (state) => describeState(state as CatalogueState),
  },
  {
    name: 'catalogue: buildCatalogueSnapshot (sort + SHA-256 of canonical JSON)',
    setup: () => catalogueAt(foldCatalogue(baseline(), decisions()), '2025-01-01'),
    run: (state: CatalogueState) => buildCatalogueSnapshot(state, '2025-01-01T00:00:00.000Z'),
    describe: (snapshot) =>
      `${(snapshot as { procedures: unknown[] }).procedures.length.toLocaleString('en')} procedures`,
    iterations: 5,
  },
]);
