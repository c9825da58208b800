import type { ChangeLogFilter } from '@niemyet/core';
import { useApi } from '../api/api-context';
import { type ChangeLogExportFormat, exportChangeLog } from '../api/changelog';
import { DownloadStatus } from '../exports/DownloadStatus';
import { useFileDownload } from '../exports/use-file-download';
import { useI18n } from '../i18n/language';

/**
 * The filtered log as a file (CSV, XLSX, JSON): the server streams it and the page shows the
 * rows (or bytes) received, with Cancel. One download at a time: the buttons wait while one runs.
 */
const FORMATS: readonly ChangeLogExportFormat[] = ['csv', 'xlsx', 'json'];

export function ChangeExports({ filter }: { filter: ChangeLogFilter }) {
  const client = useApi();
  const { t } = useI18n();
  const m = t.changes.exports;
  const download = useFileDownload();
  return (
    <section className="change-exports no-print" aria-labelledby="change-exports-heading">
      <h3 id="change-exports-heading">{m.heading}</h3>
      <div className="inline">
        {FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="secondary"
            disabled={download.running}
            title={download.running ? t.download.busy : undefined}
            data-testid={`export-${format}`}
            onClick={() =>
              download.start(m.what(format), (signal, onProgress) =>
                exportChangeLog(client, filter, format, { signal, onProgress }),
              )
            }
          >
            {m[format]}
          </button>
        ))}
      </div>
      <DownloadStatus download={download} />
    </section>
  );
}
