import type { DecisionRef, ProcedureVersion } from '@niemyet/core';
import { useDeferredValue, useId, useState } from 'react';
import { DecisionLink } from '../decisions/DecisionLink';
import { FieldDiffList, useFieldDiffs } from '../diff/FieldDiffView';
import { useI18n } from '../i18n/language';
import { type HistoryEntry, historyNewestFirst } from './procedure-timeline';

/**
 * A procedure's versions, newest first: when each was in force, the decision that made it, and
 * what it changed from the version before. A diff is computed only when its entry is open
 * (the newest is, the others open on demand) and after the page has painted, so ten versions
 * of long texts paint at once.
 */
export function ProcedureHistoryList({
  versions,
  decisions,
  shown,
}: {
  versions: readonly ProcedureVersion[];
  decisions: Readonly<Record<string, DecisionRef>>;
  /** The version in force on the page's date, marked in the list. */
  shown: ProcedureVersion | null;
}) {
  const { t } = useI18n();
  const entries = historyNewestFirst(versions);
  return (
    <section className="procedure-history" aria-labelledby="procedure-history-heading">
      <h3 id="procedure-history-heading">{t.procedure.historyHeading(entries.length)}</h3>
      <ol className="history-entries">
        {entries.map((entry, index) => (
          <HistoryItem
            key={entry.ordinal}
            entry={entry}
            decision={
              entry.version.decisionId === null ? null : (decisions[entry.version.decisionId] ?? null)
            }
            shown={entry.version === shown}
            initiallyOpen={index === 0}
          />
        ))}
      </ol>
    </section>
  );
}

function HistoryItem({
  entry,
  decision,
  shown,
  initiallyOpen,
}: {
  entry: HistoryEntry;
  decision: DecisionRef | null;
  shown: boolean;
  initiallyOpen: boolean;
}) {
  const { t } = useI18n();
  const p = t.procedure;
  const { version, previous } = entry;
  const [open, setOpen] = useState(initiallyOpen);
  const diffId = useId();
  return (
    <li
      className={shown ? 'history-entry shown' : 'history-entry'}
      data-testid="procedure-version"
      data-from={version.effectiveFrom ?? ''}
      data-never={entry.neverInForce ? 'true' : undefined}
    >
      <div className="history-head">
        <strong className="period">{p.period(version.effectiveFrom, version.effectiveTo)}</strong>
        {shown && <span className="badge current">{p.current}</span>}
        {entry.neverInForce && (
          <span className="badge warning" data-testid="never-in-force">
            {p.neverInForce}
          </span>
        )}
      </div>
      <p className="history-source">
        {version.decisionId === null ? (
          <span data-testid="version-baseline">{p.baseline}</span>
        ) : decision === null ? (
          <span>{p.decisionUnknown(version.decisionId)}</span>
        ) : (
          <>
            {p.decision}{' '}
            <DecisionLink id={decision.id}>{decision.number || p.decisionNumberless}</DecisionLink>
            {decision.title !== '' && <span className="muted"> — {decision.title}</span>}
          </>
        )}
      </p>
      {previous === null ? (
        <p className="muted">{p.firstVersion}</p>
      ) : (
        <>
          <button
            type="button"
            className="secondary small"
            aria-expanded={open}
            aria-controls={diffId}
            onClick={() => setOpen((value) => !value)}
          >
            {open ? p.hideChanges : p.showChanges}
          </button>
          <div id={diffId} hidden={!open}>
            {open && <VersionDiff before={previous} after={version} />}
          </div>
        </>
      )}
    </li>
  );
}

/**
 * Mounted only while open: the diff is computed for an entry someone looks at. Word diffs of
 * long texts take tens of milliseconds each, so the page paints first and the diff follows in
 * a deferred render (React's `useDeferredValue` with an initial value).
 */
function VersionDiff({ before, after }: { before: ProcedureVersion; after: ProcedureVersion }) {
  const { t } = useI18n();
  const ready = useDeferredValue(true, false);
  if (!ready)
    return (
      <p className="muted" role="status">
        {t.procedure.comparing}
      </p>
    );
  return <ComputedDiff before={before} after={after} />;
}

function ComputedDiff({ before, after }: { before: ProcedureVersion; after: ProcedureVersion }) {
  const { t } = useI18n();
  const diffs = useFieldDiffs(before, after);
  if (diffs.length === 0) return <p className="muted">{t.procedure.noChange}</p>;
  return <FieldDiffList diffs={diffs} testId="version-diff" />;
}
