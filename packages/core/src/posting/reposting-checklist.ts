import type { WorkingCalendar } from '../calendar/working-days';
import { catalogueAt } from '../catalogue/catalogue-at';
import { sameProcedureFields } from '../catalogue/procedure-fields';
import type { CatalogueHistory, CatalogueState } from '../catalogue/types';
import type { IsoDate } from '../dates/iso-date';
import { diffProcedureFields, type FieldDiff } from '../diff/field-diff';
import type { OfficeScope } from '../model/office';
import type { ProcedureFields, ProcedureVersion } from '../model/procedure';
import type { DeadlineRule } from '../model/settings';
import { applicableDeadlineRules } from '../rules/deadlines';
import { compareSheetOrder, scopeMatcher } from './office-procedures';

/**
 * What an office must change on its posted list so it matches the catalogue in force: the
 * difference between what it posted (each procedure as it was when posted) and what it should
 * post today. Marking an item done makes the posted list match for that procedure, so the
 * checklist empties as the office works through it, whatever decisions caused it.
 */

/** One procedure as the office posted it. */
export interface PostedProcedure {
  procedureId: string;
  /** The content as posted: a later amendment shows as a diff against it. */
  fields: ProcedureFields;
  postedOn: IsoDate;
  postedBy: string;
}

/** take-down: no longer in force (or no longer the office's); replace: amended since posted; add: not posted. */
export type RepostingAction = 'take-down' | 'replace' | 'add';

export interface RepostingItem {
  action: RepostingAction;
  procedureId: string;
  code: string | null;
  name: string;
  field: string | null;
  /** When the change took (or takes) effect; null for a procedure in force since before recorded history. */
  since: IsoDate | null;
  decisionId: string | null;
  decisionNumber: string | null;
  /** For `replace`: the posted content against the content in force (field by field). */
  diffs: FieldDiff[];
}

export interface RepostingDeadline {
  ruleId: string;
  workingDays: number;
  /** The last day to re-post, counted from the oldest pending change. */
  dueOn: IsoDate;
  overdue: boolean;
  source: string;
}

export interface RepostingChecklist {
  at: IsoDate;
  /** Changes in force on `at` not yet made on the posted list: take-downs, replacements, additions. */
  items: RepostingItem[];
  /** Changes of issued decisions that take effect after `at`, to prepare. */
  upcoming: RepostingItem[];
  counts: Record<RepostingAction, number>;
  /** The office has posted nothing yet (its first list is all additions). */
  neverPosted: boolean;
  /** The effective date of the oldest pending dated change, null when none is pending. */
  pendingSince: IsoDate | null;
  /** Working days from `pendingSince` to `at` (0 when nothing is pending). */
  workingDaysOpen: number;
  deadline: RepostingDeadline | null;
}

export interface RepostingInput {
  scope: OfficeScope;
  history: CatalogueHistory;
  at: IsoDate;
  posted: readonly PostedProcedure[];
  calendar: WorkingCalendar;
  /** The workspace's deadline rules: the `office-reposted` rule gives the deadline, if any. */
  rules: readonly DeadlineRule[];
  /** Time limit of each word diff (interactive paths). */
  timeoutMs?: number;
  /**
   * `catalogueAt(history, at)` when the caller has it already: a list of many offices counts
   * every checklist over one catalogue instead of computing it again per office.
   */
  state?: CatalogueState;
}

const ACTION_ORDER: Record<RepostingAction, number> = { 'take-down': 0, replace: 1, add: 2 };

