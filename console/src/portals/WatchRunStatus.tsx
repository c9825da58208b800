import type { WatchRun } from '@niemyet/core';
import { errorMessage } from '../api/error-messages';
import { formatDayTime } from '../i18n/format';
import { useI18n } from '../i18n/language';
import { useWatchRun } from './use-watch-run';

/** A run's state in words: queued, running with pages and rows read, done with what it found, failed with its problem. */
export function RunSummary({ run }: { run: WatchRun }) {
  const { t } = useI18n();
  const m = t.portals.watches;
  const when = run.finishedAt ?? run.startedAt ?? run.queuedAt;
  return (
    <span data-testid="watch-run-state" data-state={run.state}>
      <span className={`badge run-${run.state}`}>{m.runStates[run.state]}</span> {formatDayTime(when)}
      {(run.state === 'running' || run.state === 'done') && (
        <span className="muted"> · {m.runProgress(run.progress.pages, run.progress.rows)}</span>
      )}
      {run.state === 'done' && (
        <span className="muted">
          {' '}
          · {m.runFindings(run.findings.opened, run.findings.seen, run.findings.fixed)}
        </span>
      )}
      {run.state === 'failed' && run.problem && (
        <span className="error" role="alert" data-testid="watch-run-problem">
          {' '}
          {m.runProblem(run.problem.message)}
        </span>
      )}
    </span>
  );
}

/** A run started here, followed live until it ends (announced to screen readers as it changes). */
export function LiveRun({
  watchId,
  runId,
  onFinished,
}: {
  watchId: string;
  runId: string;
  onFinished(): void;
}) {
  const { t, language } = useI18n();
  const { run, error } = useWatchRun(watchId, runId, onFinished);
  return (
    <span role="status" data-testid="watch-live-run">
      {run ? <RunSummary run={run} /> : <span className="muted">{t.portals.loading}</span>}
      {error !== null && (
        <span className="error"> {t.portals.watches.runFailed(errorMessage(error, language))}</span>
      )}
    </span>
  );
}
