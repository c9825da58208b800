import type { ErrorComponentProps } from '@tanstack/react-router';
import { useI18n } from '../i18n/language';

/**
 * What the router shows in a screen's place while its chunk is still coming (after the router's
 * pending delay, on a slow network) and when it cannot be shown (its chunk failed to load — the
 * router itself reloads once when a new deployment replaced it — or the screen failed).
 */

export function ScreenPending() {
  const { t } = useI18n();
  return (
    <p className="muted" role="status" data-testid="screen-pending">
      {t.routeState.loading}
    </p>
  );
}

export function ScreenFailed({
  error,
  reload = () => window.location.reload(),
}: ErrorComponentProps & { reload?(): void }) {
  const { t } = useI18n();
  const reason = error instanceof Error ? error.message : String(error);
  return (
    <div className="notice" data-testid="screen-failed">
      <p className="error" role="alert">
        {t.routeState.failed(reason)}
      </p>
      <p>{t.routeState.advice}</p>
      <button type="button" className="primary" onClick={reload}>
        {t.routeState.reload}
      </button>
    </div>
  );
}
