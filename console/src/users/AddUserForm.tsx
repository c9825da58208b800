import { PASSWORD_MIN_LENGTH, type Role, type User } from '@niemyet/core';
import { type FormEvent, useId, useState } from 'react';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/error-messages';
import { createUser } from '../api/users';
import { useI18n } from '../i18n/language';
import { RoleCheckboxes } from './RoleCheckboxes';

/** Adds an account: username, a first password the admin hands over, and its roles. */
export function AddUserForm({ onAdded }: { onAdded(user: User): void }) {
  const { t, language } = useI18n();
  const client = useApi();
  const ids = { username: useId(), password: useId() };
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<Role[]>(['drafter']);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (roles.length === 0) return setProblem(t.users.needRole);
    if (password.length < PASSWORD_MIN_LENGTH)
      return setProblem(t.session.passwordTooShort(PASSWORD_MIN_LENGTH));
    setBusy(true);
    setProblem(null);
    try {
      const user = await createUser(client, { username: username.trim(), password, roles });
      setUsername('');
      setPassword('');
      setRoles(['drafter']);
      onAdded(user);
    } catch (error) {
      setProblem(errorMessage(error, language));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="panel add-user"
      data-testid="add-user"
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h3>{t.users.add}</h3>
      <div className="inline">
        <div className="field">
          <label htmlFor={ids.username}>{t.users.username}</label>
          <input
            id={ids.username}
            autoComplete="off"
            value={username}
            onChange={(event) => setUsername(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.password}>{t.users.password(PASSWORD_MIN_LENGTH)}</label>
          <input
            id={ids.password}
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
      </div>
      <RoleCheckboxes legend={t.users.roles} value={roles} onChange={setRoles} testId="add-user-roles" />
      <button
        type="submit"
        className="primary"
        data-testid="add-user-submit"
        disabled={busy || username.trim() === ''}
      >
        {t.users.addAction}
      </button>
      {problem !== null && (
        <p className="error" role="alert" data-testid="add-user-error">
          {problem}
        </p>
      )}
    </form>
  );
}
