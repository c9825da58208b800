import type { ChangeLogFilter } from '@niemyet/core';
import { useApi } from '../api/api-context';
import { type ChangeLogExportFormat, exportChangeLog } from '../api/changelog';
import { ExportButtons } from '../exports/ExportButtons';
import { useI18n } from '../i18n/language';

const FORMATS: readonly ChangeLogExportFormat[] = ['csv', 'xlsx', 'json'];

/** The filtered log as a file (CSV, XLSX, JSON), streamed by the server with progress and Cancel. */
export function ChangeExports({ filter }: { filter: ChangeLogFilter }) {
  const client = useApi();
  const m = useI18n().t.changes.exports;
  return (
    <ExportButtons<ChangeLogExportFormat>
      className="change-exports"
      heading={m.heading}
      formats={FORMATS}
      label={(format) => m[format]}
      what={m.what}
      testId={(format) => `export-${format}`}
      fetchFile={(format, signal, onProgress) =>
        exportChangeLog(client, filter, format, { signal, onProgress })
      }
    />
  );
}
