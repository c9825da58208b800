import { Link } from '@tanstack/react-router';
import { usePublications } from '../db/use-publications';
import { formatCount, formatDate, formatDateTime, hashPrefix } from '../i18n/format';
import { useI18n } from '../i18n/language';
import { PublicationCard } from './PublicationCard';

/** What is published, what was before, and whether the extension has it. */
export function PublicationsScreen() {
  const { t } = useI18n();
  const publications = usePublications();
  if (!publications) return <p className="muted">{t.app.loading}</p>;
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
                <th>{t.publish.hash}</th>
              </tr>
            </thead>
            <tbody>
              {publications.map((publication) => (
                <tr key={publication.seq}>
                  <td>{formatDateTime(publication.publishedAt)}</td>
                  <td>{formatDate(publication.asOf)}</td>
                  <td className="number">{formatCount(publication.counts.procedures)}</td>
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
