import { type ChangeLogRow, levelLabel } from '@niemyet/core';
import { SpacerRow, useVirtualRows } from '@niemyet/ui';
import { useRef } from 'react';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/language';

/**
 * The log's entries as a table with virtual rows (the catalogue's approach, `useVirtualRows`):
 * only the rows in view are in the DOM, so twenty thousand entries scroll as smoothly as fifty.
 * Rows have a fixed height (long names clipped, their full text in a tooltip). Each row's
 * button opens the entry's before/after.
 */

const ROW_HEIGHT = 36;
const OVERSCAN = 12;
const COLUMNS = 10;

export function ChangeLogTable({
  rows,
  onOpen,
}: {
  rows: readonly ChangeLogRow[];
  onOpen(row: ChangeLogRow, opener: HTMLElement): void;
}) {
  const { t, language } = useI18n();
  const m = t.changes;
  const scrollRef = useRef<HTMLDivElement>(null);
  const { shown, offset, padTop, padBottom } = useVirtualRows({
    rows,
    scrollRef,
    rowHeight: ROW_HEIGHT,
    overscan: OVERSCAN,
    // Before the first layout (and in DOMs without layout) render one screenful, not nothing.
    initialRect: { width: 1200, height: 720 },
  });
  return (
    <div ref={scrollRef} className="table-scroll" data-testid="change-log-scroll">
      {/* Only some rows are in the page: the row count and indices tell assistive technology where they are. */}
      <table className="change-log" data-testid="change-log-table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">{m.tableCaption}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{m.columns.seq}</th>
            <th scope="col">{m.columns.occurredOn}</th>
            <th scope="col">{m.columns.kind}</th>
            <th scope="col">{m.columns.action}</th>
            <th scope="col">{m.columns.decision}</th>
            <th scope="col">{m.columns.code}</th>
            <th scope="col">{m.columns.name}</th>
            <th scope="col">{m.columns.levels}</th>
            <th scope="col">{m.columns.field}</th>
            <th scope="col">{m.columns.open}</th>
          </tr>
        </thead>
        <tbody>
          <SpacerRow height={padTop} columns={COLUMNS} />
          {shown.map((row, index) => (
            <tr
              key={row.seq}
              data-testid="change-log-row"
              data-seq={row.seq}
              aria-rowindex={offset + index + 2}
              style={{ height: ROW_HEIGHT }}
            >
              <td className="num">{row.seq}</td>
              <td>{formatDate(row.occurredOn, m.noDate)}</td>
              <td>{m.kinds[row.kind]}</td>
              <td>{m.actions[row.action]}</td>
              <td>{row.decisionNumber}</td>
              <td>
                {row.code === null ? <span className="muted">{m.noCode}</span> : <code>{row.code}</code>}
              </td>
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
            </tr>
          ))}
          <SpacerRow height={padBottom} columns={COLUMNS} />
        </tbody>
      </table>
    </div>
  );
}
