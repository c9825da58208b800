import {
  type DecisionDetailResponse,
  DecisionDetailResponseSchema,
  type DecisionPatchBody,
  DecisionPatchBodySchema,
} from '@niemyet/core';
import type { ApiClient } from './http';

/**
 * The editor's save: `PATCH /api/decisions/:id` with the revision the edit was made on and the
 * content it changes; a newer revision on the server answers 409 `stale-revision`. Reading the
 * decision and its revisions goes through `decision-review.ts`.
 */
export function patchDecision(
  client: ApiClient,
  id: string,
  body: DecisionPatchBody,
): Promise<DecisionDetailResponse> {
  return client.send({
    method: 'PATCH',
    path: `/api/decisions/${encodeURIComponent(id)}`,
    json: { schema: DecisionPatchBodySchema, value: body },
    response: DecisionDetailResponseSchema,
  });
}
