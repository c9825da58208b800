import type { OfficeSummary } from '@niemyet/core';
import { useI18n } from '../i18n/language';
import { pendingCount } from './posting-search';

type DeadlineFacts = Pick<OfficeSummary, 'counts' | 'deadline' | 'neverPosted' | 'workingDaysOpen'>;

/**
 * Where an office's re-posting stands against its deadline, as the server counted it (the rule
 * table's working days): overdue by how many working days, due by a date, or up to date. An
 * office that never posted, or with work pending and no rule, says so rather than a date.
 */
export function OfficeDeadline({ office }: { office: DeadlineFacts }) {
  const { t } = useI18n();
  const m = t.posting.deadline;
  const { deadline } = office;
  if (deadline?.overdue)
    return (
      <span className="badge overdue" data-state="overdue">
        {m.overdue(Math.max(1, office.workingDaysOpen - deadline.workingDays))}
      </span>
    );
  if (deadline)
    return (
      <span className="badge warning" data-state="due">
        {m.dueOn(deadline.dueOn)}
      </span>
    );
  if (pendingCount(office) === 0)
    return (
      <span className="badge current" data-state="up-to-date">
        {m.upToDate}
      </span>
    );
  if (office.neverPosted)
    return (
      <span className="badge" data-state="never-posted">
        {m.neverPosted}
      </span>
    );
  return (
    <span className="badge" data-state="pending">
      {m.noRule}
    </span>
  );
}
