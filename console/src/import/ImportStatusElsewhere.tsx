import { Link, useRouterState } from '@tanstack/react-router';
import { useId } from 'react';
import { errorMessage } from '../api/error-messages';
import { useI18n } from '../i18n/language';
import type { Language } from '../i18n/messages';
import { type DecisionImportState, useDecisionImport } from './decision-import-context';
import type { ImportProgress } from './import-decision-file';

/** Where the import screen is routed: there the screen itself shows the import, in full. */
const IMPORT_PATH = '/import';

/**
 * The running import as one line on every screen but the import screen, so that looking at
 * the catalogue or the publications meanwhile does not hide it: the file, how far it is
 * ("Đang nhập «ds.csv»: 1.234/20.000"), a link back to the import screen and Cancel. When it
 * ends elsewhere, a short notice of its outcome stays until dismissed or until the import
 * screen is opened (which shows the outcome in full).
 */
export function ImportStatusElsewhere() {
  const onImportScreen = useRouterState({ select: (router) => router.location.pathname === IMPORT_PATH });
  const { state, cancel, markOutcomeSeen } = useDecisionImport();
  if (onImportScreen) return null;
  if (state.kind === 'running') return <RunningImportLine state={state} onCancel={cancel} />;
  if ((state.kind === 'done' || state.kind === 'failed') && !state.seen)
    return <ImportOutcomeNotice state={state} onDismiss={markOutcomeSeen} />;
  return null;
}

/** The count shown is the phase's own: rows while checking, records while writing. */
const measuredProgress = (progress: ImportProgress | null) =>
  progress !== null && progress.phase !== 'reading' && progress.total > 0 ? progress : null;

function RunningImportLine({
  state,
  onCancel,
}: {
  state: Extract<DecisionImportState, { kind: 'running' }>;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const labelId = useId();
  const measured = measuredProgress(state.progress);
  // Not a live region, like the import screen's bar: a screen reader would read every count.
  return (
    <section
      className="import-elsewhere"
      data-testid="import-progress-global"
      data-phase={state.progress?.phase ?? 'starting'}
      aria-label={t.import.progressLabel}
    >
      <span id={labelId} className="import-elsewhere-text">
        {state.cancelling
          ? t.import.elsewhereCancelling(state.fileName)
          : t.import.elsewhereRunning(state.fileName, measured)}
      </span>
      <progress
        aria-labelledby={labelId}
        max={measured ? measured.total : undefined}
        value={measured ? measured.done : undefined}
      />
      <Link to="/import" data-testid="import-progress-global-open">
        {t.import.elsewhereOpen}
      </Link>
      <button
        type="button"
        className="secondary"
        data-testid="import-progress-global-cancel"
        disabled={state.cancelling}
        onClick={onCancel}
      >
        {t.import.cancel}
      </button>
    </section>
  );
}

function ImportOutcomeNotice({
  state,
  onDismiss,
}: {
  state: Extract<DecisionImportState, { kind: 'done' | 'failed' }>;
  onDismiss(): void;
}) {
  const { t, language } = useI18n();
  const { message, succeeded } = outcomeMessage(state, t.import, language);
  return (
    <section
      className={`import-elsewhere ${succeeded ? 'succeeded' : 'not-imported'}`}
      data-testid="import-outcome-global"
      data-outcome={state.kind === 'done' ? state.result.kind : 'failed'}
    >
      <span role="status" className="import-elsewhere-text">
        {message}
      </span>
      <Link to="/import" data-testid="import-outcome-global-open">
        {t.import.elsewhereDetails}
      </Link>
      <button
        type="button"
        className="secondary"
        data-testid="import-outcome-global-dismiss"
        aria-label={t.import.dismissLabel}
        onClick={onDismiss}
      >
        {t.import.dismiss}
      </button>
    </section>
  );
}

function outcomeMessage(
  state: Extract<DecisionImportState, { kind: 'done' | 'failed' }>,
  messages: ReturnType<typeof useI18n>['t']['import'],
  language: Language,
): { message: string; succeeded: boolean } {
  if (state.kind === 'failed')
    return {
      message: messages.failed(state.fileName, errorMessage(state.error, language)),
      succeeded: false,
    };
  const { result } = state;
  switch (result.kind) {
    case 'imported':
      return {
        message: messages.elsewhereImported(result.fileName, result.server.decisions),
        succeeded: true,
      };
    case 'invalid':
      return { message: messages.refused(result.fileName, result.errors.length), succeeded: false };
    case 'conflict':
      return {
        message: messages.elsewhereConflicts(result.fileName, result.conflicts.length),
        succeeded: false,
      };
    case 'cancelled':
      return { message: messages.cancelled(result.fileName), succeeded: false };
  }
}
