import type { CatalogueSnapshot, ProcedureVersion } from '@niemyet/core';

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

/** A fact the console remembers about this browser (v2), e.g. that the earlier workspace was uploaded. */
export interface ConsoleFlag {
  key: string;
  /** ISO instant it was set. */
  at: string;
}
