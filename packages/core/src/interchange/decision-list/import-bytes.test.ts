import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { periodReport } from '../../report/period-report';
import { readCsvRecords } from '../csv-records';
import { encodeCp1258, encodeTcvn3, encodeUtf16, encodeVni } from '../encoding/testing-encoders';
import { type DecisionCsvBytesResult, importDecisionCsv, importDecisionCsvBytes } from './import';

const CSV = readFileSync(
  new URL('../../../../../tests/fixtures/decisions/hoa-binh-2020.csv', import.meta.url),
  'utf8',
);
// The real names hold a few U+FFFD (so the portal shows them): not a character the legacy
// encodings have, so the copies are made from the list with "?" there.
const SOURCE = CSV.slice(1).replaceAll('\ufffd', '?');
const OPTIONS = { fileName: 'hoa-binh-2020.csv', importedAt: '2026-11-25T09:00:00.000Z' };

/** The same table as Excel's "Unicode Text" writes it: tab-separated, CRLF, quoted only where needed. */
function asTabSeparated(csv: string): string {
  const quote = (cell: string) => (/[\t\n"]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  return `${readCsvRecords(csv)
    .records.map((r) => r.cells.map(quote).join('\t'))
    .join('\r\n')}\r\n`;
}

function figures2020(result: DecisionCsvBytesResult) {
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  const report = periodReport(result.bundle.decisions, '2020-01-01', '2020-12-31');
  return [
    report.decisions,
    report.items,
    report.byAction.new,
    report.byAction.amended,
    report.byAction.abolished,
  ];
}

describe('importDecisionCsvBytes: the Hòa Bình 2020 list in every encoding offices save it in', () => {
  const original = importDecisionCsvBytes(new TextEncoder().encode(`\ufeff${SOURCE}`), OPTIONS);

  it('reads the UTF-8 original (with its BOM) to the true figures, as the text import does', () => {
    expect(figures2020(original)).toEqual([68, 775, 340, 237, 198]);
    expect(original.ok && original.encoding).toBe('utf-8');
    const fromText = importDecisionCsv(SOURCE, OPTIONS);
    expect(fromText.ok && original.ok && fromText.bundle).toEqual(original.ok && original.bundle);
  });

  it.each([
    [
      'UTF-16 LE, tab-separated (Excel "Unicode Text")',
      encodeUtf16(asTabSeparated(SOURCE), 'le'),
      'utf-16le',
    ],
    ['UTF-16 BE', encodeUtf16(SOURCE, 'be'), 'utf-16be'],
    ['Windows-1258', encodeCp1258(SOURCE), 'windows-1258'],
  ] as const)('reads %s to the same bundle', (_, bytes, encoding) => {
    const result = importDecisionCsvBytes(bytes, OPTIONS);
    expect(figures2020(result)).toEqual([68, 775, 340, 237, 198]);
    expect(result.ok && result.encoding).toBe(encoding);
    expect(result.ok && result.bundle).toEqual(original.ok && original.bundle);
    if (encoding === 'windows-1258')
      expect(result.ok && result.warnings[0]).toMatchObject({ code: 'encoding-converted', row: 0 });
  });

  it.each([
    ['TCVN3 (ABC)', encodeTcvn3(SOURCE), 'tcvn3'],
    ['VNI', encodeVni(SOURCE), 'vni'],
  ] as const)('refuses %s, naming it', (label, bytes, encoding) => {
    const result = importDecisionCsvBytes(bytes, OPTIONS);
    expect(result).toEqual({
      ok: false,
      errors: [expect.objectContaining({ code: 'encoding-legacy', params: { encoding } })],
    });
    expect(!result.ok && result.errors[0]!.message).toContain(label);
  });

  it('reports progress of the reading in bytes', () => {
    const bytes = new TextEncoder().encode(CSV);
    const reading: number[] = [];
    importDecisionCsvBytes(bytes, {
      ...OPTIONS,
      onProgress: (p) => p.phase === 'reading' && reading.push(p.done, p.total),
    });
    expect(reading.slice(-2)).toEqual([bytes.length, bytes.length]);
  });
});
