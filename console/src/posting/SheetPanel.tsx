import { type IsoDate, todayInVietnam } from '@niemyet/core';
import { useApi } from '../api/api-context';
import { downloadPostingSheet, getPostingSheet } from '../api/posting';
import { AsOfField } from '../catalogue/AsOfField';
import { DownloadStatus } from '../exports/DownloadStatus';
import { useFileDownload } from '../exports/use-file-download';
import { useI18n } from '../i18n/language';
import { RemoteStatus } from '../reviews/RemoteStatus';
import { shown, useRemote } from '../reviews/use-remote';
import { PostingSheetView } from './PostingSheetView';

/**
 * The office's posting sheet on a date (dd/mm/yyyy, kept in the address; without one the
 * server's today in Vietnam, which the field then shows), shown as it prints: "In / Lưu PDF"
 * opens the browser's print (the print stylesheet keeps only the sheet, on A4), "Tải DOCX"
 * downloads the server's Word document of the same date.
 */
export function SheetPanel({
  officeId,
  at,
  onAtChange,
}: {
  officeId: string;
  at: IsoDate | undefined;
  onAtChange(date: IsoDate): void;
}) {
  const { t } = useI18n();
  const m = t.posting.sheet;
  const client = useApi();
  const download = useFileDownload();
  const { remote, reload } = useRemote(
    (c, signal) => getPostingSheet(c, officeId, at, signal),
    `sheet:${officeId}:${at ?? ''}`,
  );
  const sheet = shown(remote);

  return (
    <div className="posting-sheet-panel">
      <div className="no-print sheet-controls">
        <AsOfField value={at ?? sheet?.validFrom ?? todayInVietnam()} label={m.date} onChange={onAtChange} />
        <div className="inline">
          <button type="button" className="primary" data-testid="sheet-print" onClick={() => window.print()}>
            {m.print}
          </button>
          <button
            type="button"
            className="secondary"
            data-testid="sheet-docx"
            disabled={download.running}
            onClick={() =>
              download.start(m.docxWhat, (signal, onProgress) =>
                downloadPostingSheet(client, officeId, at, { signal, onProgress }),
              )
            }
          >
            {m.docx}
          </button>
        </div>
        <DownloadStatus download={download} />
        <RemoteStatus remote={remote} onRetry={reload} />
      </div>
      {sheet &&
        (sheet.total === 0 ? (
          <p className="muted no-print" data-testid="sheet-empty">
            {m.empty}
          </p>
        ) : (
          <PostingSheetView sheet={sheet} />
        ))}
    </div>
  );
}
