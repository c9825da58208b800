import { todayInVietnam } from '@niemyet/core';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/error-messages';
import { exportPeriodReport } from '../api/reports';
import { DownloadStatus } from '../exports/DownloadStatus';
import { useFileDownload } from '../exports/use-file-download';
import { formatCount } from '../i18n/format';
import { useI18n } from '../i18n/language';
import type { Period } from '../period/period-presets';
import { PeriodPicker } from './PeriodPicker';
import { ByFieldChart, ByLevelChart, ByMonthChart } from './ReportCharts';
import { ReportParagraph } from './ReportParagraph';
import { type ReportsSearch, reportPeriod } from './reports-search';
import { usePeriodReport } from './use-period-report';

/**
 * `#/reports`: the period report — totals, charts by month, level and field (each with its
 * table), the paragraph to paste — printable (`.report-print`: the print stylesheet keeps only
 * the report, A4) and downloadable as a workbook.
 */
export function ReportsScreen({
  search,
  onSearchChange,
}: {
  search: ReportsSearch;
  onSearchChange(next: ReportsSearch): void;
}) {
  const client = useApi();
  const { t, language } = useI18n();
  const m = t.reports;
  const period = reportPeriod(search, todayInVietnam());
  const { state, reload } = usePeriodReport(period);
  const download = useFileDownload();
  const choose = (next: Period) => onSearchChange({ from: next.from, to: next.to });

  return (
    <div className="screen reports report-print" data-testid="reports-screen">
      <h2>{m.heading}</h2>
      <PeriodPicker period={period} onChange={choose} />
      <p className="report-period" data-testid="report-period">
        {m.title(period.from, period.to)}
      </p>
      <div className="inline no-print">
        <button type="button" className="secondary" onClick={() => window.print()} data-testid="report-print">
          {m.print}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={download.running}
          title={download.running ? t.download.busy : undefined}
          data-testid="report-export-xlsx"
          onClick={() =>
            download.start(m.exportWhat, (signal, onProgress) =>
              exportPeriodReport(client, period, { signal, onProgress }),
            )
          }
        >
          {m.exportXlsx}
        </button>
      </div>
      <div className="no-print">
        <DownloadStatus download={download} />
      </div>
      {state.status === 'loading' && (
        <p className="muted" role="status">
          {m.loading}
        </p>
      )}
      {state.status === 'failed' && (
        <div className="error" role="alert">
          <p>{m.loadFailed(errorMessage(state.error, language))}</p>
          <button type="button" className="secondary" onClick={reload}>
            {m.retry}
          </button>
        </div>
      )}
      {state.status === 'ready' && (
        <>
          <ReportParagraph vi={state.report.paragraphVi} en={state.report.paragraphEn} />
          <section className="report-section" aria-labelledby="report-summary-heading">
            <h3 id="report-summary-heading">{m.summary.heading}</h3>
            <dl className="report-summary" data-testid="report-summary">
              {(
                [
                  ['decisions', state.report.report.decisions],
                  ['items', state.report.report.items],
                  ['entered', state.report.report.nationalDb.entered],
                  ['removed', state.report.report.nationalDb.removed],
                ] as const
              ).map(([key, value]) => (
                <div key={key} data-testid={`report-total-${key}`}>
                  <dt>{m.summary[key]}</dt>
                  <dd>{formatCount(value)}</dd>
                </div>
              ))}
              {(['new', 'amended', 'abolished'] as const).map((action) => (
                <div key={action} data-testid={`report-total-${action}`}>
                  <dt>{m.actions[action]}</dt>
                  <dd>{formatCount(state.report.report.byAction[action])}</dd>
                </div>
              ))}
            </dl>
          </section>
          {state.report.report.decisions === 0 ? (
            <p className="notice" data-testid="report-empty">
              {m.empty}
            </p>
          ) : (
            <>
              <ByMonthChart report={state.report.report} />
              <ByLevelChart report={state.report.report} />
              <ByFieldChart report={state.report.report} />
            </>
          )}
        </>
      )}
    </div>
  );
}
