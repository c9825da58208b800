import type { DexieMigration } from '../../migrations/index';

/**
 * v2: findings an officer confirmed, waiting to be sent to the team server's inbox (issue 13).
 * - findingReportQueue: one record per confirmed finding, keyed by its `clientId` (the id the
 *   server deduplicates resends by, so queueing the same confirmation twice keeps one record),
 *   sent oldest first (`queuedAt`).
 * The v1 tables stay as they are.
 */
export const v2FindingReportQueue: DexieMigration = {
  version: 2,
  stores: {
    findingReportQueue: 'clientId, queuedAt',
  },
};
