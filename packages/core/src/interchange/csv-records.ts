import Papa from 'papaparse';

/** One record of a CSV file with the line it starts on (quoted cells may span lines). */
export interface CsvRecord {
  line: number;
  cells: string[];
  /** Set when the record holds a quoted cell that is never closed (it then runs to the end of the file). */
  unterminatedQuote: boolean;
}

export interface CsvRecords {
  records: CsvRecord[];
  delimiter: string;
}

const DELIMITERS = [',', ';', '\t'];
// Lines the parser skips as empty: nothing but spaces, delimiters and empty quoted cells.
const BLANK_LINES = /^(?:(?:[ \t,;]|"")*\n)*/;

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Splits CSV text into records: BOM removed, `,` `;` or tab detected, quoted cells with
 * delimiters and line breaks kept whole, blank lines (and lines of empty cells, as
 * spreadsheets export them) skipped. Each record keeps the line it starts on, so problems
 * can be reported where the user will look for them.
 */
export function readCsvRecords(text: string): CsvRecords {
  // One kind of line break: spreadsheets mix CRLF with LF, and the parser guesses only one.
  const normalised = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const records: CsvRecord[] = [];
  let consumed = 0;
  let newlinesBefore = 0;
  let delimiter = ',';
  Papa.parse<string[]>(normalised, {
    delimitersToGuess: DELIMITERS,
    skipEmptyLines: 'greedy',
    step: (result) => {
      const end = result.meta.cursor;
      const chunk = normalised.slice(consumed, end);
      // The chunk starts with the blank lines the parser skipped before this record.
      const skipped = BLANK_LINES.exec(chunk)?.[0] ?? '';
      records.push({
        line: newlinesBefore + countNewlines(skipped) + 1,
        cells: result.data,
        unterminatedQuote: result.errors.some((e) => e.code === 'MissingQuotes'),
      });
      newlinesBefore += countNewlines(chunk);
      consumed = end;
      delimiter = result.meta.delimiter;
    },
  });
  return { records, delimiter };
}
