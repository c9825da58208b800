import type { AbolishedProcedure, CatalogueSnapshot, ProcedureVersion } from '@niemyet/core';

/**
 * What the console's database stores besides core types (`Decision`, `ChangeLogEntry` are
 * stored as they are). Everything written here was built or validated by core code
 * (`importDecisionCsv`, `buildCatalogueSnapshot`), so records are typed, not re-parsed on read.
 */

/** A baseline procedure version with its storage key (`procedureId|effectiveFrom`). */
export interface StoredBaselineVersion extends ProcedureVersion {
  id: string;
}

export interface PublicationCounts {
  procedures: number;
  upcoming: number;
  abolished: number;
}

/** One publication of the catalogue, without the catalogue itself. */
export interface Publication {
  /** Assigned by the database, in publishing order: the highest is the one in force. */
  seq: number;
  hash: string;
  asOf: string;
  generatedAt: string;
  /** ISO instant it was published. */
  publishedAt: string;
  counts: PublicationCounts;
}

/** The snapshot JSON of a publication, stored apart from its metadata. */
export interface PublicationSnapshot {
  seq: number;
  snapshot: CatalogueSnapshot;
}

/** A catalogue snapshot the server sent (v2 cache), by hash, findable by its date. */
export interface CachedCatalogue {
  hash: string;
  asOf: string;
  /** ISO instant the server last sent or confirmed it (304). */
  fetchedAt: string;
  snapshot: CatalogueSnapshot;
}

/**
 * Rows of a catalogue table as columns, in the table's default order (code, then name): one
 * array per field, so IndexedDB hands back a few arrays of strings instead of 20,000 objects
 * (structured clone of many small objects is what made the read-back slow). Index i of every
 * array is one row. Levels are joined with U+001F (a separator no level contains); `searchBase`
 * is the search key of code, name, field and agency (the decision number, which the server
 * sends apart, is appended when rows are built).
 */
export interface CatalogueRowColumns {
  procedureId: string[];
  code: (string | null)[];
  name: string[];
  levels: string[];
  field: (string | null)[];
  agency: (string | null)[];
  effectiveFrom: (string | null)[];
  decisionId: (string | null)[];
  searchBase: string[];
}

/**
 * What the catalogue screen shows of a cached snapshot (v3), stored beside it under the same
 * hash: read back in a fraction of the whole snapshot's time. Written with the snapshot, in the
 * same transaction, and deleted with it.
 */
export interface CachedCatalogueTable {
  hash: string;
  asOf: string;
  inForce: CatalogueRowColumns;
  upcoming: CatalogueRowColumns;
  abolished: AbolishedProcedure[];
}

/**
 * Which snapshot of a date is kept, and when the server last sent or confirmed it (v3): a small
 * record, so that a 304 moves it among the newest without rewriting the snapshot (IndexedDB
 * rewrites a whole record to change one field).
 */
export interface CachedCatalogueCopy {
  hash: string;
  asOf: string;
  /** ISO instant. */
  fetchedAt: string;
}

/** A fact the console remembers about this browser (v2), e.g. that the earlier workspace was uploaded. */
export interface ConsoleFlag {
  key: string;
  /** ISO instant it was set. */
  at: string;
}
