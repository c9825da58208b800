import { Link } from '@tanstack/react-router';
import { useEffect, useId } from 'react';
import { errorMessage } from '../api/error-messages';
import { useI18n } from '../i18n/language';
import { useSession } from '../session/session-context';
import { useDecisionImport } from './decision-import-context';
import { ImportProgressView } from './ImportProgressView';
import { ImportResultView } from './ImportResultView';

/**
 * Choose a decision-list CSV; watch it being checked here, then sent to the server (and cancel
 * it), then see the server's figures, or every error with its row and column. The import itself lives above the routes
 * (`DecisionImportProvider`): leaving this screen does not stop it, and coming back shows it.
 */
export function ImportScreen() {
  const { t, language } = useI18n();
  const { can } = useSession();
  const inputId = useId();
  const { state, start, cancel, markOutcomeSeen } = useDecisionImport();
  const finished = state.kind === 'done' || state.kind === 'failed';

  // Whatever outcome this screen shows has been seen: the layout stops announcing it.
  useEffect(() => {
    if (finished) markOutcomeSeen();
  }, [finished, markOutcomeSeen]);

  const onFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) imports it again.
    input.value = '';
    // The input is disabled while an import runs, so `start` does not refuse here.
    if (file) start(file);
  };

  if (!can('imports.run'))
    return (
      <div className="screen">
        <h2>{t.import.heading}</h2>
        <p className="notice" data-testid="import-not-allowed">
          {t.import.notAllowed}
        </p>
      </div>
    );

  return (
    <div className="screen">
      <h2>{t.import.heading}</h2>
      <section className="panel">
        <p>{t.import.explain}</p>
        <div className="field">
          <label htmlFor={inputId}>{t.import.file}</label>
          <input
            id={inputId}
            type="file"
            accept=".csv,.txt,.tsv,text/csv,text/plain,text/tab-separated-values"
            data-testid="decision-import"
            // One import at a time (see DecisionImportProvider): no second file while one runs.
            disabled={state.kind === 'running'}
            onChange={(event) => onFile(event.currentTarget)}
          />
        </div>
      </section>
      {state.kind === 'running' && (
        <ImportProgressView
          fileName={state.fileName}
          progress={state.progress}
          cancelling={state.cancelling}
          onCancel={cancel}
        />
      )}
      <div aria-live="polite">
        {state.kind === 'failed' && (
          <p className="error" role="alert">
            {t.import.failed(state.fileName, errorMessage(state.error, language))}
          </p>
        )}
        {state.kind === 'done' && <ImportResultView result={state.result} />}
      </div>
      {state.kind === 'done' && state.result.kind === 'imported' && (
        <p>
          <Link to="/" className="button primary">
            {t.import.toCatalogue}
          </Link>
        </p>
      )}
    </div>
  );
}
