import { describe, expect, it } from 'vitest';
import { type CsvRecord, CsvRecordReader, readCsvRecords } from './csv-records';

describe('readCsvRecords', () => {
  it('keeps the starting line of records whose quoted cells span lines', () => {
    const text = '\ufeffa;b;c\r\n1;"x;\ny";3\r\n\r\n;;\n4;"p\n\nq";6\n7;8;9';
    const { records, delimiter } = readCsvRecords(text);
    expect(delimiter).toBe(';');
    // Rows as a spreadsheet shows them: a blank line is a row, a quoted cell's lines are not.
    expect(records.map((r) => [r.row, r.line, r.cells])).toEqual([
      [1, 1, ['a', 'b', 'c']],
      [2, 2, ['1', 'x;\ny', '3']],
      [5, 6, ['4', 'p\n\nq', '6']],
      [6, 9, ['7', '8', '9']],
    ]);
  });

  it('detects a comma delimiter with quoted commas and doubled quotes', () => {
    const { records, delimiter } = readCsvRecords('a,b\n"x, ""y""",2\n');
    expect(delimiter).toBe(',');
    expect(records[1]).toEqual({
      row: 2,
      line: 2,
      cells: ['x, "y"', '2'],
      unterminatedQuote: false,
      tooLongCell: -1,
      nulCell: -1,
    });
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

describe('CsvRecordReader', () => {
  const text = '\ufeffa\tb\r\n"1\r\n2"\t"x""y"\r\n\r\n3\t4\r5\t6\n';

  it('gives the same records whatever the pieces the text comes in', () => {
    const whole = readCsvRecords(text, { delimiter: '\t' }).records;
    expect(whole.map((r) => [r.row, r.line, r.cells])).toEqual([
      [1, 1, ['a', 'b']],
      [2, 2, ['1\n2', 'x"y']],
      [4, 5, ['3', '4']],
      [5, 6, ['5', '6']],
    ]);
    for (const size of [1, 2, 3, 5, 7]) {
      const records: CsvRecord[] = [];
      const reader = new CsvRecordReader((r) => records.push(r));
      for (let i = 0; i < text.length; i += size) reader.push(text.slice(i, i + size));
      reader.end();
      expect(reader.delimiter).toBe('\t');
      expect(records).toEqual(whole);
    }
  });

  it('cuts a cell longer than the limit and notes it, and notes NUL characters', () => {
    const { records } = readCsvRecords(`a,b\n1,${'x'.repeat(50)}\n"\u0000",2\n`, { maxCellLength: 20 });
    expect(records[1]).toMatchObject({ tooLongCell: 1, nulCell: -1 });
    expect(records[1]!.cells[1]).toHaveLength(20);
    expect(records[2]).toMatchObject({ tooLongCell: -1, nulCell: 0 });
  });

  it('says where the record being read starts', () => {
    const reader = new CsvRecordReader(() => {}, { delimiter: ',' });
    reader.push('a,b\n"x\ny",');
    expect(reader.position).toEqual({ row: 2, line: 2 });
    reader.push('z\n');
    expect(reader.position).toEqual({ row: 3, line: 4 });
  });
});
