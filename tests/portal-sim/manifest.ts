import type { IsoDate } from '@niemyet/core';
import {
  type ChangeableField,
  type ExpectedStatus,
  LISTING_COLUMNS,
  LISTING_IDS,
  type ListingId,
  type PlantedDiscrepancy,
  type SimDataset,
} from './dataset';
import {
  NATIONAL_LISTING_PATH,
  NATIONAL_PAGE_SIZE,
  PROVINCIAL_LISTING_PATH,
  PROVINCIAL_PAGE_SIZE,
} from './routes';

/**
 * The simulator's answer key (`manifest.json`): what was planted where, and for every listed
 * row the status a correct audit reports. End-to-end tests compare an audit against it.
 */

export interface AuditTruthRow {
  /** Position in the listing, 0-based, across pages. */
  index: number;
  code: string;
  /** The code as the page shows it (agency suffix and all). */
  rawCode: string;
  status: ExpectedStatus;
  /** Fields that differ from the catalogue (status `changed`). */
  changedFields: ChangeableField[];
  /** The subset of `changedFields` the listing page itself shows (the rest need detail pages). */
  changedFieldsOnListing: ChangeableField[];
}

export interface ListingManifest {
  /** Path of the first page (relative to `baseUrl`). */
  url: string;
  total: number;
  pageSize: number;
  pages: number;
  /** The fields the listing covers completely; null = everything. */
  scopeFields: string[] | null;
  /** Canonical codes in listing order. */
  codes: string[];
  rows: AuditTruthRow[];
  /** Rows with nothing planted on them. */
  untouched: number;
}

export interface SimManifest {
  format: 'niemyet.portal-sim.manifest';
  seed: number;
  asOf: IsoDate;
  generatedAt: string;
  /** Where the simulator served this manifest, when it was written by a running server. */
  baseUrl: string | null;
  /** SHA-256 of the catalogue snapshot these statuses are relative to. */
  catalogueHash: string;
  listings: Record<ListingId, ListingManifest>;
  planted: PlantedDiscrepancy[];
  /** Listed rows with nothing planted on them, both listings together. */
  untouched: number;
  /** Planted rows per listing and kind, for a quick look. */
  counts: Record<ListingId, Record<string, number>>;
}

export function buildManifest(
  dataset: SimDataset,
  catalogueHash: string,
  baseUrl: string | null = null,
): SimManifest {
  const plantedRows = new Set(dataset.planted.map((p) => `${p.listing}|${p.code}`));
  const listings = {} as Record<ListingId, ListingManifest>;
  const counts = {} as Record<ListingId, Record<string, number>>;
  for (const id of LISTING_IDS) {
    const { entries, scopeFields } = dataset.listings[id];
    const pageSize = id === 'national' ? NATIONAL_PAGE_SIZE : PROVINCIAL_PAGE_SIZE;
    const rows = entries.map(
      (entry, index): AuditTruthRow => ({
        index,
        code: entry.code,
        rawCode: entry.rawCode,
        status: entry.expected,
        changedFields: entry.changedFields,
        changedFieldsOnListing: entry.changedFields.filter((f) => LISTING_COLUMNS[id].includes(f)),
      }),
    );
    listings[id] = {
      url:
        id === 'national'
          ? `${NATIONAL_LISTING_PATH}?pageIndex=1&pageSize=${pageSize}`
          : `${PROVINCIAL_LISTING_PATH}?page=1`,
      total: entries.length,
      pageSize,
      pages: Math.max(1, Math.ceil(entries.length / pageSize)),
      scopeFields,
      codes: entries.map((e) => e.code),
      rows,
      untouched: entries.filter((e) => !plantedRows.has(`${id}|${e.code}`)).length,
    };
    const byKind: Record<string, number> = {};
    for (const p of dataset.planted) {
      if (p.listing !== id) continue;
      const key = p.kind === 'changed' ? `changed:${p.field}` : p.kind;
      byKind[key] = (byKind[key] ?? 0) + 1;
    }
    counts[id] = byKind;
  }
  return {
    format: 'niemyet.portal-sim.manifest',
    seed: dataset.seed,
    asOf: dataset.asOf,
    generatedAt: dataset.generatedAt,
    baseUrl,
    catalogueHash,
    listings,
    planted: dataset.planted,
    untouched: listings.national.untouched + listings.provincial.untouched,
    counts,
  };
}
