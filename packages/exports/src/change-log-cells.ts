import {
  CHANGE_LOG_EXPORT_COLUMNS,
  type ChangeLogKind,
  type ChangeLogRow,
  type DecisionAction,
  type IsoDate,
  levelLabel,
} from '@niemyet/core';

/** How the exports write an action: the words of the decisions themselves. */
export const ACTION_LABELS_VI: Record<DecisionAction, string> = {
  new: 'Công bố mới',
  amended: 'Sửa đổi, bổ sung, thay thế',
  abolished: 'Bãi bỏ',
};

/** How the exports write what an entry records. */
export const KIND_LABELS_VI: Record<ChangeLogKind, string> = {
  published: 'Công bố',
  'national-db-entered': 'Nhập CSDL quốc gia',
  'national-db-removed': 'Xóa khỏi CSDL quốc gia',
};

export type ChangeLogColumnKey = (typeof CHANGE_LOG_EXPORT_COLUMNS)[number]['key'];

/**
 * One cell of an export row before a format writes it: a date stays a date and a number a
 * number, so XLSX can type them and CSV can write them the Vietnamese way.
 */
export type ExportCell =
  | { type: 'text'; value: string }
  | { type: 'number'; value: number }
  | { type: 'date'; value: IsoDate }
  /** An instant (ISO), shown as Vietnam's wall clock. */
  | { type: 'instant'; value: string }
  | { type: 'empty' };

const text = (value: string | null): ExportCell =>
  value === null || value === '' ? { type: 'empty' } : { type: 'text', value };
const date = (value: IsoDate | null): ExportCell =>
  value === null ? { type: 'empty' } : { type: 'date', value };

/** The cells of one row, in the order of `CHANGE_LOG_EXPORT_COLUMNS`. */
export function changeLogCells(row: ChangeLogRow): ExportCell[] {
  return CHANGE_LOG_EXPORT_COLUMNS.map(({ key }) => cellOf(row, key));
}

function cellOf(row: ChangeLogRow, key: ChangeLogColumnKey): ExportCell {
  switch (key) {
    case 'seq':
      return { type: 'number', value: row.seq };
    case 'occurredOn':
      return date(row.occurredOn);
    case 'kind':
      return text(KIND_LABELS_VI[row.kind]);
    case 'action':
      return text(ACTION_LABELS_VI[row.action]);
    case 'signedOn':
      return date(row.signedOn);
    case 'levels':
      return text(row.levels.map((level) => levelLabel(level, 'vi')).join('; '));
    case 'recordedAt':
      return row.recordedAt === '' ? { type: 'empty' } : { type: 'instant', value: row.recordedAt };
    default:
      return text(row[key]);
  }
}

/** The header row's texts. */
export const CHANGE_LOG_HEADERS: readonly string[] = CHANGE_LOG_EXPORT_COLUMNS.map((column) => column.header);
