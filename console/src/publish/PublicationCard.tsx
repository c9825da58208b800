import { type Publication, publishedSnapshotOf } from '@niemyet/db';
import { useState } from 'react';
import { useConsoleDb } from '../db/database-context';
import { formatCount, formatDate, formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/language';
import { downloadSnapshot } from './snapshot-file';

/** The published catalogue: its hash, date, size, and its JSON to download. */
export function PublicationCard({ publication }: { publication: Publication }) {
  const { t } = useI18n();
  const db = useConsoleDb();
  const [error, setError] = useState<string | null>(null);

  const download = async () => {
    setError(null);
    try {
      const snapshot = await publishedSnapshotOf(db, publication.seq);
      if (!snapshot) throw new Error(`publication ${publication.seq} has no snapshot`);
      downloadSnapshot(snapshot);
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    }
  };

  const { counts } = publication;
  return (
    <section className="card publication" aria-labelledby={`publication-${publication.seq}`}>
      <h3 id={`publication-${publication.seq}`}>{t.publish.published}</h3>
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
          {formatCount(counts.procedures)}{' '}
          <span className="muted">({t.publish.otherCounts(counts.upcoming, counts.abolished)})</span>
        </dd>
        <dt>{t.publish.publishedAt}</dt>
        <dd>{formatDateTime(publication.publishedAt)}</dd>
      </dl>
      <button type="button" className="secondary" data-testid="download-catalogue" onClick={download}>
        {t.publish.download}
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
