import Papa from 'papaparse';
import type { CsvPosition } from './csv-issue';

/** One record of a CSV file, where it is, and what is wrong with it as a record. */
export interface CsvRecord {
  /** The spreadsheet row (every record counts, blank ones too: the first record is row 1). */
  row: number;
  /** The text line the record starts on (quoted cells may span lines). */
  line: number;
  cells: string[];
  /** Set when the record holds a quoted cell that is never closed (it then runs to the end of the file). */
  unterminatedQuote: boolean;
  /** The first cell longer than the limit (its text is cut there), or -1. */
  tooLongCell: number;
  /** The first cell holding a NUL character, or -1. */
  nulCell: number;
}

export interface CsvRecords {
  records: CsvRecord[];
  delimiter: string;
}

/**
 * The longest cell the reader keeps, in characters. A real cell (a long legal basis) is a few
 * thousand; anything longer is a broken file, and is not held in memory.
 */
export const MAX_CSV_CELL_LENGTH = 10_000;

export interface CsvReaderOptions {
  /** `,`, `;` or tab; guessed from the start of the text when not given. */
  delimiter?: string;
  maxCellLength?: number;
}

const DELIMITERS = [',', ';', '\t'];
/** How much text the delimiter is guessed from (the guess reads at most ten records of it). */
const GUESS_LENGTH = 64 * 1024;

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const NUL = 0x00;

/** Where the reader is inside a record. */
const State = {
  FieldStart: 0,
  Unquoted: 1,
  Quoted: 2,
  /** A quote seen inside a quoted cell: it closes the cell, or doubles as an escaped quote. */
  QuoteInQuoted: 3,
} as const;
type State = (typeof State)[keyof typeof State];

/**
 * Splits CSV text into records incrementally: push the text in pieces of any size, each
 * record is handed on as soon as it is complete, so a large file is never held as rows.
 * A BOM is dropped; `,`, `;` or tab is detected; quoted cells keep delimiters and line breaks
 * (CRLF and lone CR read as LF); blank records (nothing but spaces, or empty cells, as
 * spreadsheets export them) are skipped but still counted as rows. Each record keeps its
 * spreadsheet row and the text line it starts on, so problems can be reported where the user
 * will look for them.
 */
export class CsvRecordReader {
  private delimiterCode = -1;
  private pending = '';
  private started = false;
  private state: State = State.FieldStart as State;
  private cells: string[] = [];
  private cell = '';
  private cellLength = 0;
  private tooLongCell = -1;
  private nulCell = -1;
  private pendingCR = false;
  private line = 1;
  private recordLine = 1;
  private rows = 0;
  private readonly maxCellLength: number;

  constructor(
    private readonly onRecord: (record: CsvRecord) => void,
    options: CsvReaderOptions = {},
  ) {
    this.maxCellLength = options.maxCellLength ?? MAX_CSV_CELL_LENGTH;
    if (options.delimiter !== undefined) this.delimiterCode = options.delimiter.charCodeAt(0);
  }

  /** The delimiter in use ("," until one is detected). */
  get delimiter(): string {
    return this.delimiterCode < 0 ? ',' : String.fromCharCode(this.delimiterCode);
  }

  /** Where the record being read (or the next one) starts, in the text pushed so far. */
  get position(): CsvPosition {
    if (this.delimiterCode < 0 && this.pending !== '') this.drainPending();
    const inRecord = this.state !== State.FieldStart || this.cells.length > 0;
    return inRecord ? { row: this.rows + 1, line: this.recordLine } : { row: this.rows + 1, line: this.line };
  }

  push(text: string): void {
    let chunk = text;
    if (!this.started) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    if (this.delimiterCode < 0) {
      this.pending += chunk;
      if (this.pending.length >= GUESS_LENGTH) this.drainPending();
      return;
    }
    this.scan(chunk);
  }

  /** Guesses the delimiter from the text held back for it, then reads that text. */
  private drainPending(): void {
    this.detectDelimiter();
    const held = this.pending;
    this.pending = '';
    this.scan(held);
  }

  /** Ends the text: the last record is handed on, even without a final line break. */
  end(): void {
    if (this.delimiterCode < 0) this.drainPending();
    if (this.state === State.Quoted) {
      this.endRecord(true);
      return;
    }
    if (this.state !== State.FieldStart || this.cells.length > 0) this.endRecord(false);
  }

  private detectDelimiter(): void {
    const sample = this.pending.replace(/\r\n?/g, '\n');
    const guessed = Papa.parse<string[]>(sample, {
      delimitersToGuess: DELIMITERS,
      skipEmptyLines: 'greedy',
      preview: 10,
    }).meta.delimiter;
    this.delimiterCode = (DELIMITERS.includes(guessed) ? guessed : ',').charCodeAt(0);
  }

