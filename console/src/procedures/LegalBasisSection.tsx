import type { IsoDate } from '@niemyet/core';
import { isApiError } from '../api/api-error';
import { errorMessage } from '../api/error-messages';
import { procedureLegalBasis } from '../api/legal-documents';
import { DocumentLink } from '../documents/DocumentLink';
import { DocumentStatusBadge } from '../documents/DocumentStatusBadge';
import { useApiLoad } from '../documents/use-api-load';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/language';

/**
 * The procedure page's "Căn cứ pháp lý": each document its version in force cites, with the
 * document's status on the page's date (the server reads it from the registry) and a link to
 * it; a banner when one has ended, since the procedure must then be reviewed and re-published.
 */
export function LegalBasisSection({ procedureId, asOf }: { procedureId: string; asOf: IsoDate }) {
  const { t, language } = useI18n();
  const b = t.documents.basis;
  const { load, retry } = useApiLoad(`${procedureId}|${asOf}`, (client, signal) =>
    procedureLegalBasis(client, procedureId, asOf, signal),
  );
  return (
    <section aria-labelledby="legal-basis-heading" data-testid="legal-basis">
      <h3 id="legal-basis-heading">{b.heading}</h3>
      {load.kind === 'loading' && (
        <p className="muted" role="status">
          {b.loading}
        </p>
      )}
      {load.kind === 'failed' &&
        (isApiError(load.error) && load.error.status === 404 ? (
          <p className="muted">{b.notInForce}</p>
        ) : (
          <div className="error" role="alert">
            <p>{b.loadFailed(errorMessage(load.error, language))}</p>
            <button type="button" onClick={retry}>
              {t.app.retry}
            </button>
          </div>
        ))}
      {load.kind === 'ready' && (
        <>
          {load.data.flagged && (
            <p className="notice warning" role="alert" data-testid="legal-basis-flag">
              {b.flagged}
            </p>
          )}
          {load.data.entries.length === 0 ? (
            <p className="muted">{b.none}</p>
          ) : (
            <ul className="legal-basis" data-testid="legal-basis-entries">
              {load.data.entries.map((entry) => (
                <li key={entry.number} data-testid="legal-basis-entry" data-status={entry.status}>
                  <DocumentLink number={entry.number} /> <DocumentStatusBadge status={entry.status} />
                  {entry.by && (
                    <>
                      {' '}
                      {b.by('')}
                      <DocumentLink number={entry.by} />
                    </>
                  )}
                  {entry.ref.title && <span className="muted"> — {entry.ref.title}</span>}
                  {entry.ref.issuedOn && <span className="muted"> ({formatDate(entry.ref.issuedOn)})</span>}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
