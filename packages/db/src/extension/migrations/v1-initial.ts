import type { DexieMigration } from '../../migrations/index';

/**
 * v1: the catalogue snapshot, page audits, the user's notes on findings, pulls.
 * - snapshots: one row per stored snapshot (`current` is the one in force), found by hash.
 * - audits: the latest audit of a page is `[tabUrl+readAt]`'s last entry; a pull's by pullId.
 * - findingNotes: by audit (notes on one audit's rows) and by `[code+url]` (notes that outlive
 *   re-reads of the page).
 * - pulls: `status` is a string so resuming after a worker restart asks for 'running' ones.
 */
export const v1Initial: DexieMigration = {
  version: 1,
  stores: {
    snapshots: 'id, hash, importedAt',
    audits: 'id, tabUrl, readAt, [tabUrl+readAt], pullId',
    findingNotes: 'id, auditId, [auditId+rowIndex], [code+url], at',
    pulls: 'id, status, updatedAt',
  },
};
