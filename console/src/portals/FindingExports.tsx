import { useApi } from '../api/api-context';
import { exportFindings, type FindingExportFormat, type FindingFilter } from '../api/portal-watches';
import { ExportButtons } from '../exports/ExportButtons';
import { useI18n } from '../i18n/language';

const FORMATS: readonly FindingExportFormat[] = ['csv', 'xlsx'];

/** The filtered inbox as a file (CSV, XLSX), streamed by the server with progress and Cancel. */
export function FindingExports({ filter }: { filter: FindingFilter }) {
  const client = useApi();
  const m = useI18n().t.portals.exports;
  return (
    <ExportButtons<FindingExportFormat>
      className="finding-exports"
      heading={m.heading}
      formats={FORMATS}
      label={(format) => m[format]}
      what={m.what}
      testId={(format) => `findings-export-${format}`}
      fetchFile={(format, signal, onProgress) =>
        exportFindings(client, filter, format, { signal, onProgress })
      }
    />
  );
}
