import { Link } from '@tanstack/react-router';
import { errorMessage } from '../api/error-messages';
import { formatCount, formatDate, formatDateTime, hashPrefix } from '../i18n/format';
import { useI18n } from '../i18n/language';
import { PublicationCard } from './PublicationCard';
import { usePublications } from './use-publications';

/** What is published, what was before and by whom, and whether the extension has it. */
export function PublicationsScreen() {
  const { t, language } = useI18n();
  const { load } = usePublications();
  if (load.kind === 'loading') return <p className="muted">{t.app.loading}</p>;
  if (load.kind === 'failed')
    return (
      <p className="error" role="alert">
        {errorMessage(load.error, language)}
      </p>
    );
  const { publications } = load;
  const [latest] = publications;
  return (
    <div className="screen">
      <h2>{t.publish.heading}</h2>
      {latest ? <PublicationCard publication={latest} /> : <p>{t.publish.nothingYet}</p>}
      <p>
        <Link to="/">{t.publish.toCatalogue}</Link>
      </p>
      {publications.length > 0 && (
        <section className="panel">
          <h3>{t.publish.history}</h3>
          <table className="plain">
            <thead>
              <tr>
                <th>{t.publish.publishedAt}</th>
                <th>{t.publish.asOf}</th>
                <th>{t.publish.procedures}</th>
                <th>{t.publish.publishedBy}</th>
                <th>{t.publish.hash}</th>
              </tr>
            </thead>
            <tbody>
              {publications.map((publication) => (
                <tr key={`${publication.hash}|${publication.publishedAt}`} data-testid="publication-row">
                  <td>{formatDateTime(publication.publishedAt)}</td>
                  <td>{formatDate(publication.asOf)}</td>
                  <td className="number">{formatCount(publication.procedures)}</td>
                  <td>{publication.publishedBy}</td>
                  <td>
                    <code title={publication.hash}>{hashPrefix(publication.hash)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
