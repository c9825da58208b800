import { type ChangeLogRow, levelLabel } from '@niemyet/core';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/language';
import { VirtualTable } from '../paging/VirtualTable';

/** The log's entries as a virtual table (`VirtualTable`); each row's button opens the entry's before/after. */

export function ChangeLogTable({
  rows,
  onOpen,
}: {
  rows: readonly ChangeLogRow[];
  onOpen(row: ChangeLogRow, opener: HTMLElement): void;
}) {
  const { t, language } = useI18n();
  const m = t.changes;
  return (
    <VirtualTable
      rows={rows}
      rowKey={(row) => row.seq}
      rowData={(row) => ({ 'data-seq': row.seq })}
      caption={m.tableCaption}
      className="change-log"
      testIds={{ scroll: 'change-log-scroll', table: 'change-log-table', row: 'change-log-row' }}
      columns={[
        m.columns.seq,
        m.columns.occurredOn,
        m.columns.kind,
        m.columns.action,
        m.columns.decision,
        m.columns.code,
        m.columns.name,
        m.columns.levels,
        m.columns.field,
        m.columns.open,
      ]}
      cells={(row) => (
        <>
          <td className="num">{row.seq}</td>
          <td>{formatDate(row.occurredOn, m.noDate)}</td>
          <td>{m.kinds[row.kind]}</td>
          <td>{m.actions[row.action]}</td>
          <td>{row.decisionNumber}</td>
          <td>{row.code === null ? <span className="muted">{m.noCode}</span> : <code>{row.code}</code>}</td>
          <td className="clip" title={row.name}>
            {row.name}
          </td>
          <td>{row.levels.map((level) => levelLabel(level, language)).join(', ')}</td>
          <td className="clip" title={row.field ?? ''}>
            {row.field ?? ''}
          </td>
          <td>
            <button
              type="button"
              className="link-button"
              aria-label={m.open(row.seq)}
              data-testid="change-log-open"
              onClick={(event) => onOpen(row, event.currentTarget)}
            >
              {m.openShort}
            </button>
          </td>
        </>
      )}
    />
  );
}
