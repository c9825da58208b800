import type { ChangeLogRow, ProcedureVersion } from '@niemyet/core';

/**
 * Which of a procedure's recorded versions (oldest first, core's fold) an entry of the log is
 * about, for its before/after: a new or amended procedure's entry names the version its
 * decision made (and, amended, the one that version replaced); an abolition ends a version
 * without making one, so its entry shows the version that ended on the entry's day (for a
 * removal from the national database, recorded later, the last version ended by then).
 */
export type EntryVersions =
  | { kind: 'new'; after: ProcedureVersion }
  | { kind: 'amended'; before: ProcedureVersion | null; after: ProcedureVersion }
  | { kind: 'abolished'; ended: ProcedureVersion; on: string | null }
  | { kind: 'missing' };

export function entryVersions(
  entry: Pick<ChangeLogRow, 'action' | 'decisionId' | 'occurredOn'>,
  versions: readonly ProcedureVersion[],
): EntryVersions {
  if (entry.action === 'abolished') {
    const ended =
      versions.find((v) => v.effectiveTo !== null && v.effectiveTo === entry.occurredOn) ??
      [...versions]
        .reverse()
        .find(
          (v) => v.effectiveTo !== null && (entry.occurredOn === null || v.effectiveTo <= entry.occurredOn),
        );
    return ended ? { kind: 'abolished', ended, on: ended.effectiveTo } : { kind: 'missing' };
  }
  const made = versions
    .map((version, index) => ({ version, index }))
    .filter(({ version }) => version.decisionId === entry.decisionId);
  const chosen =
    made.find(({ version }) => version.effectiveFrom === entry.occurredOn) ?? made[made.length - 1];
  if (!chosen) return { kind: 'missing' };
  if (entry.action === 'new') return { kind: 'new', after: chosen.version };
  return {
    kind: 'amended',
    before: chosen.index > 0 ? versions[chosen.index - 1]! : null,
    after: chosen.version,
  };
}
