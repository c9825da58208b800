import { useApi } from '../api/api-context';
import { downloadDecisionAnnex } from '../api/decision-annex';
import { DownloadStatus } from '../exports/DownloadStatus';
import { useFileDownload } from '../exports/use-file-download';
import { useI18n } from '../i18n/language';

/**
 * "Tải phụ lục (DOCX)": the decision's annex in the official layout, as the server writes it
 * (`GET /api/decisions/:id/annex.docx`), for the drafter to print and sign, with the usual
 * progress, cancel and translated errors.
 */
export function AnnexDownload({ decisionId }: { decisionId: string }) {
  const client = useApi();
  const { t } = useI18n();
  const download = useFileDownload();
  return (
    <div className="annex-download">
      <button
        type="button"
        className="secondary"
        disabled={download.running}
        data-testid="annex-download"
        onClick={() =>
          download.start(t.download.annexWhat, (signal, onProgress) =>
            downloadDecisionAnnex(client, decisionId, { signal, onProgress }),
          )
        }
      >
        {t.download.annex}
      </button>
      <DownloadStatus download={download} />
    </div>
  );
}
