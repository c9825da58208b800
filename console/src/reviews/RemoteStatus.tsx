import { errorMessage } from '../api/error-messages';
import { useI18n } from '../i18n/language';
import type { Remote } from './use-remote';

/** The loading line, or why the answer failed with a button to ask again. */
export function RemoteStatus<T>({ remote, onRetry }: { remote: Remote<T>; onRetry(): void }) {
  const { t, language } = useI18n();
  if (remote.kind === 'loading' && remote.previous === null)
    return (
      <p className="muted" role="status">
        {t.app.loading}
      </p>
    );
  if (remote.kind === 'failed')
    return (
      <div className="error" role="alert" data-testid="reviews-error">
        <p>{t.reviews.loadFailed(errorMessage(remote.error, language))}</p>
        <button type="button" onClick={onRetry}>
          {t.app.retry}
        </button>
      </div>
    );
  return null;
}
