import { useApi } from '../api/api-context';
import { exportFindings, type FindingExportFormat, type FindingFilter } from '../api/portal-watches';
import { DownloadStatus } from '../exports/DownloadStatus';
import { useFileDownload } from '../exports/use-file-download';
import { useI18n } from '../i18n/language';

/**
 * The filtered inbox as a file (CSV, XLSX): the server streams it (the change log's export
 * code) and the page shows the rows (or bytes) received, with Cancel. One download at a time.
 */
const FORMATS: readonly FindingExportFormat[] = ['csv', 'xlsx'];

export function FindingExports({ filter }: { filter: FindingFilter }) {
  const client = useApi();
  const { t } = useI18n();
  const m = t.portals.exports;
  const download = useFileDownload();
  return (
    <section className="finding-exports no-print" aria-labelledby="finding-exports-heading">
      <h3 id="finding-exports-heading">{m.heading}</h3>
      <div className="inline">
        {FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="secondary"
            disabled={download.running}
            title={download.running ? t.download.busy : undefined}
            data-testid={`findings-export-${format}`}
            onClick={() =>
              download.start(m.what(format), (signal, onProgress) =>
                exportFindings(client, filter, format, { signal, onProgress }),
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
