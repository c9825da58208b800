import { type IsoDate, toDayNumber, todayInVietnam } from '@niemyet/core';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/language';

/**
 * A task's due date, dd/mm/yyyy, with "Quá hạn N ngày" in red when the server says it is
 * overdue (the server decides; the days are counted here only to say how late).
 */
export function DueDate({
  dueOn,
  overdue,
  today,
}: {
  dueOn: IsoDate | null;
  overdue: boolean;
  today?: IsoDate;
}) {
  const { t } = useI18n();
  const r = t.reviews;
  if (dueOn === null) return <span className="muted">{r.noDate}</span>;
  const late = Math.max(1, toDayNumber(today ?? todayInVietnam()) - toDayNumber(dueOn));
  return (
    <span className="nowrap">
      {formatDate(dueOn)}
      {overdue && (
        <>
          {' '}
          <span className="badge overdue" data-testid="overdue-badge">
            {r.overdueDays(late)}
          </span>
        </>
      )}
    </span>
  );
}
