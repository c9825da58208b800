import type { ReactNode } from 'react';
import type { DownloadedFile, DownloadProgress } from '../api/streamed-download';
import { useI18n } from '../i18n/language';
import { DownloadStatus } from './DownloadStatus';
import { useFileDownload } from './use-file-download';

/**
 * One button per file format for a list the server streams (the change log, the findings
 * inbox), then the download's progress with Cancel. One download at a time: the buttons wait
 * while one runs.
 */
export function ExportButtons<F extends string>({
  heading,
  formats,
  label,
  what,
  testId,
  className,
  fetchFile,
}: {
  heading: ReactNode;
  formats: readonly F[];
  label(format: F): string;
  /** What the progress line calls the file ("the change log as CSV"). */
  what(format: F): string;
  testId(format: F): string;
  className: string;
  fetchFile: (
    format: F,
    signal: AbortSignal,
    onProgress: (progress: DownloadProgress) => void,
  ) => Promise<DownloadedFile>;
}) {
  const { t } = useI18n();
  const download = useFileDownload();
  const headingId = `${className}-heading`;
  return (
    <section className={`${className} no-print`} aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      <div className="inline">
        {formats.map((format) => (
          <button
            key={format}
            type="button"
            className="secondary"
            disabled={download.running}
            title={download.running ? t.download.busy : undefined}
            data-testid={testId(format)}
            onClick={() =>
              download.start(what(format), (signal, onProgress) => fetchFile(format, signal, onProgress))
            }
          >
            {label(format)}
          </button>
        ))}
      </div>
      <DownloadStatus download={download} />
    </section>
  );
}