export function repostingChecklist(input: RepostingInput): RepostingChecklist {
  const { history, at, posted, calendar } = input;
  const state = input.state ?? catalogueAt(history, at);
  const covers = scopeMatcher(input.scope).covers;
  const postedById = new Map(posted.map((entry) => [entry.procedureId, entry]));
  const numberOf = (decisionId: string | null) =>
    decisionId ? (history.decisionsById.get(decisionId)?.number ?? null) : null;
  const diffOptions = { timeoutMs: input.timeoutMs };

  const items: RepostingItem[] = [];
  for (const entry of posted) {
    const current = state.active.get(entry.procedureId);
    if (current && covers(current)) {
      // Most posted procedures are unchanged: an exact comparison is far cheaper than a diff.
      if (sameProcedureFields(entry.fields, current)) continue;
      const diffs = diffProcedureFields(entry.fields, current, diffOptions);
      if (diffs.length > 0)
        items.push(itemOf('replace', current, current.effectiveFrom, current.decisionId, numberOf, diffs));
      continue;
    }
    // Gone from the office's list: abolished, or moved to another agency or level.
    const ended = current ? null : lastAbolition(history, entry.procedureId, at);
    const since = ended?.on ?? current?.effectiveFrom ?? null;
    const decisionId = ended?.decisionId ?? current?.decisionId ?? null;
    items.push(
      itemOf(
        'take-down',
        { procedureId: entry.procedureId, ...entry.fields },
        since,
        decisionId,
        numberOf,
        [],
      ),
    );
  }
  for (const version of state.active.values()) {
    if (postedById.has(version.procedureId) || !covers(version)) continue;
    items.push(itemOf('add', version, version.effectiveFrom, version.decisionId, numberOf, []));
  }
  items.sort(compareItems);

  const upcoming: RepostingItem[] = [];
  const upcomingSeen = new Set<string>();
  for (const version of state.upcoming) {
    if (upcomingSeen.has(version.procedureId)) continue;
    const was = postedById.get(version.procedureId);
    if (!covers(version) && !was) continue;
    upcomingSeen.add(version.procedureId);
    if (!covers(version)) {
      upcoming.push(itemOf('take-down', version, version.effectiveFrom, version.decisionId, numberOf, []));
    } else if (was) {
      const diffs = diffProcedureFields(was.fields, version, diffOptions);
      if (diffs.length > 0)
        upcoming.push(itemOf('replace', version, version.effectiveFrom, version.decisionId, numberOf, diffs));
    } else {
      upcoming.push(itemOf('add', version, version.effectiveFrom, version.decisionId, numberOf, []));
    }
  }
  for (const entry of posted) {
    if (upcomingSeen.has(entry.procedureId)) continue;
    const timeline = history.procedures.get(entry.procedureId);
    const next = timeline?.abolitions.find((abolition) => abolition.on > at);
    if (!next) continue;
    upcoming.push(
      itemOf(
        'take-down',
        { procedureId: entry.procedureId, ...entry.fields },
        next.on,
        next.decisionId,
        numberOf,
        [],
      ),
    );
  }
  upcoming.sort((a, b) =>
    (a.since ?? '') < (b.since ?? '') ? -1 : (a.since ?? '') > (b.since ?? '') ? 1 : compareItems(a, b),
  );

  const counts: Record<RepostingAction, number> = { 'take-down': 0, replace: 0, add: 0 };
  let pendingSince: IsoDate | null = null;
  for (const item of items) {
    counts[item.action]++;
    if (item.since && item.since <= at && (pendingSince === null || item.since < pendingSince))
      pendingSince = item.since;
  }
  const workingDaysOpen = pendingSince ? Math.max(0, calendar.workingDaysBetween(pendingSince, at)) : 0;
  const rule = applicableDeadlineRules(input.rules, 'office-reposted')[0];
  const deadline: RepostingDeadline | null =
    rule && pendingSince
      ? (() => {
          const dueOn = calendar.addWorkingDays(pendingSince, rule.workingDays);
          return {
            ruleId: rule.id,
            workingDays: rule.workingDays,
            dueOn,
            overdue: at > dueOn,
            source: rule.source,
          };
        })()
      : null;
  return {
    at,
    items,
    upcoming,
    counts,
    neverPosted: posted.length === 0,
    pendingSince,
    workingDaysOpen,
    deadline,
  };
}

function itemOf(
  action: RepostingAction,
  version: Pick<ProcedureVersion, 'procedureId' | 'code' | 'name' | 'field'>,
  since: IsoDate | null,
  decisionId: string | null,
  numberOf: (decisionId: string | null) => string | null,
  diffs: FieldDiff[],
): RepostingItem {
  return {
    action,
    procedureId: version.procedureId,
    code: version.code,
    name: version.name,
    field: version.field,
    since,
    decisionId,
    decisionNumber: numberOf(decisionId),
    diffs,
  };
}

function compareItems(a: RepostingItem, b: RepostingItem): number {
  return ACTION_ORDER[a.action] - ACTION_ORDER[b.action] || compareSheetOrder(a, b);
}

/** The latest abolition of a procedure on or before `at` (the one that took it off the list). */
function lastAbolition(history: CatalogueHistory, procedureId: string, at: IsoDate) {
  const abolitions = history.procedures.get(procedureId)?.abolitions ?? [];
  let last: (typeof abolitions)[number] | undefined;
  for (const abolition of abolitions)
    if (abolition.on <= at && (!last || abolition.on >= last.on)) last = abolition;
  return last ?? null;
}