  private append(text: string): void {
    if (text.length === 0) return;
    if (this.cellLength + text.length > this.maxCellLength) {
      if (this.tooLongCell < 0) this.tooLongCell = this.cells.length;
      const room = this.maxCellLength - this.cellLength;
      if (room > 0) this.cell += text.slice(0, room);
      this.cellLength = this.maxCellLength + 1;
      return;
    }
    this.cell += text;
    this.cellLength += text.length;
  }

  private endCell(): void {
    this.cells.push(this.cell);
    this.cell = '';
    this.cellLength = 0;
  }

  private endRecord(unterminatedQuote: boolean): void {
    this.endCell();
    this.rows++;
    const cells = this.cells;
    this.cells = [];
    this.state = State.FieldStart;
    const { tooLongCell, nulCell } = this;
    this.tooLongCell = -1;
    this.nulCell = -1;
    if (!unterminatedQuote && cells.every((c) => c.trim() === '')) return;
    this.onRecord({ row: this.rows, line: this.recordLine, cells, unterminatedQuote, tooLongCell, nulCell });
  }

  private scan(chunk: string): void {
    const delimiter = this.delimiterCode;
    const n = chunk.length;
    let i = 0;
    // A CR at the end of the previous piece: a LF starting this one belongs to it.
    if (this.pendingCR) {
      this.pendingCR = false;
      if (n > 0 && chunk.charCodeAt(0) === LF) i = 1;
    }
    let runStart = i;
    while (i < n) {
      const c = chunk.charCodeAt(i);
      switch (this.state) {
        case State.FieldStart:
          if (this.cells.length === 0 && this.cell === '') this.recordLine = this.line;
          if (c === QUOTE) {
            this.state = State.Quoted;
            i++;
            runStart = i;
            continue;
          }
          this.state = State.Unquoted;
          runStart = i;
          continue;
        case State.Unquoted:
          if (c === delimiter) {
            this.append(chunk.slice(runStart, i));
            this.endCell();
            this.state = State.FieldStart;
            i++;
            runStart = i;
            continue;
          }
          if (c === LF || c === CR) {
            this.append(chunk.slice(runStart, i));
            this.endRecord(false);
            i = this.lineBreak(chunk, i);
            runStart = i;
            continue;
          }
          if (c === NUL && this.nulCell < 0) this.nulCell = this.cells.length;
          i++;
          continue;
        case State.Quoted:
          if (c === QUOTE) {
            this.append(chunk.slice(runStart, i));
            this.state = State.QuoteInQuoted;
            i++;
            runStart = i;
            continue;
          }
          if (c === CR) {
            this.append(chunk.slice(runStart, i));
            this.append('\n');
            i = this.lineBreak(chunk, i);
            runStart = i;
            continue;
          }
          if (c === LF) this.line++;
          else if (c === NUL && this.nulCell < 0) this.nulCell = this.cells.length;
          i++;
          continue;
        case State.QuoteInQuoted:
          if (c === QUOTE) {
            // "" inside a quoted cell: one quote, and the cell goes on.
            this.append('"');
            this.state = State.Quoted;
            i++;
            runStart = i;
            continue;
          }
          if (c === delimiter) {
            this.endCell();
            this.state = State.FieldStart;
            i++;
            runStart = i;
            continue;
          }
          if (c === LF || c === CR) {
            this.endRecord(false);
            i = this.lineBreak(chunk, i);
            runStart = i;
            continue;
          }
          // Text after a closing quote ("a"b): kept, as the rest of an unquoted cell.
          this.state = State.Unquoted;
          runStart = i;
          continue;
      }
    }
    if (this.state === State.Unquoted || this.state === State.Quoted) this.append(chunk.slice(runStart, n));
  }

  /** Counts the line break at `i` (CRLF, CR or LF) and returns the index after it. */
  private lineBreak(chunk: string, i: number): number {
    this.line++;
    if (chunk.charCodeAt(i) === CR) {
      if (i + 1 < chunk.length) return chunk.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
      this.pendingCR = true;
    }
    return i + 1;
  }
}

/** Splits a whole CSV text into records (see `CsvRecordReader`). */
export function readCsvRecords(text: string, options: CsvReaderOptions = {}): CsvRecords {
  const records: CsvRecord[] = [];
  const reader = new CsvRecordReader((record) => records.push(record), options);
  reader.push(text);
  reader.end();
  return { records, delimiter: reader.delimiter };
}
