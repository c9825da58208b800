import { type ProcedureHistoryResponse, ProcedureHistoryResponseSchema } from '@niemyet/core';
import type { ApiClient } from './http';

/**
 * One procedure's recorded versions and the decisions that made them (`GET /api/procedures/:id`).
 * The id is a code (`1.004227`) or a local id (`local:…`): encoded, since either may hold
 * characters a path segment may not.
 */
export function procedureHistory(
  client: ApiClient,
  procedureId: string,
  signal?: AbortSignal,
): Promise<ProcedureHistoryResponse> {
  return client.send({
    method: 'GET',
    path: `/api/procedures/${encodeURIComponent(procedureId)}`,
    response: ProcedureHistoryResponseSchema,
    signal,
  });
}
