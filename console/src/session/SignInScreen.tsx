import { type FormEvent, useEffect, useId, useState } from 'react';
import { useApi } from '../api/api-context';
import { ApiError } from '../api/api-error';
import { errorMessage } from '../api/error-messages';
import { setupStatus } from '../api/session';
import { useI18n } from '../i18n/language';
import { useSession } from './session-context';
import { useCountdown } from './use-countdown';

/**
 * Signing in to the team server. A wrong name or password says so (the server does not tell
 * which); after too many failures the server throttles, and the screen counts down the seconds
 * it asked to wait (Retry-After) with the button disabled. A server that still has no admin
 * says how the first one is created.
 */
export function SignInScreen({ expired }: { expired: boolean }) {
  const { t, language } = useI18n();
  const client = useApi();
  const { signIn } = useSession();
  const ids = { username: useId(), password: useId() };
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [setupNeeded, setSetupNeeded] = useState(false);
  const wait = useCountdown();

  useEffect(() => {
    let live = true;
    setupStatus(client)
      .then((status) => live && setSetupNeeded(status.needed))
      // Only a hint: the form works the same without it.
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [client]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      // Signed in: the session changes, and the sign-in route takes the user back where they were.
      await signIn(username.trim(), password);
    } catch (cause) {
      setError(cause);
      setPassword('');
      if (cause instanceof ApiError && cause.status === 429)
        wait.start(cause.retryAfter ?? (Number(cause.params.retryAfter) || 60));
    } finally {
      setBusy(false);
    }
  };

  const throttled = wait.left !== null;
  return (
    <div className="screen sign-in">
      <h2>{t.session.signInHeading}</h2>
      <form className="panel sign-in-form" onSubmit={(event) => void submit(event)} noValidate>
        {expired && (
          <p className="notice" role="status" data-testid="session-expired">
            {t.session.expired}
          </p>
        )}
        {setupNeeded && (
          <p className="notice" data-testid="setup-needed">
            {t.session.setupNeeded}
          </p>
        )}
        <div className="field">
          <label htmlFor={ids.username}>{t.session.username}</label>
          <input
            id={ids.username}
            name="username"
            autoComplete="username"
            required
            value={username}
            onChange={(event) => setUsername(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.password}>{t.session.password}</label>
          <input
            id={ids.password}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
        <button
          type="submit"
          className="primary"
          data-testid="sign-in-submit"
          disabled={busy || throttled || username.trim() === '' || password === ''}
        >
          {busy ? t.session.signingIn : t.session.signIn}
        </button>
        {throttled ? (
          <p className="error" role="alert" data-testid="sign-in-error">
            {t.session.throttled(wait.left!)}
          </p>
        ) : (
          error !== null && (
            <p className="error" role="alert" data-testid="sign-in-error">
              {errorMessage(error, language)}
            </p>
          )
        )}
      </form>
    </div>
  );
}
