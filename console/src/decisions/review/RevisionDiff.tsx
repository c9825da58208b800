import type { DecisionRevisionResponse } from '@niemyet/core';
import { useEffect, useMemo, useState } from 'react';
import { useApi } from '../../api/api-context';
import { getRevision } from '../../api/decision-review';
import { errorMessage } from '../../api/error-messages';
import { FieldDiffList, useFieldDiffs } from '../../diff/FieldDiffView';
import { useI18n } from '../../i18n/language';
import { itemHeading } from './item-heading';
import { headerChanges, type ItemChange, itemChanges } from './revision-compare';

type Load =
  | { kind: 'loading' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'ready'; before: DecisionRevisionResponse; after: DecisionRevisionResponse };

/**
 * What changed between two saved revisions of a decision (the one a reviewer approved and the
 * current one): header fields as before → after, items added or removed, and each changed
 * item's proposed fields as a field diff.
 */
export function RevisionDiff({ decisionId, from, to }: { decisionId: string; from: number; to: number }) {
  const { t, language } = useI18n();
  const m = t.review.revisionDiff;
  const client = useApi();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    setLoad({ kind: 'loading' });
    Promise.all([
      getRevision(client, decisionId, from, controller.signal),
      getRevision(client, decisionId, to, controller.signal),
    ])
      .then(([before, after]) => !controller.signal.aborted && setLoad({ kind: 'ready', before, after }))
      .catch((cause) => !controller.signal.aborted && setLoad({ kind: 'failed', error: cause }));
    return () => controller.abort();
  }, [client, decisionId, from, to]);

  const header = useMemo(
    () => (load.kind === 'ready' ? headerChanges(load.before.content, load.after.content) : []),
    [load],
  );
  const items = useMemo(
    () => (load.kind === 'ready' ? itemChanges(load.before.content, load.after.content) : []),
    [load],
  );

  return (
    <section className="revision-diff" aria-label={m.heading(from, to)} data-testid="revision-diff">
      <h4>{m.heading(from, to)}</h4>
      {load.kind === 'loading' ? (
        <p className="muted" role="status">
          {m.loading}
        </p>
      ) : null}
      {load.kind === 'failed' ? (
        <p className="error">{m.failed(errorMessage(load.error, language))}</p>
      ) : null}
      {load.kind === 'ready' && header.length === 0 && items.length === 0 ? <p>{m.none}</p> : null}
      {header.length > 0 ? (
        <dl className="field-diffs" aria-label={m.header}>
          {header.map((change) => (
            <div
              key={change.field}
              className="field-diff"
              data-testid="header-diff"
              data-field={change.field}
            >
              <dt>{m.fields[change.field]}</dt>
              <dd>
                {change.before ? <del>{change.before}</del> : <span className="muted">{m.empty}</span>}{' '}
                {change.after ? <ins>{change.after}</ins> : <span className="muted">{m.empty}</span>}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {load.kind === 'ready'
        ? items.map((change) => (
            <ItemChangeView
              key={`${change.kind}-${change.item.id}`}
              change={change}
              index={(change.kind === 'removed' ? load.before : load.after).content.items.findIndex(
                (item) => item.id === change.item.id,
              )}
            />
          ))
        : null}
    </section>
  );
}

const NO_FIELDS = { before: {}, after: {} };

function ItemChangeView({ change, index }: { change: ItemChange; index: number }) {
  const { t } = useI18n();
  const m = t.review.revisionDiff;
  const fields = change.fields ?? NO_FIELDS;
  const diffs = useFieldDiffs(fields.before, fields.after);
  const label = { added: m.added, removed: m.removed, changed: m.changed }[change.kind];
  return (
    <div className="item-change" data-testid="item-change" data-kind={change.kind} data-item={change.item.id}>
      <h5>
        {label}: {itemHeading(t, index, change.item)}
      </h5>
      {change.actionChanged && change.before ? (
        <p>
          {m.fields.action}: <del>{t.review.itemActions[change.before.action]}</del>{' '}
          <ins>{t.review.itemActions[change.item.action]}</ins>
        </p>
      ) : null}
      {change.reasonChanged && change.before ? (
        <p>
          {m.fields.reason}: {change.before.reason ? <del>{change.before.reason}</del> : null}{' '}
          {change.item.reason ? <ins>{change.item.reason}</ins> : null}
        </p>
      ) : null}
      {change.kind === 'changed' ? <FieldDiffList diffs={diffs} /> : null}
    </div>
  );
}
