import type { ImportDecisionsResponse } from '@niemyet/core';
import { legacyWorkspacePending, legacyWorkspaceState } from '@niemyet/db';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/error-messages';
import { useConsoleDb } from '../db/use-console-db';
import { useI18n } from '../i18n/language';
import { useDecisionImport } from '../import/decision-import-context';
import { useSession } from '../session/session-context';
import { uploadLegacyWorkspace } from './upload-legacy-workspace';

/**
 * "Tải dữ liệu cũ lên máy chủ": offered on every screen, to those who may import, while this
 * browser holds a workspace from the earlier console that was never uploaded. After the
 * upload it says what the server took, until dismissed; then it is gone for good.
 */
export function LegacyWorkspaceOffer() {
  const { t, language } = useI18n();
  const db = useConsoleDb();
  const client = useApi();
  const { can } = useSession();
  const { noteImported } = useDecisionImport();
  const state = useLiveQuery(() => legacyWorkspaceState(db).catch(() => null), [db]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [uploaded, setUploaded] = useState<ImportDecisionsResponse | null>(null);

  if (uploaded)
    return (
      <section className="legacy-offer succeeded" data-testid="legacy-uploaded">
        <span role="status">{t.legacy.uploaded(uploaded.decisions, uploaded.decisionsAdded)}</span>{' '}
        <button type="button" className="secondary" onClick={() => setUploaded(null)}>
          {t.legacy.dismiss}
        </button>
      </section>
    );
  if (!state || !legacyWorkspacePending(state) || !can('imports.run')) return null;

  const upload = async () => {
    setBusy(true);
    setError(null);
    try {
      const figures = await uploadLegacyWorkspace(db, client);
      setUploaded(figures);
      // The catalogue on screen asks the server again.
      if (figures.decisionsAdded + figures.baseline > 0) noteImported();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="legacy-offer" data-testid="legacy-offer" aria-labelledby="legacy-heading">
      <h2 id="legacy-heading">{t.legacy.heading}</h2>
      <p>{t.legacy.explain(state.decisions, state.baseline)}</p>
      <button
        type="button"
        className="primary"
        data-testid="legacy-upload"
        disabled={busy}
        onClick={() => void upload()}
      >
        {busy ? t.legacy.uploading : t.legacy.action}
      </button>
      {error !== null && (
        <p className="error" role="alert" data-testid="legacy-error">
          {t.legacy.failed(errorMessage(error, language))}
        </p>
      )}
    </section>
  );
}
