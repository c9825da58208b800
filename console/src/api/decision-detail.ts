import {
  type DecisionDetailResponse,
  DecisionDetailResponseSchema,
  type DecisionPatchBody,
  DecisionPatchBodySchema,
  type DecisionRevisionResponse,
  DecisionRevisionResponseSchema,
  type DecisionRevisionsResponse,
  DecisionRevisionsResponseSchema,
} from '@niemyet/core';
import type { ApiClient } from './http';

/** One decision as the editor reads and saves it, and its saved revisions (the contract's routes). */

const decisionPath = (id: string) => `/api/decisions/${encodeURIComponent(id)}`;

export function fetchDecision(
  client: ApiClient,
  id: string,
  signal?: AbortSignal,
): Promise<DecisionDetailResponse> {
  return client.send({
    method: 'GET',
    path: decisionPath(id),
    response: DecisionDetailResponseSchema,
    signal,
  });
}

/** Saves an edit made on `body.revision`; a newer revision on the server answers 409 `stale-revision`. */
export function patchDecision(
  client: ApiClient,
  id: string,
  body: DecisionPatchBody,
): Promise<DecisionDetailResponse> {
  return client.send({
    method: 'PATCH',
    path: decisionPath(id),
    json: { schema: DecisionPatchBodySchema, value: body },
    response: DecisionDetailResponseSchema,
  });
}

export function fetchDecisionRevisions(
  client: ApiClient,
  id: string,
  signal?: AbortSignal,
): Promise<DecisionRevisionsResponse> {
  return client.send({
    method: 'GET',
    path: `${decisionPath(id)}/revisions`,
    response: DecisionRevisionsResponseSchema,
    signal,
  });
}

export function fetchDecisionRevision(
  client: ApiClient,
  id: string,
  revision: number,
  signal?: AbortSignal,
): Promise<DecisionRevisionResponse> {
  return client.send({
    method: 'GET',
    path: `${decisionPath(id)}/revisions/${revision}`,
    response: DecisionRevisionResponseSchema,
    signal,
  });
}
