import {
  type CampaignBody,
  CampaignBodySchema,
  type CampaignDetailResponse,
  CampaignDetailResponseSchema,
  CampaignListResponseSchema,
  type CampaignView,
  type DraftFromTasksBody,
  DraftFromTasksBodySchema,
  type DraftFromTasksResponse,
  DraftFromTasksResponseSchema,
  type ReviewDashboardResponse,
  ReviewDashboardResponseSchema,
  type ReviewTaskListQuery,
  type ReviewTaskListResponse,
  ReviewTaskListResponseSchema,
  type ReviewTaskPatch,
  ReviewTaskPatchSchema,
  type ReviewTaskView,
  ReviewTaskViewSchema,
} from '@niemyet/core';
import type { ApiClient } from './http';

/**
 * The review desk over HTTP (issue 11): the dashboard, review tasks (filtered, edited, drafted
 * into a decision) and review campaigns. Bodies are checked with the contract's schemas before
 * they leave, answers when they come back.
 */

/** GET /api/reviews/dashboard: counts, by assignee, the urgent tasks and the campaigns. */
export function getReviewDashboard(
  client: ApiClient,
  signal?: AbortSignal,
): Promise<ReviewDashboardResponse> {
  return client.send({
    method: 'GET',
    path: '/api/reviews/dashboard',
    response: ReviewDashboardResponseSchema,
    signal,
  });
}

/** The filters of the task list as the query sends them (limit and offset have server defaults). */
export type ReviewTaskFilters = Partial<Omit<ReviewTaskListQuery, 'limit' | 'offset'>> & {
  limit?: number;
  offset?: number;
};

/** GET /api/review-tasks?state=&assignee=&campaign=&document=&due=: soonest due first. */
export function listReviewTasks(
  client: ApiClient,
  filters: ReviewTaskFilters,
  signal?: AbortSignal,
): Promise<ReviewTaskListResponse> {
  return client.send({
    method: 'GET',
    path: '/api/review-tasks',
    query: { ...filters },
    response: ReviewTaskListResponseSchema,
    signal,
  });
}

/** PATCH /api/review-tasks/:id → the task as it is now (409 `task-closed`, 422 `reason-required`). */
export function patchReviewTask(
  client: ApiClient,
  id: string,
  patch: ReviewTaskPatch,
): Promise<ReviewTaskView> {
  return client.send({
    method: 'PATCH',
    path: `/api/review-tasks/${encodeURIComponent(id)}`,
    json: { schema: ReviewTaskPatchSchema, value: patch },
    response: ReviewTaskViewSchema,
  });
}

/** POST /api/review-tasks/draft-decision → 201 the new draft's id (409 `task-linked`, 422 `nothing-to-draft`). */
export function draftDecisionFromTasks(
  client: ApiClient,
  body: DraftFromTasksBody,
): Promise<DraftFromTasksResponse> {
  return client.send({
    method: 'POST',
    path: '/api/review-tasks/draft-decision',
    json: { schema: DraftFromTasksBodySchema, value: body },
    response: DraftFromTasksResponseSchema,
  });
}

/** GET /api/review-campaigns: newest first, each with its progress. */
export async function listCampaigns(client: ApiClient, signal?: AbortSignal): Promise<CampaignView[]> {
  return (
    await client.send({
      method: 'GET',
      path: '/api/review-campaigns',
      response: CampaignListResponseSchema,
      signal,
    })
  ).campaigns;
}

/** GET /api/review-campaigns/:id: the campaign, its progress and every task. */
export function getCampaign(
  client: ApiClient,
  id: string,
  signal?: AbortSignal,
): Promise<CampaignDetailResponse> {
  return client.send({
    method: 'GET',
    path: `/api/review-campaigns/${encodeURIComponent(id)}`,
    response: CampaignDetailResponseSchema,
    signal,
  });
}

/** POST /api/review-campaigns → 201 the campaign and its tasks, one per document. */
export function createCampaign(client: ApiClient, body: CampaignBody): Promise<CampaignDetailResponse> {
  return client.send({
    method: 'POST',
    path: '/api/review-campaigns',
    json: { schema: CampaignBodySchema, value: body },
    response: CampaignDetailResponseSchema,
  });
}
