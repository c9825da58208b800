import type { Role, User } from '@niemyet/core';
import { type Db, isoInstant, json } from '../db/schema';

export interface StoredUser extends User {
  passwordHash: string;
}

function toUser(row: {
  username: string;
  password_hash: string;
  roles: string[];
  disabled: boolean;
  created_at: Date;
  last_sign_in_at: Date | null;
}): StoredUser {
  return {
    username: row.username,
    passwordHash: row.password_hash,
    roles: row.roles as Role[],
    disabled: row.disabled,
    createdAt: isoInstant(row.created_at),
    lastSignInAt: row.last_sign_in_at ? isoInstant(row.last_sign_in_at) : null,
  };
}

export async function countUsers(db: Db): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findUser(db: Db, username: string): Promise<StoredUser | null> {
  const row = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  return row ? toUser(row) : null;
}

export async function listUsers(db: Db): Promise<StoredUser[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('username').execute();
  return rows.map(toUser);
}

/** Adds an account; false when the username is taken. */
export async function insertUser(
  db: Db,
  user: { username: string; passwordHash: string; roles: Role[] },
  now: string,
): Promise<boolean> {
  const result = await db
    .insertInto('users')
    .values({
      username: user.username,
      password_hash: user.passwordHash,
      roles: json(user.roles),
      disabled: false,
      created_at: now,
      last_sign_in_at: null,
    })
    .onConflict((oc) => oc.column('username').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function updateUser(
  db: Db,
  username: string,
  change: { roles?: Role[]; disabled?: boolean; passwordHash?: string },
): Promise<void> {
  const values: { roles?: string; disabled?: boolean; password_hash?: string } = {};
  if (change.roles) values.roles = json(change.roles);
  if (change.disabled !== undefined) values.disabled = change.disabled;
  if (change.passwordHash) values.password_hash = change.passwordHash;
  if (Object.keys(values).length === 0) return;
  await db.updateTable('users').set(values).where('username', '=', username).execute();
}

export async function recordSignIn(db: Db, username: string, now: string): Promise<void> {
  await db.updateTable('users').set({ last_sign_in_at: now }).where('username', '=', username).execute();
}

/** Without the hash: what the API lists. */
export function publicUser({ passwordHash: _hash, ...user }: StoredUser): User {
  return user;
}
