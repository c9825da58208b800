import {
  type IsoDate,
  type OfficePostingRecord,
  type OfficeScope,
  type PostedProcedure,
  type RepostingChecklist,
  type RepostingChecklistResponse,
  type RepostingRecord,
  repostingChecklist,
} from '@niemyet/core';
import type { Services } from '../context';
import { latestPostingRecords, readPostings } from '../repositories/office-postings';
import { officeOr404, officeView } from './office-service';
import type { PostingContext } from './posting-context';
import { postingContext } from './posting-context';

/** How many of an office's records the checklist screen shows (the contract's "at most 200"). */
const RECORDS_SHOWN = 200;

export function postedProcedures(postings: readonly OfficePostingRecord[]): PostedProcedure[] {
  return postings.map((p) => ({
    procedureId: p.procedureId,
    fields: p.fields,
    postedOn: p.postedOn,
    postedBy: p.postedBy,
  }));
}

/** The office's checklist over the request's context (core's difference of posted list and catalogue). */
export function checklistOf(
  context: PostingContext,
  scope: OfficeScope,
  postings: readonly OfficePostingRecord[],
  timeoutMs?: number,
): RepostingChecklist {
  return repostingChecklist({
    scope,
    history: context.history,
    state: context.state,
    at: context.at,
    posted: postedProcedures(postings),
    calendar: context.calendar,
    rules: context.rules,
    timeoutMs,
  });
}

/** `GET /api/offices/:id/checklist`: the checklist and the office's latest records. */
export async function readChecklist(
  services: Services,
  officeId: string,
  at: IsoDate | undefined,
): Promise<RepostingChecklistResponse> {
  const office = await officeOr404(services.db, officeId);
  const [context, postings, records] = await Promise.all([
    postingContext(services, at),
    readPostings(services.db, [officeId]),
    latestPostingRecords(services.db, officeId, RECORDS_SHOWN),
  ]);
  const checklist = checklistOf(context, office.scope, postings.get(officeId) ?? []);
  const done: RepostingRecord[] = records.map(({ id: _id, officeId: _officeId, ...record }) => record);
  return { ...checklist, office: officeView(office), done };
}
