import {
  type DecisionCreateBody,
  DecisionCreateBodySchema,
  type DecisionCreatedResponse,
  DecisionCreatedResponseSchema,
  type DecisionListQuery,
  type DecisionListResponse,
  DecisionListResponseSchema,
} from '@niemyet/core';
import type { ApiClient } from './http';

/**
 * Decision numbers by id, for the catalogue's "Quyết định" column: a catalogue snapshot names
 * the decision that made each version by id only. Read page by page (the list's largest page
 * is 500); a workspace holds hundreds of decisions, not tens of thousands. The decision
 * screens themselves are a later issue.
 */
const PAGE = 500;

export async function issuedDecisionNumbers(
  client: ApiClient,
  signal?: AbortSignal,
): Promise<Map<string, string>> {
  const numbers = new Map<string, string>();
  for (let offset = 0; ; offset += PAGE) {
    const page = await client.send({
      method: 'GET',
      path: '/api/decisions',
      query: { state: 'issued', limit: PAGE, offset },
      response: DecisionListResponseSchema,
      signal,
    });
    for (const decision of page.decisions) numbers.set(decision.id, decision.number);
    if (page.decisions.length < PAGE || offset + PAGE >= page.total) return numbers;
  }
}

/** A page of the decision list, newest change first (`GET /api/decisions`). */
export function listDecisions(
  client: ApiClient,
  query: Partial<DecisionListQuery>,
  signal?: AbortSignal,
): Promise<DecisionListResponse> {
  return client.send({
    method: 'GET',
    path: '/api/decisions',
    query: { ...query },
    response: DecisionListResponseSchema,
    signal,
  });
}

/** A new draft (`POST /api/decisions`): the server gives its id, the editor fills it in. */
export function createDecision(
  client: ApiClient,
  body: DecisionCreateBody,
  signal?: AbortSignal,
): Promise<DecisionCreatedResponse> {
  return client.send({
    method: 'POST',
    path: '/api/decisions',
    json: { schema: DecisionCreateBodySchema, value: body },
    response: DecisionCreatedResponseSchema,
    signal,
  });
}
