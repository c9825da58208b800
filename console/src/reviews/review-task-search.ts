import { type ReviewTaskState, ReviewTaskStateSchema } from '@niemyet/core';
import type { ReviewTaskFilters } from '../api/reviews';

/**
 * The task list's filters as the address holds them
 * (`#/reviews/tasks?state=open&assignee=me&campaign=c-1&document=…&due=overdue`), so a count on
 * the dashboard links to its tasks and a view can be shared. Anything not understood is
 * dropped: an old or hand-edited link still opens the list.
 */
export interface ReviewTaskSearch {
  state?: ReviewTaskState;
  /** A username, `me` or `none` (unassigned): the server reads them. */
  assignee?: string;
  campaign?: string;
  document?: string;
  due?: 'overdue' | 'week';
}

export const REVIEW_TASK_PAGE_SIZE = 200;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' && value.length <= 200 ? value.trim() : undefined;

export function parseReviewTaskSearch(search: Record<string, unknown>): ReviewTaskSearch {
  const parsed: ReviewTaskSearch = {};
  const state = ReviewTaskStateSchema.safeParse(search.state);
  if (state.success) parsed.state = state.data;
  const assignee = text(search.assignee);
  if (assignee) parsed.assignee = assignee;
  // A campaign id or a number of digits only comes through the search parser as a number.
  const campaign = text(typeof search.campaign === 'number' ? String(search.campaign) : search.campaign);
  if (campaign) parsed.campaign = campaign;
  const document = text(search.document);
  if (document) parsed.document = document;
  if (search.due === 'overdue' || search.due === 'week') parsed.due = search.due;
  return parsed;
}

/** The query the server is asked for the view. */
export function reviewTaskQuery(search: ReviewTaskSearch): ReviewTaskFilters {
  return { ...search, limit: REVIEW_TASK_PAGE_SIZE };
}
