import { type ActivityQuery, type ActivityResponse, ActivityResponseSchema } from '@niemyet/core';
import type { ApiClient } from './http';

/** The activity log (sign-ins, failed sign-ins, admin actions), newest first: admins and supervisors. */
export function listActivity(
  client: ApiClient,
  query: Partial<ActivityQuery> = {},
  signal?: AbortSignal,
): Promise<ActivityResponse> {
  return client.send({
    method: 'GET',
    path: '/api/activity',
    query: { ...query },
    response: ActivityResponseSchema,
    signal,
  });
}
