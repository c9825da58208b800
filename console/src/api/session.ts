import {
  type MeResponse,
  MeResponseSchema,
  type SessionCreateBody,
  SessionCreateBodySchema,
  type SetupBody,
  SetupBodySchema,
  type SetupStatusResponse,
  SetupStatusResponseSchema,
} from '@niemyet/core';
import type { ApiClient } from './http';

/** Signing in and out, who is signed in, and the first run's setup of the first admin. */

/** POST /api/session: 204 and an HttpOnly session cookie; 401 `invalid-credentials`, 429 when throttled. */
export async function signIn(client: ApiClient, body: SessionCreateBody): Promise<void> {
  await client.request({
    method: 'POST',
    path: '/api/session',
    json: { schema: SessionCreateBodySchema, value: body },
    response: null,
  });
}

/** DELETE /api/session: the cookie is cleared; signing out twice is harmless. */
export async function signOut(client: ApiClient): Promise<void> {
  await client.request({ method: 'DELETE', path: '/api/session', response: null });
}

/** GET /api/me: the signed-in user, roles and permissions; 401 `unauthenticated` when nobody is. */
export function me(client: ApiClient, signal?: AbortSignal): Promise<MeResponse> {
  return client.send({ method: 'GET', path: '/api/me', response: MeResponseSchema, signal });
}

/** GET /api/setup: whether the server still has no admin (the first run). */
export function setupStatus(client: ApiClient): Promise<SetupStatusResponse> {
  return client.send({ method: 'GET', path: '/api/setup', response: SetupStatusResponseSchema });
}

/** POST /api/setup: creates the first admin with the token the server printed, and signs them in. */
export async function completeSetup(client: ApiClient, body: SetupBody): Promise<void> {
  await client.request({
    method: 'POST',
    path: '/api/setup',
    json: { schema: SetupBodySchema, value: body },
    response: null,
  });
}
