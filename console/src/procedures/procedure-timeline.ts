import type { IsoDate, ProcedureVersion } from '@niemyet/core';

/**
 * Where a procedure stands on a date, from its recorded versions (oldest first, never
 * overlapping: core's fold). A version is in force on d when `effectiveFrom <= d < effectiveTo`
 * (null `effectiveFrom`: since before the records; null `effectiveTo`: still in force); one
 * with `effectiveFrom === effectiveTo` was superseded on its first day and never was.
 */
export type ProcedureStanding =
  | { kind: 'in-force'; version: ProcedureVersion }
  /** Nothing started yet; `from` is when the first version takes effect. */
  | { kind: 'not-yet'; from: IsoDate | null }
  /** The last version before the date ended on `since`; `again` is when a later one starts, if any. */
  | { kind: 'abolished'; since: IsoDate; again: IsoDate | null };

export function neverInForce(version: ProcedureVersion): boolean {
  return version.effectiveFrom !== null && version.effectiveFrom === version.effectiveTo;
}

export function standingOn(versions: readonly ProcedureVersion[], date: IsoDate): ProcedureStanding {
  let lastStarted: ProcedureVersion | undefined;
  let nextStart: IsoDate | null = null;
  for (const version of versions) {
    if (neverInForce(version)) continue;
    if (version.effectiveFrom === null || version.effectiveFrom <= date) {
      if (version.effectiveTo === null || date < version.effectiveTo) return { kind: 'in-force', version };
      lastStarted = version;
    } else if (nextStart === null) nextStart = version.effectiveFrom;
  }
  if (lastStarted?.effectiveTo)
    return { kind: 'abolished', since: lastStarted.effectiveTo, again: nextStart };
  return { kind: 'not-yet', from: nextStart };
}

/** One entry of the history as the page lists it: the version and the one it replaced. */
export interface HistoryEntry {
  /** Its place from the oldest (0): stable while the history only grows at its end. */
  ordinal: number;
  version: ProcedureVersion;
  /** The version before it (null for the first): what its diff compares with. */
  previous: ProcedureVersion | null;
  neverInForce: boolean;
}

/** The history newest first, each version paired with the one before it. */
export function historyNewestFirst(versions: readonly ProcedureVersion[]): HistoryEntry[] {
  const entries: HistoryEntry[] = versions.map((version, index) => ({
    ordinal: index,
    version,
    previous: index === 0 ? null : versions[index - 1]!,
    neverInForce: neverInForce(version),
  }));
  return entries.reverse();
}
