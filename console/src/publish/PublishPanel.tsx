import type { IsoDate, Publication } from '@niemyet/core';
import { useState } from 'react';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/error-messages';
import { useBridge } from '../bridge/bridge-context';
import { useI18n } from '../i18n/language';
import { useSession } from '../session/session-context';
import { PublicationCard } from './PublicationCard';
import { publishCatalogue } from './publish-catalogue';
import { usePublications } from './use-publications';

/** Publishes the catalogue of the date the user is looking at, and shows what is published now. */
export function PublishPanel({ asOf }: { asOf: IsoDate }) {
  const { t, language } = useI18n();
  const client = useApi();
  const bridge = useBridge();
  const { can } = useSession();
  const { load, reload } = usePublications();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // What this user just published, shown at once: the list catches up when it reloads.
  const [justPublished, setJustPublished] = useState<Publication | null>(null);

  const publish = async () => {
    setBusy(true);
    setError(null);
    try {
      const { publication, snapshot } = await publishCatalogue(client, asOf);
      setJustPublished(publication);
      // An open extension takes the new catalogue at once, without waiting for its next request.
      if (snapshot) bridge.announce(snapshot);
      reload();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  const listed = load.kind === 'ready' ? load.publications[0] : undefined;
  // The newer of the two: someone else may have published since.
  const latest =
    justPublished && (!listed || justPublished.publishedAt > listed.publishedAt) ? justPublished : listed;
  return (
    <section className="panel publish" aria-labelledby="publish-heading">
      <h2 id="publish-heading">{t.publish.heading}</h2>
      <p>{t.publish.explain(asOf)}</p>
      {can('publications.create') ? (
        <button
          type="button"
          className="primary"
          data-testid="publish-catalogue"
          disabled={busy}
          onClick={() => void publish()}
        >
          {busy ? t.publish.publishing : t.publish.action}
        </button>
      ) : (
        <p className="muted" data-testid="publish-not-allowed">
          {t.publish.notAllowed}
        </p>
      )}
      {error !== null && (
        <p className="error" role="alert">
          {t.publish.failed(errorMessage(error, language))}
        </p>
      )}
      {latest && <PublicationCard publication={latest} />}
    </section>
  );
}
