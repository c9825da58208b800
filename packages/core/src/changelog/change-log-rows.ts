import type { ChangeLogRow } from '../api/changelog';
import { inForceOn } from '../catalogue/fold';
import type { CatalogueHistory } from '../catalogue/types';
import type { IsoDate } from '../dates/iso-date';
import type { ChangeLogEntry } from '../model/change-log';
import type { Decision } from '../model/decision';
import type { ProcedureVersion } from '../model/procedure';

/** What `changeLogRows` needs of a decision: its signing date (a full `Decision` will do). */
export type SignedDecision = Pick<Decision, 'id' | 'signedOn'>;

/**
 * The change log as the view and the exports show it (issue 12): each stored entry unchanged,
 * with the field and agency of the procedure version it recorded and the decision's signing
 * date. The version is the one its decision made (for an abolition, the one it ended); when the
 * catalogue did not take the item (an anomaly), the version in force on `occurredOn`.
 */
export function changeLogRows(
  entries: readonly ChangeLogEntry[],
  history: CatalogueHistory,
  decisions: readonly SignedDecision[],
): ChangeLogRow[] {
  const signedOn = new Map<string, IsoDate | null>();
  for (const decision of decisions) signedOn.set(decision.id, decision.signedOn);
  return entries.map((entry) => {
    const version = recordedVersion(entry, history);
    return {
      ...entry,
      field: version?.field ?? null,
      agency: version?.agency ?? null,
      signedOn:
        signedOn.get(entry.decisionId) ?? history.decisionsById.get(entry.decisionId)?.signedOn ?? null,
    };
  });
}

/** The procedure version an entry recorded, or undefined when the catalogue never knew it. */
export function recordedVersion(
  entry: ChangeLogEntry,
  history: CatalogueHistory,
): ProcedureVersion | undefined {
  const timeline = history.procedures.get(entry.procedureId);
  if (!timeline) return undefined;
  if (entry.action === 'abolished') {
    const abolition = timeline.abolitions.findLast((candidate) => candidate.decisionId === entry.decisionId);
    if (abolition) return abolition.version;
  } else {
    const made = timeline.versions.findLast((version) => version.decisionId === entry.decisionId);
    if (made) return made;
  }
  const on = entry.occurredOn;
  if (on !== null) {
    // An abolition's version ends on the day it records: the one in force the day before.
    const inForce = timeline.versions.findLast((version) =>
      entry.action === 'abolished' ? version.effectiveTo === on : inForceOn(version, on),
    );
    if (inForce) return inForce;
  }
  return timeline.versions.at(-1);
}
