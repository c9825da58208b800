import { Link } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useConsoleDb } from '../db/database-context';
import { useI18n } from '../i18n/language';
import { ImportResultView } from './ImportResultView';
import { type DecisionFileImport, importDecisionFile } from './import-decision-file';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'done'; result: DecisionFileImport }
  | { kind: 'failed'; fileName: string; reason: string };

/** Choose a decision-list CSV; see its figures, or every error with its row and column. */
export function ImportScreen() {
  const { t } = useI18n();
  const db = useConsoleDb();
  const inputId = useId();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) imports it again.
    input.value = '';
    if (!file) return;
    setState({ kind: 'reading', fileName: file.name });
    try {
      setState({ kind: 'done', result: await importDecisionFile(db, file) });
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      setState({ kind: 'failed', fileName: file.name, reason });
    }
  };

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
            accept=".csv,text/csv"
            data-testid="decision-import"
            disabled={state.kind === 'reading'}
            onChange={(event) => void onFile(event.currentTarget)}
          />
        </div>
      </section>
      <div aria-live="polite">
        {state.kind === 'reading' && <p className="muted">{t.import.reading(state.fileName)}</p>}
        {state.kind === 'failed' && (
          <p className="error" role="alert">
            {t.import.failed(state.fileName, state.reason)}
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
