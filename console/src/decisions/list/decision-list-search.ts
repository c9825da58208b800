import { type DecisionState, DecisionStateSchema } from '@niemyet/core';

/**
 * The decision list's view as the address holds it (`#/decisions?state=in_review&waiting=me&page=2`),
 * so a link reproduces it. Anything not understood is dropped rather than refused: an old or
 * hand-edited link still opens the list.
 */
export interface DecisionListSearch {
  state?: DecisionState;
  waiting?: 'me';
  /** 1-based; absent = the first page. */
  page?: number;
}

export const DECISION_PAGE_SIZE = 50;

export function parseDecisionListSearch(search: Record<string, unknown>): DecisionListSearch {
  const parsed: DecisionListSearch = {};
  const state = DecisionStateSchema.safeParse(search.state);
  if (state.success) parsed.state = state.data;
  if (search.waiting === 'me') parsed.waiting = 'me';
  const page = Number(search.page);
  if (Number.isInteger(page) && page > 1) parsed.page = page;
  return parsed;
}

/** The query the server is asked for the view. */
export function decisionListQuery(search: DecisionListSearch) {
  return {
    ...(search.state ? { state: search.state } : {}),
    ...(search.waiting ? { waiting: search.waiting } : {}),
    limit: DECISION_PAGE_SIZE,
    offset: ((search.page ?? 1) - 1) * DECISION_PAGE_SIZE,
  };
}
