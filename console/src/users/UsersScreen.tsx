import type { User } from '@niemyet/core';
import { useEffect, useState } from 'react';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/error-messages';
import { listUsers } from '../api/users';
import { useI18n } from '../i18n/language';
import { useSignedInUser } from '../session/session-context';
import { AddUserForm } from './AddUserForm';
import { UserRow } from './UserRow';

/** The team's accounts (admins only): who may sign in, as what, and when they last did. */
export function UsersScreen() {
  const { t, language } = useI18n();
  const client = useApi();
  const me = useSignedInUser();
  const [users, setUsers] = useState<User[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    listUsers(client)
      .then((found) => live && setUsers(found))
      .catch((cause) => live && setError(cause));
    return () => {
      live = false;
    };
  }, [client]);

  const replace = (user: User) => {
    setUsers((current) => (current ?? []).map((u) => (u.username === user.username ? user : u)));
    setNotice(t.users.updated(user.username));
  };
  const add = (user: User) => {
    setUsers((current) =>
      [...(current ?? []), user].sort((a, b) => a.username.localeCompare(b.username, 'vi')),
    );
    setNotice(t.users.added(user.username));
  };

  return (
    <div className="screen">
      <h2>{t.users.heading}</h2>
      {error !== null && (
        <p className="error" role="alert">
          {errorMessage(error, language)}
        </p>
      )}
      {notice && (
        <p className="notice" role="status" data-testid="users-notice">
          {notice}
        </p>
      )}
      {users === null && error === null && <p className="muted">{t.app.loading}</p>}
      {users !== null && (
        <table className="plain users" data-testid="users-table">
          <thead>
            <tr>
              <th scope="col">{t.users.username}</th>
              <th scope="col">{t.users.roles}</th>
              <th scope="col">{t.users.state}</th>
              <th scope="col">{t.users.lastSignIn}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <UserRow
                key={user.username}
                user={user}
                self={user.username === me.username}
                onChanged={replace}
              />
            ))}
          </tbody>
        </table>
      )}
      <AddUserForm onAdded={add} />
    </div>
  );
}
