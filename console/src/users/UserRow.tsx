import type { Role, User } from '@niemyet/core';
import { useState } from 'react';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/error-messages';
import { updateUser } from '../api/users';
import { formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/language';
import { roleList } from '../session/role-labels';
import { RoleCheckboxes } from './RoleCheckboxes';

/** One account: its roles (changeable), whether it may sign in (disable/enable), its last sign-in. */
export function UserRow({
  user,
  self,
  onChanged,
}: {
  user: User;
  self: boolean;
  onChanged(user: User): void;
}) {
  const { t, language } = useI18n();
  const client = useApi();
  const [editing, setEditing] = useState<Role[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const change = async (patch: { roles?: Role[]; disabled?: boolean }) => {
    setBusy(true);
    setProblem(null);
    try {
      onChanged(await updateUser(client, user.username, patch));
      setEditing(null);
    } catch (error) {
      setProblem(errorMessage(error, language));
    } finally {
      setBusy(false);
    }
  };

  return (
    <tr data-testid="user-row" data-username={user.username} data-disabled={user.disabled}>
      <td>
        <strong>{user.username}</strong> {self && <span className="muted">{t.users.you}</span>}
      </td>
      <td>
        {editing ? (
          <div>
            <RoleCheckboxes
              legend={t.users.rolesOf(user.username)}
              value={editing}
              onChange={setEditing}
              testId="edit-roles"
            />
            <button
              type="button"
              className="primary"
              data-testid="save-roles"
              disabled={busy || editing.length === 0}
              onClick={() => void change({ roles: editing })}
            >
              {t.users.saveRoles}
            </button>{' '}
            <button type="button" className="secondary" onClick={() => setEditing(null)}>
              {t.users.cancel}
            </button>
          </div>
        ) : (
          <span data-testid="user-row-roles">{roleList(user.roles, t)}</span>
        )}
        {problem !== null && (
          <p className="error" role="alert">
            {problem}
          </p>
        )}
      </td>
      <td data-testid="user-row-state">{user.disabled ? t.users.disabled : t.users.active}</td>
      <td>
        {user.lastSignInAt ? (
          formatDateTime(user.lastSignInAt)
        ) : (
          <span className="muted">{t.users.never}</span>
        )}
      </td>
      <td className="actions">
        {!editing && (
          <button
            type="button"
            className="secondary"
            data-testid="change-roles"
            disabled={busy}
            onClick={() => setEditing([...user.roles])}
          >
            {t.users.changeRoles}
          </button>
        )}{' '}
        <button
          type="button"
          className="secondary"
          data-testid="toggle-disabled"
          // Disabling oneself would end one's own session mid-click.
          disabled={busy || self}
          onClick={() => void change({ disabled: !user.disabled })}
        >
          {user.disabled ? t.users.enable : t.users.disable}
        </button>
      </td>
    </tr>
  );
}
