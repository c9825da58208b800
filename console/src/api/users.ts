import {
  type User,
  type UserCreateBody,
  UserCreateBodySchema,
  type UserPatchBody,
  UserPatchBodySchema,
  UserSchema,
  UsersResponseSchema,
} from '@niemyet/core';
import type { z } from 'zod';
import type { ApiClient } from './http';

/** Accounts: admins list, add, change roles of, disable and enable them. */

export async function listUsers(client: ApiClient): Promise<User[]> {
  return (await client.send({ method: 'GET', path: '/api/users', response: UsersResponseSchema })).users;
}

/** POST /api/users → 201 with the user; 409 `username-taken`. */
export function createUser(client: ApiClient, body: z.input<typeof UserCreateBodySchema>): Promise<User> {
  return client.send({
    method: 'POST',
    path: '/api/users',
    json: { schema: UserCreateBodySchema, value: body satisfies UserCreateBody },
    response: UserSchema,
  });
}

/** PATCH /api/users/:username → 200 with the user. Disabling ends the user's sessions. */
export function updateUser(client: ApiClient, username: string, body: UserPatchBody): Promise<User> {
  return client.send({
    method: 'PATCH',
    path: `/api/users/${encodeURIComponent(username)}`,
    json: { schema: UserPatchBodySchema, value: body },
    response: UserSchema,
  });
}
