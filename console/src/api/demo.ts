import { type DemoResponse, DemoResponseSchema } from '@niemyet/core';
import type { ApiClient } from './http';

/** POST /api/demo (admin): the demo workspace into an empty server; 409 `workspace-not-empty` otherwise. */
export function loadDemo(client: ApiClient): Promise<DemoResponse> {
  return client.send({ method: 'POST', path: '/api/demo', response: DemoResponseSchema });
}
