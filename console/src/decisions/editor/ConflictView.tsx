import { useEffect, useMemo, useRef } from 'react';
import { errorMessage } from '../../api/error-messages';
import { useI18n } from '../../i18n/language';
import { ContentDiffView } from './ContentDiffView';
import { diffContents } from './content-diff';
import { draftOf } from './draft-content';
import type { Conflict } from './use-decision-draft';

/**
 * Someone saved the decision while the user was editing it (409 `stale-revision`). Both
 * sides' changes since the content the user started from are shown; the user decides: take
 * the server's version, or replay their edits on it. Nothing is saved until then.
 */
export function ConflictView({
  conflict,
  onTakeTheirs,
  onKeepMine,
}: {
  conflict: Conflict;
  onTakeTheirs(): void;
  onKeepMine(): void;
}) {
  const { t, language } = useI18n();
  const m = t.decisionEditor.conflict;
  const heading = useRef<HTMLHeadingElement>(null);
  const theirs = useMemo(
    () => (conflict.theirs ? draftOf(conflict.theirs.decision) : null),
    [conflict.theirs],
  );
  const serverDiff = useMemo(
    () => (theirs ? diffContents(conflict.base, theirs) : null),
    [conflict.base, theirs],
  );
  const mineDiff = useMemo(() => diffContents(conflict.base, conflict.mine), [conflict.base, conflict.mine]);

  useEffect(() => heading.current?.focus(), []);

  return (
    <section className="panel conflict" aria-labelledby="decision-conflict" data-testid="conflict-screen">
      <h3 id="decision-conflict" ref={heading} tabIndex={-1}>
        {m.heading}
      </h3>
      {conflict.theirs && <p>{m.intro(conflict.theirs.decision.revision)}</p>}
      {conflict.error !== null && (
        <p className="error" role="alert">
          {m.loadFailed(errorMessage(conflict.error, language))}
        </p>
      )}
      {!conflict.theirs && conflict.error === null && <p className="muted">{t.app.loading}</p>}
      <div className="conflict-sides">
        <section aria-labelledby="conflict-theirs">
          <h4 id="conflict-theirs">{m.theirs}</h4>
          {theirs && serverDiff && (
            <ContentDiffView
              diff={serverDiff}
              before={conflict.base}
              after={theirs}
              testId="conflict-theirs"
            />
          )}
        </section>
        <section aria-labelledby="conflict-mine">
          <h4 id="conflict-mine">{m.mine}</h4>
          <ContentDiffView
            diff={mineDiff}
            before={conflict.base}
            after={conflict.mine}
            testId="conflict-mine"
          />
        </section>
      </div>
      <div className="toolbar">
        <button type="button" className="secondary" disabled={!conflict.theirs} onClick={onTakeTheirs}>
          {m.takeTheirs}
        </button>
        <span className="muted">{m.takeTheirsHint}</span>
      </div>
      <div className="toolbar">
        <button type="button" className="primary" disabled={!conflict.theirs} onClick={onKeepMine}>
          {m.keepMine}
        </button>
        <span className="muted">{m.keepMineHint}</span>
      </div>
    </section>
  );
}
