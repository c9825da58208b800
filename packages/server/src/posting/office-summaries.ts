import type { IsoDate, OfficeListResponse, OfficePostingRecord, OfficeSummary } from '@niemyet/core';
import type { Services } from '../context';
import { readPostings } from '../repositories/office-postings';
import { readOffices } from '../repositories/offices';
import { indexCatalogue, stateForOffice } from './office-candidates';
import { checklistOf } from './office-checklist';
import { officeView } from './office-service';
import { postingContext } from './posting-context';

// Word diffs only decide whether a posted procedure changed here; a tight limit per diff keeps
// the list quick with many offices (the checklist screen computes them in full).
const SUMMARY_DIFF_TIMEOUT_MS = 25;
const VIETNAMESE = new Intl.Collator('vi');

/** The latest day anything on the list was posted; null when nothing is. */
export function latestPostedOn(postings: readonly OfficePostingRecord[]): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const posting of postings) if (latest === null || posting.postedOn > latest) latest = posting.postedOn;
  return latest;
}

/**
 * `GET /api/offices`: where each office's posting stands. The history, calendar and rules
 * are read once for the request and every office's checklist counted over them.
 */
export async function listOfficeSummaries(
  services: Services,
  at: IsoDate | undefined,
): Promise<OfficeListResponse> {
  const [context, offices, postings] = await Promise.all([
    postingContext(services, at),
    readOffices(services.db),
    readPostings(services.db),
  ]);
  const index = indexCatalogue(context.state);
  const summaries: OfficeSummary[] = offices.map((office) => {
    const posted = postings.get(office.id) ?? [];
    const state = stateForOffice(
      context.state,
      index,
      office.scope,
      posted.map((p) => p.procedureId),
    );
    const checklist = checklistOf({ ...context, state }, office.scope, posted, SUMMARY_DIFF_TIMEOUT_MS);
    return {
      ...officeView(office),
      postedOn: latestPostedOn(posted),
      postedCount: posted.length,
      counts: checklist.counts,
      upcomingCount: checklist.upcoming.length,
      neverPosted: checklist.neverPosted,
      pendingSince: checklist.pendingSince,
      workingDaysOpen: checklist.workingDaysOpen,
      deadline: checklist.deadline,
    };
  });
  summaries.sort(
    (a, b) =>
      Number(b.deadline?.overdue ?? false) - Number(a.deadline?.overdue ?? false) ||
      b.workingDaysOpen - a.workingDaysOpen ||
      VIETNAMESE.compare(a.name, b.name) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return { at: context.at, offices: summaries };
}
