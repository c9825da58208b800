import { PASSWORD_MIN_LENGTH, UsernameSchema } from '@niemyet/core';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useId, useState } from 'react';
import { useApi } from '../api/api-context';
import { ApiError } from '../api/api-error';
import { errorMessage } from '../api/error-messages';
import { completeSetup } from '../api/session';
import { useI18n } from '../i18n/language';
import { useSession } from './session-context';

/**
 * The first run: the server printed a link with a one-time token (`#/setup?token=…`); whoever
 * opens it chooses the first administrator's name and password (twice, at least 10
 * characters) and is signed in as that administrator.
 */
export function SetupScreen({ token, onDone }: { token: string | undefined; onDone(): void }) {
  const { t, language } = useI18n();
  const client = useApi();
  const { refresh } = useSession();
  const ids = { username: useId(), password: useId(), again: useId() };
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  if (!token) {
    return (
      <div className="screen">
        <h2>{t.session.setupHeading}</h2>
        <p className="error" role="alert">
          {t.session.setupNoToken}
        </p>
      </div>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Said here, before a request: the server would refuse the same things.
    if (!UsernameSchema.safeParse(username.trim()).success) return setProblem(t.session.usernameRule);
    if (password.length < PASSWORD_MIN_LENGTH)
      return setProblem(t.session.passwordTooShort(PASSWORD_MIN_LENGTH));
    if (password !== again) return setProblem(t.session.passwordsDiffer);
    setProblem(null);
    setBusy(true);
    try {
      await completeSetup(client, { token, username: username.trim(), password });
      await refresh();
      onDone();
    } catch (cause) {
      if (cause instanceof ApiError && cause.code === 'setup-done') setDone(true);
      setProblem(errorMessage(cause, language));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="screen setup">
      <h2>{t.session.setupHeading}</h2>
      <form className="panel sign-in-form" onSubmit={(event) => void submit(event)} noValidate>
        <p>{t.session.setupExplain}</p>
        <div className="field">
          <label htmlFor={ids.username}>{t.session.adminUsername}</label>
          <input
            id={ids.username}
            autoComplete="username"
            value={username}
            onChange={(event) => setUsername(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.password}>{t.session.newPassword(PASSWORD_MIN_LENGTH)}</label>
          <input
            id={ids.password}
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.again}>{t.session.passwordAgain}</label>
          <input
            id={ids.again}
            type="password"
            autoComplete="new-password"
            value={again}
            onChange={(event) => setAgain(event.target.value)}
          />
        </div>
        <button type="submit" className="primary" data-testid="setup-submit" disabled={busy}>
          {t.session.setupAction}
        </button>
        {problem !== null && (
          <p className="error" role="alert" data-testid="setup-error">
            {problem}
          </p>
        )}
        {done && <Link to="/sign-in">{t.session.toSignIn}</Link>}
      </form>
    </div>
  );
}
