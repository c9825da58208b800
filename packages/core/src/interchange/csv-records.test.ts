import { describe, expect, it } from 'vitest';
import { readCsvRecords } from './csv-records';

describe('readCsvRecords', () => {
  it('keeps the starting line of records whose quoted cells span lines', () => {
    const text = '\ufeffa;b;c\r\n1;"x;\ny";3\r\n\r\n;;\n4;"p\n\nq";6\n7;8;9';
    const { records, delimiter } = readCsvRecords(text);
    expect(delimiter).toBe(';');
    expect(records.map((r) => [r.line, r.cells])).toEqual([
      [1, ['a', 'b', 'c']],
      [2, ['1', 'x;\ny', '3']],
      [6, ['4', 'p\n\nq', '6']],
      [9, ['7', '8', '9']],
    ]);
  });

  it('detects a comma delimiter with quoted commas and doubled quotes', () => {
    const { records, delimiter } = readCsvRecords('a,b\n"x, ""y""",2\n');
    expect(delimiter).toBe(',');
    expect(records[1]).toEqual({ line: 2, cells: ['x, "y"', '2'], unterminatedQuote: false });
  });

  it('flags a quoted cell that is never closed', () => {
    const { records } = readCsvRecords('a,b\n1,2\n3,"oops\n4,5\n');
    expect(records[2]?.line).toBe(3);
    expect(records[2]?.unterminatedQuote).toBe(true);
    expect(records[1]?.unterminatedQuote).toBe(false);
  });

  it('skips lines of empty quoted cells without losing count', () => {
    const { records } = readCsvRecords('a;b\n"";""\n;\n1;2\n');
    expect(records.map((r) => [r.line, r.cells])).toEqual([
      [1, ['a', 'b']],
      [4, ['1', '2']],
    ]);
  });

  it('treats a lone CR as a line break', () => {
    expect(readCsvRecords('a,b\r1,2\r3,4').records.map((r) => r.line)).toEqual([1, 2, 3]);
  });
});
