/** Rows from an array, a generator or a database cursor: every export reads them one by one. */
export type RowSource<T> = Iterable<T> | AsyncIterable<T>;

export interface ExportOptions {
  /** Stops the export between rows (a client that went away): the iteration throws its reason. */
  signal?: AbortSignal;
}

/** Iterates any row source, checking the signal before each row. */
export async function* rowsOf<T>(source: RowSource<T>, signal?: AbortSignal): AsyncGenerator<T> {
  for await (const row of source) {
    signal?.throwIfAborted();
    yield row;
  }
}
