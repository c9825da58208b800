import type { CsvIssue, DocumentImportResponse } from '@niemyet/core';
import { useEffect, useId, useRef, useState } from 'react';
import { useApi } from '../api/api-context';
import { isApiError } from '../api/api-error';
import { errorMessage } from '../api/error-messages';
import { importDocumentCsv } from '../api/legal-documents';
import { Dialog } from '../decisions/review/Dialog';
import { formatCount } from '../i18n/format';
import { useI18n } from '../i18n/language';
import { reviewsHref } from './review-links';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'running'; name: string; percent: number | null }
  | { kind: 'cancelled'; name: string }
  | { kind: 'refused'; name: string; errors: CsvIssue[] }
  | { kind: 'failed'; name: string; error: unknown }
  | { kind: 'done'; name: string; answer: DocumentImportResponse };

/**
 * Importing a registry CSV: the file goes to the server as it is (it finds the encoding and
 * checks every row), with the upload's progress and a cancel. All or nothing: a refused file
 * lists its errors by row and column and nothing is written; an accepted one says how many
 * documents and review tasks it made.
 */
export function DocumentCsvImportDialog({ onClose, onImported }: { onClose(): void; onImported(): void }) {
  const { t, language } = useI18n();
  const c = t.documents.csv;
  const client = useApi();
  const fileId = useId();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  // Closing the dialog mid-upload cancels it: nothing is left running unseen.
  useEffect(() => () => controller.current?.abort(), []);

  const start = async (file: File) => {
    const abort = new AbortController();
    controller.current = abort;
    setState({ kind: 'running', name: file.name, percent: null });
    try {
      const answer = await importDocumentCsv(client, file, {
        signal: abort.signal,
        onUploadProgress: ({ loaded, total }) =>
          setState({
            kind: 'running',
            name: file.name,
            percent: total > 0 ? Math.min(100, Math.round((loaded / total) * 100)) : null,
          }),
      });
      setState({ kind: 'done', name: file.name, answer });
      onImported();
    } catch (cause) {
      if (abort.signal.aborted) setState({ kind: 'cancelled', name: file.name });
      else if (isApiError(cause) && cause.errors.length > 0)
        setState({ kind: 'refused', name: file.name, errors: cause.errors });
      else setState({ kind: 'failed', name: file.name, error: cause });
    } finally {
      controller.current = null;
    }
  };

  const running = state.kind === 'running';
  return (
    <Dialog title={c.title} onClose={onClose} testId="document-csv-import">
      <p className="muted">{c.explain}</p>
      <div className="field">
        <label htmlFor={fileId}>{c.file}</label>
        <input
          id={fileId}
          type="file"
          accept=".csv,text/csv"
          disabled={running}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void start(file);
          }}
        />
      </div>
      {state.kind === 'running' && (
        <div className="import-progress" data-testid="document-csv-progress">
          <progress aria-label={c.progressLabel} max={100} value={state.percent ?? undefined} />
          <p role="status">
            {state.percent === null || state.percent >= 100 ? c.saving : c.uploading(state.percent)}
          </p>
          <button type="button" onClick={() => controller.current?.abort()}>
            {c.cancel}
          </button>
        </div>
      )}
      {state.kind === 'cancelled' && <p role="status">{c.cancelled(state.name)}</p>}
      {state.kind === 'failed' && (
        <p className="error" role="alert">
          {c.failed(state.name, errorMessage(state.error, language))}
        </p>
      )}
      {state.kind === 'refused' && (
        <div data-testid="document-csv-refused">
          <p className="error" role="alert">
            {c.refused(state.name, state.errors.length)}
          </p>
          <IssueTable issues={state.errors} label={c.message} />
        </div>
      )}
      {state.kind === 'done' && (
        <div data-testid="document-csv-done">
          <p role="status" className="success">
            {c.imported(state.name, state.answer.documents.length, state.answer.tasks.length)}
          </p>
          {state.answer.tasks.length > 0 && (
            <p>
              <a href={reviewsHref()}>{t.documents.toReviews}</a>
            </p>
          )}
          {state.answer.warnings.length > 0 && (
            <details>
              <summary>{c.warnings(state.answer.warnings.length)}</summary>
              <IssueTable issues={state.answer.warnings} label={c.warning} />
            </details>
          )}
        </div>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          {c.close}
        </button>
      </div>
    </Dialog>
  );
}

function IssueTable({ issues, label }: { issues: readonly CsvIssue[]; label: string }) {
  const { t } = useI18n();
  const c = t.documents.csv;
  return (
    <div className="table-wrap">
      <table className="plain issues">
        <thead>
          <tr>
            <th scope="col">{c.row}</th>
            <th scope="col">{c.column}</th>
            <th scope="col">{label}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue, index) => (
            // Several issues can share a row and column: the place in the list keeps keys unique.
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole, never reordered
            <tr key={index} data-testid="document-csv-issue" data-row={issue.row}>
              <td className="number">{issue.row === 0 ? c.wholeFile : formatCount(issue.row)}</td>
              <td>{issue.column ?? '—'}</td>
              <td>{issue.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
