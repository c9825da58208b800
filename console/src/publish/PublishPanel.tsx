import type { CatalogueState } from '@niemyet/core';
import { useState } from 'react';
import { useBridge } from '../bridge/bridge-context';
import { useConsoleDb } from '../db/database-context';
import { usePublications } from '../db/use-publications';
import { useI18n } from '../i18n/language';
import { PublicationCard } from './PublicationCard';
import { publishCatalogue } from './publish-catalogue';

/** Publishes the catalogue the user is looking at, and shows what is published now. */
export function PublishPanel({ state }: { state: CatalogueState }) {
  const { t } = useI18n();
  const db = useConsoleDb();
  const bridge = useBridge();
  const publications = usePublications();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const publish = async () => {
    setBusy(true);
    setError(null);
    try {
      const { snapshot } = await publishCatalogue(db, state);
      // An open extension takes the new catalogue at once, without waiting for its next request.
      bridge.announce(snapshot);
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    } finally {
      setBusy(false);
    }
  };

  const latest = publications?.[0];
  return (
    <section className="panel publish" aria-labelledby="publish-heading">
      <h2 id="publish-heading">{t.publish.heading}</h2>
      <p>{t.publish.explain(state.asOf)}</p>
      <button
        type="button"
        className="primary"
        data-testid="publish-catalogue"
        disabled={busy}
        onClick={publish}
      >
        {busy ? t.publish.publishing : t.publish.action}
      </button>
      {error && (
        <p className="error" role="alert">
          {t.publish.failed(error)}
        </p>
      )}
      {latest && <PublicationCard publication={latest} />}
    </section>
  );
}
