import type { DexieMigration } from '../../migrations/index';

/**
 * v1: the workspace's history and what it has published.
 * - decisions: core `Decision`s by id; `number` and the dates find them for lists and reports,
 *   `state` is a string (IndexedDB cannot index booleans, and states are more than two).
 * - baseline: procedure versions known to be in force before the recorded decisions start,
 *   keyed `procedureId|effectiveFrom`, findable by procedure.
 * - changeLog: the append-only, hash-chained log, keyed by its gapless `seq`.
 * - publications: what was published when (small: the screens list them); `++seq` so the
 *   last one is the one in force.
 * - publicationSnapshots: the snapshot JSON of each publication, apart from the metadata so
 *   listing publications never loads 20,000 procedures per row.
 */
export const v1Initial: DexieMigration = {
  version: 1,
  stores: {
    decisions: 'id, number, state, signedOn, effectiveOn',
    baseline: 'id, procedureId',
    changeLog: 'seq, decisionId, procedureId, occurredOn, kind',
    publications: '++seq, hash, publishedAt, asOf',
    publicationSnapshots: 'seq',
  },
};
