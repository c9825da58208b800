import type { Publication } from '@niemyet/core';
import { useState } from 'react';
import { useApi } from '../api/api-context';
import { fetchPublishedSnapshot } from '../api/catalogue';
import { errorMessage } from '../api/error-messages';
import { formatCount, formatDate, formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/language';
import { downloadSnapshot } from './snapshot-file';

/** The published catalogue: its hash, date, size, who published it, and its JSON to download. */
export function PublicationCard({ publication }: { publication: Publication }) {
  const { t, language } = useI18n();
  const client = useApi();
  const [error, setError] = useState<unknown>(null);

  const download = async () => {
    setError(null);
    try {
      const published = await fetchPublishedSnapshot(client);
      if (!published?.changed) throw new Error(`publication ${publication.hash} is not served`);
      downloadSnapshot(published.snapshot);
    } catch (cause) {
      setError(cause);
    }
  };

  const headingId = `publication-${publication.hash.slice(0, 12)}`;
  return (
    <section className="card publication" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.publish.published}</h3>
      <dl className="facts">
        <dt>{t.publish.hash}</dt>
        <dd>
          <code className="hash" data-testid="published-hash">
            {publication.hash}
          </code>
        </dd>
        <dt>{t.publish.asOf}</dt>
        <dd data-testid="published-as-of">{formatDate(publication.asOf)}</dd>
        <dt>{t.publish.procedures}</dt>
        <dd data-testid="published-count">
          {formatCount(publication.procedures)}{' '}
          <span className="muted">
            ({t.publish.otherCounts(publication.upcoming, publication.abolished)})
          </span>
        </dd>
        <dt>{t.publish.publishedAt}</dt>
        <dd>{formatDateTime(publication.publishedAt)}</dd>
        <dt>{t.publish.publishedBy}</dt>
        <dd data-testid="published-by">{publication.publishedBy}</dd>
      </dl>
      <button
        type="button"
        className="secondary"
        data-testid="download-catalogue"
        onClick={() => void download()}
      >
        {t.publish.download}
      </button>
      {error !== null && (
        <p className="error" role="alert">
          {errorMessage(error, language)}
        </p>
      )}
    </section>
  );
}
