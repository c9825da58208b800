import {
  type DecisionComment,
  type DecisionCommentBody,
  DecisionCommentBodySchema,
  DecisionCommentSchema,
  DecisionCommentsResponseSchema,
  type DecisionDetailResponse,
  DecisionDetailResponseSchema,
  type DecisionRevisionResponse,
  DecisionRevisionResponseSchema,
  type DecisionRevisionSummary,
  DecisionRevisionsResponseSchema,
  type NationalDbBody,
  NationalDbBodySchema,
  PeopleResponseSchema,
  type Person,
  type TransitionBody,
  TransitionBodySchema,
} from '@niemyet/core';
import type { ApiClient } from './http';

/**
 * The review workflow of a decision over HTTP: transitions (submit, verdicts, issue, withdraw),
 * comments, saved revisions, the people a draft can be sent to and the national-database
 * record. Bodies are checked with the contract's schemas before they leave, answers when they
 * come back.
 */

const decisionPath = (id: string) => `/api/decisions/${encodeURIComponent(id)}`;

/** POST /api/decisions/:id/transitions → the decision as it is now. 409/403/422 as ApiError. */
export function postTransition(
  client: ApiClient,
  decisionId: string,
  body: TransitionBody,
): Promise<DecisionDetailResponse> {
  return client.send({
    method: 'POST',
    path: `${decisionPath(decisionId)}/transitions`,
    json: { schema: TransitionBodySchema, value: body },
    response: DecisionDetailResponseSchema,
  });
}

/** GET /api/people: usernames and roles, to name reviewers. */
export async function listPeople(client: ApiClient, signal?: AbortSignal): Promise<Person[]> {
  return (await client.send({ method: 'GET', path: '/api/people', response: PeopleResponseSchema, signal }))
    .people;
}

/** GET /api/decisions/:id/comments, oldest first. */
export async function listComments(
  client: ApiClient,
  decisionId: string,
  signal?: AbortSignal,
): Promise<DecisionComment[]> {
  return (
    await client.send({
      method: 'GET',
      path: `${decisionPath(decisionId)}/comments`,
      response: DecisionCommentsResponseSchema,
      signal,
    })
  ).comments;
}

/** POST /api/decisions/:id/comments → 201 with the comment as stored. */
export function postComment(
  client: ApiClient,
  decisionId: string,
  body: DecisionCommentBody,
): Promise<DecisionComment> {
  return client.send({
    method: 'POST',
    path: `${decisionPath(decisionId)}/comments`,
    json: { schema: DecisionCommentBodySchema, value: body },
    response: DecisionCommentSchema,
  });
}

/** GET /api/decisions/:id/revisions: every saved revision, oldest first. */
export async function listRevisions(
  client: ApiClient,
  decisionId: string,
  signal?: AbortSignal,
): Promise<DecisionRevisionSummary[]> {
  return (
    await client.send({
      method: 'GET',
      path: `${decisionPath(decisionId)}/revisions`,
      response: DecisionRevisionsResponseSchema,
      signal,
    })
  ).revisions;
}

/** GET /api/decisions/:id/revisions/:revision: one revision's content. */
export function getRevision(
  client: ApiClient,
  decisionId: string,
  revision: number,
  signal?: AbortSignal,
): Promise<DecisionRevisionResponse> {
  return client.send({
    method: 'GET',
    path: `${decisionPath(decisionId)}/revisions/${revision}`,
    response: DecisionRevisionResponseSchema,
    signal,
  });
}

/** POST /api/decisions/:id/national-db → the decision with its items' dates recorded. */
export function recordNationalDb(
  client: ApiClient,
  decisionId: string,
  body: NationalDbBody,
): Promise<DecisionDetailResponse> {
  return client.send({
    method: 'POST',
    path: `${decisionPath(decisionId)}/national-db`,
    json: { schema: NationalDbBodySchema, value: body },
    response: DecisionDetailResponseSchema,
  });
}

/** GET /api/decisions/:id: the decision as it is now (to reload after a refusal). */
export function getDecisionDetail(
  client: ApiClient,
  decisionId: string,
  signal?: AbortSignal,
): Promise<DecisionDetailResponse> {
  return client.send({
    method: 'GET',
    path: decisionPath(decisionId),
    response: DecisionDetailResponseSchema,
    signal,
  });
}
