import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import type { FindingRow } from '../finding-rows';
import { StatusBadge } from './StatusBadge';

/**
 * The audit's rows (already filtered) as a TanStack Table v9. Long lists (a pull of a whole
 * listing: thousands of rows) are virtualised; short ones render whole, so the panel's find
 * (Ctrl+F) and tests see every row.
 */

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, FindingRow>();

export const VIRTUALISE_ABOVE = 150;
const ROW_HEIGHT = 30;

export interface FindingsTableProps {
  rows: FindingRow[];
  selected: number | null;
  onSelect(index: number): void;
  headers: { status: string; code: string; name: string; fields: string };
  statusLabel(row: FindingRow): string;
  fieldLabel(field: string): string;
}

export function FindingsTable(props: FindingsTableProps) {
  const { rows, selected, onSelect, headers, statusLabel, fieldLabel } = props;
  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('status', {
          header: headers.status,
          cell: (info) => (
            <StatusBadge status={info.row.original.status} label={statusLabel(info.row.original)} />
          ),
        }),
        helper.accessor((row) => row.finding.rawCode ?? row.code ?? '', {
          id: 'code',
          header: headers.code,
          cell: (info) => <code>{info.getValue()}</code>,
        }),
        helper.accessor('name', { header: headers.name }),
        helper.accessor((row) => row.diffFields.map(fieldLabel).join(', '), {
          id: 'fields',
          header: headers.fields,
        }),
      ]),
    [headers, statusLabel, fieldLabel],
  );
  const table = useTable({ features, columns, data: rows, getRowId: (row) => String(row.index) });
  const tableRows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = tableRows.length > VIRTUALISE_ABOVE;
  const virtualizer = useVirtualizer({
    count: virtual ? tableRows.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtual ? virtualizer.getVirtualItems() : [];
  const shown = virtual ? items.map((item) => tableRows[item.index]!) : tableRows;
  const padTop = virtual && items.length ? items[0]!.start : 0;
  const padBottom = virtual && items.length ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;

  return (
    <div
      ref={scrollRef}
      className="table-scroll"
      style={virtual ? { maxHeight: '55vh', overflow: 'auto' } : undefined}
    >
      <table className="findings" data-testid="findings-table">
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id}>{header.isPlaceholder ? null : <table.FlexRender header={header} />}</th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {padTop > 0 && (
            <tr className="spacer">
              <td colSpan={4} style={{ height: padTop, padding: 0 }} />
            </tr>
          )}
          {shown.map((row) => (
            <tr
              key={row.id}
              data-testid="finding-row"
              data-status={row.original.status}
              data-code={row.original.code ?? ''}
              data-index={row.original.index}
              aria-selected={row.original.index === selected}
              className={row.original.index === selected ? 'selected' : undefined}
              style={virtual ? { height: ROW_HEIGHT } : undefined}
              onClick={() => onSelect(row.original.index)}
            >
              {row.getAllCells().map((cell) => (
                <td key={cell.id}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
          {padBottom > 0 && (
            <tr className="spacer">
              <td colSpan={4} style={{ height: padBottom, padding: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
