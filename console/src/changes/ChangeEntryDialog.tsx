import { type ChangeLogRow, type ProcedureHistoryResponse, todayInVietnam } from '@niemyet/core';
import { Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/error-messages';
import { procedureHistory } from '../api/procedures';
import { DecisionLink } from '../decisions/DecisionLink';
import { Dialog } from '../decisions/review/Dialog';
import { FieldDiffList, useFieldDiffs } from '../diff/FieldDiffView';
import { formatDate, formatDateTime, hashPrefix } from '../i18n/format';
import { useI18n } from '../i18n/language';
import { ProcedureFieldsView } from '../procedures/ProcedureFieldsView';
import { type EntryVersions, entryVersions } from './entry-versions';

/**
 * One entry of the log, opened: what it records (decision, dates, who and when, its hash) and
 * the procedure's content before and after, from the procedure's recorded versions
 * (`GET /api/procedures/:id`) around the entry. A modal dialog: focus inside, Escape closes.
 */
export function ChangeEntryDialog({ entry, onClose }: { entry: ChangeLogRow; onClose(): void }) {
  const { t } = useI18n();
  const m = t.changes.entry;
  return (
    <Dialog title={m.title(entry.seq, entry.name)} onClose={onClose} testId="change-entry">
      <dl className="facts" aria-label={m.facts}>
        <div>
          <dt>{m.decision}</dt>
          <dd>
            <DecisionLink id={entry.decisionId}>{entry.decisionNumber}</DecisionLink> ·{' '}
            {t.changes.kinds[entry.kind]} · {t.changes.actions[entry.action]}
          </dd>
        </div>
        <div>
          <dt>{m.procedure}</dt>
          <dd>
            {entry.code ?? t.changes.noCode} · {entry.field ?? '—'} · {entry.agency ?? '—'}
          </dd>
        </div>
        <div>
          <dt>{m.signedOn}</dt>
          <dd>{formatDate(entry.signedOn)}</dd>
        </div>
        <div>
          <dt>{m.occurredOn}</dt>
          <dd>{formatDate(entry.occurredOn)}</dd>
        </div>
        <div>
          <dt>{m.recorded}</dt>
          <dd>
            {entry.actor}, {formatDateTime(entry.recordedAt)}
          </dd>
        </div>
        <div>
          <dt>{m.hash}</dt>
          <dd>
            <code title={entry.hash}>{hashPrefix(entry.hash)}</code>
          </dd>
        </div>
      </dl>
      <h3>{m.diffHeading}</h3>
      <EntryDiff entry={entry} />
      <div className="dialog-buttons">
        <Link
          to="/procedures/$code"
          params={{ code: entry.procedureId }}
          search={{ asOf: entry.occurredOn ?? todayInVietnam() }}
        >
          {m.procedurePage}
        </Link>
        <button type="button" onClick={onClose} data-autofocus data-testid="change-entry-close">
          {m.close}
        </button>
      </div>
    </Dialog>
  );
}

type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; found: EntryVersions }
  | { status: 'failed'; error: unknown };

function EntryDiff({ entry }: { entry: ChangeLogRow }) {
  const client = useApi();
  const { t, language } = useI18n();
  const m = t.changes.entry;
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });

  useEffect(() => {
    const abort = new AbortController();
    setLoaded({ status: 'loading' });
    procedureHistory(client, entry.procedureId, abort.signal).then(
      (history: ProcedureHistoryResponse) =>
        setLoaded({ status: 'ready', found: entryVersions(entry, history.versions) }),
      (error: unknown) => {
        if (!abort.signal.aborted) setLoaded({ status: 'failed', error });
      },
    );
    return () => abort.abort();
  }, [client, entry]);

  if (loaded.status === 'loading')
    return (
      <p className="muted" role="status">
        {m.loading}
      </p>
    );
  if (loaded.status === 'failed')
    return (
      <p className="error" role="alert">
        {m.loadFailed(errorMessage(loaded.error, language))}
      </p>
    );
  const { found } = loaded;
  if (found.kind === 'missing')
    return (
      <p className="error" data-testid="change-entry-missing">
        {m.noVersion}
      </p>
    );
  if (found.kind === 'abolished')
    return (
      <div data-testid="change-entry-abolished">
        <p className="notice">{m.abolished(found.on)}</p>
        <ProcedureFieldsView fields={found.ended} />
      </div>
    );
  return (
    <>
      {found.kind === 'new' && <p className="notice">{m.newProcedure}</p>}
      <VersionsDiff before={found.kind === 'amended' ? found.before : null} after={found.after} />
    </>
  );
}

function VersionsDiff({
  before,
  after,
}: {
  before: Parameters<typeof useFieldDiffs>[0];
  after: Parameters<typeof useFieldDiffs>[1];
}) {
  const { t } = useI18n();
  const diffs = useFieldDiffs(before, after);
  if (diffs.length === 0) return <p className="muted">{t.changes.entry.noChange}</p>;
  return <FieldDiffList diffs={diffs} testId="change-entry-diff" />;
}
