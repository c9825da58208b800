import type { CsvIssue } from '@niemyet/core';
import { formatCount } from '../i18n/format';
import { useI18n } from '../i18n/language';
import type { DecisionFileImport } from './import-decision-file';

/**
 * What an import did: the server's figures (what it wrote) with the file's figures per year of
 * signing (from the browser's check) and the warnings; or why nothing was written.
 */
export function ImportResultView({ result }: { result: DecisionFileImport }) {
  const { t } = useI18n();
  if (result.kind === 'invalid') {
    return (
      <section className="panel failure" data-testid="import-errors">
        <p className="error" role="alert">
          {t.import.refused(result.fileName, result.errors.length)}
        </p>
        {result.checkedBy === 'server' && (
          <p data-testid="import-errors-server">{t.import.checkedByServer}</p>
        )}
        <IssueTable issues={result.errors} label={t.import.message} />
      </section>
    );
  }
  if (result.kind === 'conflict') {
    return (
      <section className="panel failure" data-testid="import-conflicts">
        <p className="error" role="alert">
          {t.import.conflictsServer(result.fileName)}
        </p>
        <ul>
          {result.conflicts.map((conflict) => (
            <li key={conflict.decisionId}>{conflict.number}</li>
          ))}
        </ul>
      </section>
    );
  }

  if (result.kind === 'cancelled') {
    return (
      <p className="notice" role="status" data-testid="import-cancelled">
        {t.import.cancelled(result.fileName)}
      </p>
    );
  }

  const { figures, server } = result;
  const { warnings } = server;
  return (
    <section className="panel success" data-testid="import-summary">
      <p role="status">
        {t.import.imported(result.fileName)}{' '}
        {t.import.written(server.decisionsAdded, server.decisionsAlreadyPresent, server.changeLog)}
      </p>
      <table className="plain figures">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{t.import.decisions}</th>
            <th scope="col">{t.import.items}</th>
            <th scope="col">{t.import.new}</th>
            <th scope="col">{t.import.amended}</th>
            <th scope="col">{t.import.abolished}</th>
          </tr>
        </thead>
        <tbody>
          <tr data-testid="import-totals">
            <th scope="row">{t.import.totals}</th>
            <td data-testid="import-decisions">{formatCount(server.decisions)}</td>
            <td data-testid="import-items">{formatCount(server.items)}</td>
            <td data-testid="import-new">{formatCount(server.new)}</td>
            <td data-testid="import-amended">{formatCount(server.amended)}</td>
            <td data-testid="import-abolished">{formatCount(server.abolished)}</td>
          </tr>
          {figures.byYear.map(({ year, ...report }) => (
            <tr key={year} data-testid="import-year" data-year={year}>
              <th scope="row">
                {t.import.year} {year}
              </th>
              <td>{formatCount(report.decisions)}</td>
              <td>{formatCount(report.items)}</td>
              <td>{formatCount(report.byAction.new)}</td>
              <td>{formatCount(report.byAction.amended)}</td>
              <td>{formatCount(report.byAction.abolished)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {warnings.length > 0 && (
        <details className="notice" data-testid="import-warnings">
          <summary>{t.import.warnings(warnings.length)}</summary>
          <IssueTable issues={warnings} label={t.import.warning} />
        </details>
      )}
    </section>
  );
}

function IssueTable({ issues, label }: { issues: readonly CsvIssue[]; label: string }) {
  const { t } = useI18n();
  return (
    <table className="plain issues">
      <thead>
        <tr>
          <th scope="col">{t.import.row}</th>
          <th scope="col">{t.import.column}</th>
          <th scope="col">{label}</th>
        </tr>
      </thead>
      <tbody>
        {issues.map((issue, index) => (
          // Several issues can share a row and column: the position in the list keeps keys unique.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt whole, never reordered
          <tr key={index} data-testid="import-issue" data-row={issue.row}>
            <td className="number">
              {/* Row 0 is the file as a whole (its encoding); the text line only where it differs. */}
              {issue.row === 0 ? t.import.wholeFile : issue.row}
              {issue.line !== undefined && ` ${t.import.textLine(issue.line)}`}
            </td>
            <td>{issue.column ?? '—'}</td>
            <td>{issue.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
