import type { RestoreResponse } from '@niemyet/core';
import { downloadFile } from '@niemyet/ui';
import { useEffect, useRef, useState } from 'react';
import { useApi } from '../api/api-context';
import { downloadBackup, restoreBackupFile } from '../api/backup';
import { errorMessage } from '../api/error-messages';
import { formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/language';
import { useSession } from '../session/session-context';
import { type BackupFileReading, backupFileName, readBackupFile } from './backup-file';

/**
 * Backup (admins, supervisors) and restore (admins) of the team workspace. A restore reads the
 * file in the browser first and shows what it holds; the upload shows its progress and can be
 * cancelled; the server answers all or nothing.
 */
export function BackupScreen() {
  const { t } = useI18n();
  const { can } = useSession();
  return (
    <div className="screen backup-screen">
      <h2>{t.backup.heading}</h2>
      <p className="muted">{t.backup.intro}</p>
      <DownloadBackup />
      {can('backup.restore') ? <RestoreBackup /> : <p className="muted">{t.backup.restoreOnlyAdmins}</p>}
    </div>
  );
}

function DownloadBackup() {
  const { t, language } = useI18n();
  const client = useApi();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const download = async () => {
    setBusy(true);
    setDone(null);
    setError(null);
    try {
      const bundle = await downloadBackup(client);
      const name = backupFileName(bundle.exportedAt);
      downloadFile({ name, type: 'application/json', text: `${JSON.stringify(bundle)}\n` });
      setDone(name);
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="backup-download-heading">
      <h3 id="backup-download-heading">{t.backup.downloadHeading}</h3>
      <button type="button" onClick={download} disabled={busy} data-testid="backup-download">
        {busy ? t.backup.downloading : t.backup.download}
      </button>
      {done && (
        <p className="notice" role="status" data-testid="backup-downloaded">
          {t.backup.downloaded(done)}
        </p>
      )}
      {error !== null && (
        <p className="error" role="alert">
          {errorMessage(error, language)}
        </p>
      )}
    </section>
  );
}

type RestoreState =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'read'; file: File; reading: BackupFileReading }
  | { kind: 'sending'; file: File; percent: number }
  | { kind: 'restored'; result: RestoreResponse }
  | { kind: 'failed'; file: File; error: unknown };

function RestoreBackup() {
  const { t, language } = useI18n();
  const client = useApi();
  const [state, setState] = useState<RestoreState>({ kind: 'idle' });
  const [confirmed, setConfirmed] = useState(false);
  const abort = useRef<AbortController | null>(null);

  // Leaving the screen cancels an upload still running.
  useEffect(() => () => abort.current?.abort(), []);

  const choose = async (file: File | undefined) => {
    setConfirmed(false);
    if (!file) return setState({ kind: 'idle' });
    setState({ kind: 'reading' });
    setState({ kind: 'read', file, reading: await readBackupFile(file) });
  };

  const restore = async (file: File) => {
    const controller = new AbortController();
    abort.current = controller;
    setState({ kind: 'sending', file, percent: 0 });
    try {
      const result = await restoreBackupFile(client, file, {
        signal: controller.signal,
        onUploadProgress: ({ loaded, total }) =>
          setState({ kind: 'sending', file, percent: total ? Math.floor((loaded / total) * 100) : 0 }),
      });
      setState({ kind: 'restored', result });
    } catch (error) {
      setState({ kind: 'failed', file, error });
    } finally {
      abort.current = null;
      setConfirmed(false);
    }
  };

  const reading = state.kind === 'read' ? state.reading : null;
  return (
    <section className="panel" aria-labelledby="backup-restore-heading">
      <h3 id="backup-restore-heading">{t.backup.restoreHeading}</h3>
      <p className="warning">{t.backup.restoreWarning}</p>
      <label>
        {t.backup.chooseFile}
        <input
          type="file"
          accept=".json,application/json"
          disabled={state.kind === 'sending'}
          onChange={(event) => choose(event.currentTarget.files?.[0])}
          data-testid="restore-file"
        />
      </label>
      {state.kind === 'reading' && <p className="muted">{t.backup.reading}</p>}
      {reading && !reading.ok && (
        <p className="error" role="alert" data-testid="restore-problem">
          {reading.problem.kind === 'not-json'
            ? t.backup.notJson
            : reading.problem.kind === 'newer-version'
              ? t.backup.newerVersion(reading.problem.version)
              : t.backup.notABundle(reading.problem.path, reading.problem.issue)}
        </p>
      )}
      {state.kind === 'read' && reading?.ok && (
        <div data-testid="restore-summary">
          <h4>{t.backup.summaryHeading}</h4>
          <p>
            {t.backup.exportedAt}: {formatDateTime(reading.summary.exportedAt)}
          </p>
          <p>{t.backup.counts(reading.summary)}</p>
          <p>{t.backup.legalCounts(reading.summary.legalDocuments, reading.summary.reviewTasks)}</p>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={confirmed}
              onChange={(event) => setConfirmed(event.currentTarget.checked)}
              data-testid="restore-confirm"
            />
            {t.backup.confirm}
          </label>
          <button
            type="button"
            className="danger"
            disabled={!confirmed}
            onClick={() => restore(state.file)}
            data-testid="restore-submit"
          >
            {t.backup.restore}
          </button>
        </div>
      )}
      {state.kind === 'sending' && (
        <div role="status" data-testid="restore-progress">
          <progress max={100} value={state.percent} /> {t.backup.restoring(state.percent)}{' '}
          <button type="button" onClick={() => abort.current?.abort()} data-testid="restore-cancel">
            {t.backup.cancel}
          </button>
        </div>
      )}
      {state.kind === 'restored' && (
        <p className="notice" role="status" data-testid="restore-done">
          {t.backup.restored(state.result)}
        </p>
      )}
      {state.kind === 'failed' && (
        <p className="error" role="alert" data-testid="restore-error">
          {errorMessage(state.error, language)}
        </p>
      )}
    </section>
  );
}
