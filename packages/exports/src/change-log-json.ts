import type { ChangeLogFilter, ChangeLogRow } from '@niemyet/core';
import { type ExportOptions, type RowSource, rowsOf } from './rows-source';

const ROWS_PER_CHUNK = 500;

/**
 * The change log as JSON, chunk by chunk: `{"filter": {...}, "total": N, "entries": [...]}`
 * (the contract's shape), one entry at a time so a large log is never one string.
 */
export async function* changeLogJson(
  rows: RowSource<ChangeLogRow>,
  filter: ChangeLogFilter,
  total: number,
  options: ExportOptions = {},
): AsyncGenerator<string> {
  let chunk = `{"filter":${JSON.stringify(filter)},"total":${total},"entries":[`;
  let count = 0;
  for await (const row of rowsOf(rows, options.signal)) {
    chunk += (count === 0 ? '\n' : ',\n') + JSON.stringify(row);
    if (++count % ROWS_PER_CHUNK === 0) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}\n]}\n`;
}
