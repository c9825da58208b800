import type { PeopleResponse } from '@niemyet/core';
import { Hono } from 'hono';
import { signedIn } from '../auth/sessions';
import type { AppEnv } from '../context';
import { listUsers } from '../repositories/users';

/** Who works in the workspace, to name reviewers: enabled accounts, usernames and roles only. */
export const peopleRoutes = new Hono<AppEnv>().get('/', async (c) => {
  signedIn(c);
  const users = await listUsers(c.var.services.db);
  const people: PeopleResponse['people'] = users
    .filter((user) => !user.disabled)
    .map((user) => ({ username: user.username, roles: user.roles }));
  return c.json({ people } satisfies PeopleResponse);
});
