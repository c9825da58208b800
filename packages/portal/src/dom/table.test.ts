import { describe, expect, it } from 'vitest';
import { createLabelMatcher } from './labels';
import { readKeyedRows, tableBodyRows, tableHeaders } from './table';
import { linkedomDocument } from './test-documents';
import { textOf } from './text';

const match = createLabelMatcher({
  channel: ['Hình thức nộp'],
  time: ['Thời hạn giải quyết'],
  fees: ['Phí, lệ phí'],
});

function table(html: string): Element {
  const t = linkedomDocument(`<html><body>${html}</body></html>`).querySelector('table');
  if (!t) throw new Error('no table');
  return t;
}

describe('tables', () => {
  it('keys cells by thead headers', () => {
    const rows = readKeyedRows(
      table(
        '<table><thead><tr><th>H&igrave;nh thức nộp</th><th>Thời hạn giải quyết</th><th>Ghi chú</th></tr></thead><tbody><tr><td>Trực tiếp</td><td>7 Ngày</td><td>x</td></tr></tbody></table>',
      ),
      match,
    );
    expect(rows.map((r) => [textOf(r.cells.channel), textOf(r.cells.time), r.cells.fees, r.texts])).toEqual([
      ['Trực tiếp', '7 Ngày', undefined, ['Trực tiếp', '7 Ngày', 'x']],
    ]);
  });

  it('prefers a cell data-title over its column position, and reads a first row of th as headers', () => {
    const t = table(
      '<table><tr><th>Thời hạn giải quyết</th><th>Hình thức nộp</th></tr><tr><td data-title="H&igrave;nh thức nộp">Trực tuyến</td><td data-title="Thời hạn giải quyết">5 Ngày</td></tr></table>',
    );
    expect(tableHeaders(t)).toEqual(['Thời hạn giải quyết', 'Hình thức nộp']);
    const [row] = readKeyedRows(t, match);
    expect([textOf(row?.cells.channel), textOf(row?.cells.time)]).toEqual(['Trực tuyến', '5 Ngày']);
  });

  it('skips empty rows and ignores rows of nested tables', () => {
    const t = table(
      '<table><thead><tr><th>Hình thức nộp</th></tr></thead><tbody><tr></tr><tr><td>A<table><tr><td>inner</td></tr></table></td></tr></tbody></table>',
    );
    expect(tableBodyRows(t)).toHaveLength(2);
    const rows = readKeyedRows(t, match);
    expect(rows.map((r) => r.index)).toEqual([1]);
    expect(textOf(rows[0]?.cells.channel)).toBe('A inner');
  });
});
