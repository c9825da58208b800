import type { RepostingRecord } from '@niemyet/core';
import { formatDayTime } from '../i18n/format';
import { useI18n } from '../i18n/language';

/** The office's re-posting record, newest first: what was done, for which decision, by whom and when (Vietnam time). */
export function DoneRecords({ records }: { records: readonly RepostingRecord[] }) {
  const { t } = useI18n();
  const m = t.posting.checklist;
  return (
    <section className="posting-done" aria-labelledby="posting-done-heading">
      <h3 id="posting-done-heading">{m.doneHeading}</h3>
      {records.length === 0 ? (
        <p className="muted">{m.doneEmpty}</p>
      ) : (
        <div className="table-scroll">
          <table className="done-table">
            <thead>
              <tr>
                <th scope="col">{m.doneColumns.action}</th>
                <th scope="col">{m.doneColumns.procedure}</th>
                <th scope="col">{m.doneColumns.decision}</th>
                <th scope="col">{m.doneColumns.by}</th>
                <th scope="col">{m.doneColumns.at}</th>
              </tr>
            </thead>
            <tbody>
              {records.map((record) => (
                <tr
                  key={`${record.doneAt}|${record.action}|${record.procedureId}`}
                  data-testid="done-record"
                  data-action={record.action}
                >
                  <td>{t.posting.actions[record.action]}</td>
                  <td>
                    {record.code ? <span className="code">{record.code}</span> : null} {record.name}
                  </td>
                  <td>{record.decisionNumber ?? '—'}</td>
                  <td data-testid="done-by">{record.doneBy}</td>
                  <td data-testid="done-at">{formatDayTime(record.doneAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
