import type { ChangeLogVerifyResponse } from '@niemyet/core';
import { Link } from '@tanstack/react-router';
import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../api/api-context';
import { verifyChangeLog } from '../api/changelog';
import { errorMessage } from '../api/error-messages';
import { useI18n } from '../i18n/language';
import type { ChangesSearch } from './changes-search';

/**
 * The chain check: the server recomputes every entry's hash (`GET /api/changelog/verify`) and
 * says the log is intact, or names the first entry where it breaks, with a link that opens it.
 * Run when the screen opens and again on request.
 */

type Check =
  | { status: 'checking' }
  | { status: 'done'; result: ChangeLogVerifyResponse }
  | { status: 'failed'; error: unknown };

export function ChainCheckPanel({ entrySearch }: { entrySearch(seq: number): ChangesSearch }) {
  const client = useApi();
  const { t, language } = useI18n();
  const m = t.changes.chain;
  const [check, setCheck] = useState<Check>({ status: 'checking' });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` runs the check again.
  useEffect(() => {
    const abort = new AbortController();
    setCheck({ status: 'checking' });
    verifyChangeLog(client, abort.signal).then(
      (result) => setCheck({ status: 'done', result }),
      (error: unknown) => {
        if (!abort.signal.aborted) setCheck({ status: 'failed', error });
      },
    );
    return () => abort.abort();
  }, [client, attempt]);

  const recheck = useCallback(() => setAttempt((n) => n + 1), []);

  return (
    <section className="panel chain-check" aria-labelledby="chain-check-heading" data-testid="chain-check">
      <h3 id="chain-check-heading">{m.heading}</h3>
      {check.status === 'checking' && (
        <p className="muted" role="status">
          {m.checking}
        </p>
      )}
      {check.status === 'failed' && (
        <p className="error" role="alert">
          {m.failed(errorMessage(check.error, language))}
        </p>
      )}
      {check.status === 'done' && check.result.ok && (
        <p className="ok" role="status" data-testid="chain-ok">
          {m.ok(check.result.entries)}
        </p>
      )}
      {check.status === 'done' && !check.result.ok && (
        <div className="error" role="alert" data-testid="chain-broken">
          <p>
            {check.result.firstBroken
              ? m.broken(check.result.firstBroken.seq, check.result.firstBroken.reason)
              : m.brokenNoEntry}
          </p>
          {check.result.firstBroken && (
            <Link
              to="/changes"
              search={entrySearch(check.result.firstBroken.seq)}
              data-testid="chain-show-entry"
            >
              {m.showEntry(check.result.firstBroken.seq)}
            </Link>
          )}
        </div>
      )}
      {check.status !== 'checking' && (
        <button type="button" className="secondary" onClick={recheck} data-testid="chain-recheck">
          {m.recheck}
        </button>
      )}
    </section>
  );
}
