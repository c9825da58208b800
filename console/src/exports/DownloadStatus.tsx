import { errorMessage } from '../api/error-messages';
import { useI18n } from '../i18n/language';
import type { FileDownload } from './use-file-download';

/**
 * The line under download buttons: a progress bar while the file arrives (rows of the total
 * the server announced, else bytes) with Cancel, then what happened. Announced politely to
 * screen readers; a failure as an alert.
 */
export function DownloadStatus({ download }: { download: FileDownload }) {
  const { t, language } = useI18n();
  const m = t.download;
  const { state } = download;
  if (state.kind === 'idle') return null;
  if (state.kind === 'failed')
    return (
      <p className="error" role="alert" data-testid="download-failed">
        {m.failed(errorMessage(state.error, language))}
      </p>
    );
  if (state.kind === 'cancelled')
    return (
      <p className="muted" role="status" data-testid="download-cancelled">
        {m.cancelled}
      </p>
    );
  if (state.kind === 'saved')
    return (
      <p className="notice" role="status" data-testid="download-saved">
        {m.saved(state.name)}
      </p>
    );
  const { progress } = state;
  let value: number | undefined;
  let max: number | undefined;
  let line = m.starting;
  if (progress) {
    if (progress.rows !== null && progress.totalRows !== null && progress.totalRows > 0) {
      value = Math.min(progress.rows, progress.totalRows);
      max = progress.totalRows;
    } else if (progress.totalBytes !== null && progress.totalBytes > 0) {
      value = Math.min(progress.bytes, progress.totalBytes);
      max = progress.totalBytes;
    }
    line =
      progress.rows !== null
        ? m.rows(progress.rows, progress.totalRows)
        : m.bytes(progress.bytes, progress.totalRows);
  }
  return (
    <div className="download-progress" data-testid="download-progress">
      {/* Without a known total the bar is indeterminate: it says "working", the line says how much. */}
      <progress aria-label={m.progressLabel(state.what)} {...(max === undefined ? {} : { value, max })} />
      <span role="status" data-testid="download-progress-line">
        {line}
      </span>
      <button type="button" className="secondary" onClick={download.cancel} data-testid="download-cancel">
        {m.cancel}
      </button>
    </div>
  );
}
