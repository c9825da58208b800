import type { RepostingItem } from '@niemyet/core';
import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { DecisionLink } from '../decisions/DecisionLink';
import { FieldDiffList } from '../diff/FieldDiffView';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/language';

/**
 * One procedure of a re-posting checklist: code, name (to its page), field, the decision and
 * the day the change took effect; a replacement shows what changed since the sheet was posted
 * as field diffs. With `onToggle` (the user may record re-posting) it has a labelled checkbox.
 */
export function ChecklistItemView({
  item,
  checked,
  onToggle,
  testId = 'checklist-item',
}: {
  item: RepostingItem;
  checked?: boolean;
  onToggle?(checked: boolean): void;
  testId?: string;
}) {
  const { t } = useI18n();
  const m = t.posting.checklist;
  const id = useId();
  return (
    <li className="checklist-item" data-testid={testId} data-action={item.action} data-id={item.procedureId}>
      <div className="checklist-item-head">
        {onToggle && (
          <input
            id={id}
            type="checkbox"
            checked={checked ?? false}
            aria-label={m.choose(item.name)}
            data-testid="checklist-choose"
            onChange={(event) => onToggle(event.target.checked)}
          />
        )}
        <span className="code">{item.code ?? <span className="muted">{m.noCode}</span>}</span>{' '}
        <Link to="/procedures/$code" params={{ code: item.procedureId }} className="checklist-name">
          {item.name}
        </Link>
      </div>
      <p className="muted small">
        {[item.field ? m.field(item.field) : null, item.since ? m.since(item.since) : null]
          .filter(Boolean)
          .join(' · ')}
        {item.decisionId && item.decisionNumber ? (
          <>
            {' · '}
            <DecisionLink id={item.decisionId}>{m.decision(item.decisionNumber)}</DecisionLink>
          </>
        ) : (
          <>
            {' · '}
            {m.noDecision}
          </>
        )}
      </p>
      {item.action === 'replace' && <FieldDiffList diffs={item.diffs} testId="checklist-diff" />}
    </li>
  );
}

/** An upcoming change in short: what to do, from when. */
export function UpcomingItemView({ item }: { item: RepostingItem }) {
  const { t } = useI18n();
  return (
    <li className="checklist-item" data-testid="upcoming-item" data-action={item.action}>
      <span className="badge">{t.posting.actions[item.action]}</span>{' '}
      <span className="code">{item.code ?? '—'}</span> {item.name}
      {item.since && <> — {formatDate(item.since)}</>}
      {item.decisionNumber && <span className="muted small"> ({item.decisionNumber})</span>}
    </li>
  );
}
