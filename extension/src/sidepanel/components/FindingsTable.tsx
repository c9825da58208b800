import { SpacerRow, useVirtualRows } from '@niemyet/ui';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
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
  /** A field whose text arrived damaged, named as such. */
  damagedFieldLabel(field: string): string;
}

export function FindingsTable(props: FindingsTableProps) {
  const { rows, selected, onSelect, headers, statusLabel, fieldLabel, damagedFieldLabel } = props;
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
        helper.accessor(
          (row) =>
            row.diffFields
              .map((f) => (row.damagedFields.includes(f) ? damagedFieldLabel(f) : fieldLabel(f)))
              .join(', '),
          {
            id: 'fields',
            header: headers.fields,
          },
        ),
      ]),
    [headers, statusLabel, fieldLabel, damagedFieldLabel],
  );
  const table = useTable({ features, columns, data: rows, getRowId: (row) => String(row.index) });
  const tableRows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const { shown, padTop, padBottom, virtual } = useVirtualRows({
    rows: tableRows,
    scrollRef,
    rowHeight: ROW_HEIGHT,
    virtualiseAbove: VIRTUALISE_ABOVE,
  });

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
          <SpacerRow height={padTop} columns={4} />
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
          <SpacerRow height={padBottom} columns={4} />
        </tbody>
      </table>
    </div>
  );
}
