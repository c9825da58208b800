import { type Role, UserCreateBodySchema } from '@niemyet/core';
import type { Kysely } from 'kysely';
import { hashPassword } from './auth/passwords';
import type { Database } from './db/schema';
import { recordActivity } from './repositories/activity';
import { deleteSessionsOf } from './repositories/sessions';
import { findUser, insertUser, listUsers, publicUser, updateUser } from './repositories/users';

/**
 * Account administration outside HTTP, for `niemyet user …`: the same rules as the API
 * (schemas, hashing, activity log; disabling ends sessions). Errors are thrown as
 * UserAdminError with a bilingual message for the CLI to print.
 */
export class UserAdminError extends Error {
  override readonly name = 'UserAdminError';
}

export async function addUser(
  db: Kysely<Database>,
  input: { username: string; password: string; roles: Role[] },
) {
  const parsed = UserCreateBodySchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserAdminError(
      `«${issue.path.join('.') || 'input'}» không hợp lệ: ${issue.message} (invalid ${issue.path.join('.')})`,
    );
  }
  const at = new Date().toISOString();
  const passwordHash = await hashPassword(parsed.data.password);
  if (!(await insertUser(db, { username: parsed.data.username, passwordHash, roles: parsed.data.roles }, at)))
    throw new UserAdminError(`Tên «${input.username}» đã có (the username is taken).`);
  await recordActivity(
    db,
    {
      actor: null,
      action: 'user-created',
      target: input.username,
      details: { roles: parsed.data.roles, via: 'cli' },
    },
    at,
  );
  return publicUser((await findUser(db, input.username))!);
}

export async function allUsers(db: Kysely<Database>) {
  return (await listUsers(db)).map(publicUser);
}

export async function disableUser(db: Kysely<Database>, username: string): Promise<number> {
  return db.transaction().execute(async (tx) => {
    if (!(await findUser(tx, username)))
      throw new UserAdminError(`Không có người dùng «${username}» (no such user).`);
    await updateUser(tx, username, { disabled: true });
    const ended = await deleteSessionsOf(tx, username);
    await recordActivity(
      tx,
      {
        actor: null,
        action: 'user-updated',
        target: username,
        details: { disabled: true, sessionsEnded: ended, via: 'cli' },
      },
      new Date().toISOString(),
    );
    return ended;
  });
}
