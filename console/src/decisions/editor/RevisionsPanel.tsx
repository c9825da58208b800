import type { DecisionRevisionResponse, DecisionRevisionSummary } from '@niemyet/core';
import { useEffect, useId, useMemo, useState } from 'react';
import { useApi } from '../../api/api-context';
import { getRevision, listRevisions } from '../../api/decision-review';
import { errorMessage } from '../../api/error-messages';
import { formatCount, formatDayTime } from '../../i18n/format';
import { useI18n } from '../../i18n/language';
import { ContentDiffView } from './ContentDiffView';
import { diffContents } from './content-diff';
import { type DraftContent, draftOf } from './draft-content';

/**
 * "Các phiên bản": every saved revision (who, when, how many items). Opening one shows it
 * read-only, diffed against another revision the user chooses (the one before by default).
 */
export function RevisionsPanel({
  decisionId,
  currentRevision,
  renderContent,
}: {
  decisionId: string;
  /** Moves when a save lands, so the list is asked again. */
  currentRevision: number;
  /** How a revision's content is shown read-only (the editor's own read-only layout). */
  renderContent(content: DraftContent): React.ReactNode;
}) {
  const { t, language } = useI18n();
  const m = t.decisionEditor.revisions;
  const client = useApi();
  const compareId = useId();
  const [list, setList] = useState<DecisionRevisionSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [opened, setOpened] = useState<number | null>(null);
  const [against, setAgainst] = useState<number | null>(null);
  const [contents, setContents] = useState<Map<number, DecisionRevisionResponse>>(new Map());
  const [loadError, setLoadError] = useState<unknown>(null);

  useEffect(() => {
    void currentRevision;
    const controller = new AbortController();
    setError(null);
    listRevisions(client, decisionId, controller.signal)
      .then((revisions) => !controller.signal.aborted && setList(revisions))
      .catch((cause) => !controller.signal.aborted && setError(cause));
    return () => controller.abort();
  }, [client, decisionId, currentRevision]);

  // Revisions never change once saved: each is fetched once.
  useEffect(() => {
    const wanted = [opened, against].filter((n): n is number => n !== null && !contents.has(n));
    if (wanted.length === 0) return;
    const controller = new AbortController();
    setLoadError(null);
    Promise.all(wanted.map((n) => getRevision(client, decisionId, n, controller.signal)))
      .then((answers) => {
        if (controller.signal.aborted) return;
        setContents((current) => {
          const next = new Map(current);
          for (const answer of answers) next.set(answer.revision, answer);
          return next;
        });
      })
      .catch((cause) => !controller.signal.aborted && setLoadError(cause));
    return () => controller.abort();
  }, [client, decisionId, opened, against, contents]);

  const open = (revision: number) => {
    setOpened(revision);
    const index = list?.findIndex((r) => r.revision === revision) ?? -1;
    setAgainst(index > 0 ? list![index - 1]!.revision : null);
  };

  const openedContent = opened === null ? undefined : contents.get(opened);
  const againstContent = against === null ? undefined : contents.get(against);
  const shown = useMemo(() => (openedContent ? draftOf(openedContent.content) : null), [openedContent]);
  const base = useMemo(() => (againstContent ? draftOf(againstContent.content) : null), [againstContent]);
  const diff = useMemo(() => (shown && base ? diffContents(base, shown) : null), [shown, base]);

  return (
    <section className="panel revisions" aria-labelledby="decision-revisions" data-testid="revisions-panel">
      <h3 id="decision-revisions">{m.heading}</h3>
      {error !== null && (
        <p className="error" role="alert">
          {m.failed(errorMessage(error, language))}
        </p>
      )}
      {list === null && error === null && <p className="muted">{m.loading}</p>}
      {list && (
        <table className="plain" data-testid="revisions-table">
          <thead>
            <tr>
              <th scope="col">{m.revision}</th>
              <th scope="col">{m.author}</th>
              <th scope="col">{m.savedAt}</th>
              <th scope="col">{m.items}</th>
              <th scope="col">
                <span className="visually-hidden">{m.open(0)}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {[...list].reverse().map((revision) => (
              <tr key={revision.revision} data-testid="revision-row">
                <td className="number">{formatCount(revision.revision)}</td>
                <td>{revision.author}</td>
                <td className="nowrap">{formatDayTime(revision.savedAt)}</td>
                <td className="number">{formatCount(revision.items)}</td>
                <td>
                  <button
                    type="button"
                    className="secondary"
                    aria-pressed={opened === revision.revision}
                    onClick={() => open(revision.revision)}
                  >
                    {m.open(revision.revision)}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {loadError !== null && (
        <p className="error" role="alert">
          {m.failed(errorMessage(loadError, language))}
        </p>
      )}
      {opened !== null && list && (
        <section className="revision-view" aria-labelledby="revision-opened" data-testid="revision-view">
          <h4 id="revision-opened">{m.opened(opened)}</h4>
          <div className="field">
            <label htmlFor={compareId}>{m.compareWith}</label>
            <select
              id={compareId}
              data-testid="revision-compare"
              value={against ?? ''}
              onChange={(event) => setAgainst(event.target.value === '' ? null : Number(event.target.value))}
            >
              <option value="">{m.none}</option>
              {list
                .filter((r) => r.revision !== opened)
                .map((r) => (
                  <option key={r.revision} value={r.revision}>
                    {m.label(r.revision)}
                  </option>
                ))}
            </select>
          </div>
          {!shown && <p className="muted">{t.app.loading}</p>}
          {diff && base && shown && (
            <ContentDiffView diff={diff} before={base} after={shown} testId="revision-diff" />
          )}
          {shown && renderContent(shown)}
          <button type="button" className="secondary" onClick={() => setOpened(null)}>
            {m.close}
          </button>
        </section>
      )}
    </section>
  );
}
