import {
  buildCatalogueSnapshot,
  type CatalogueHistory,
  type CatalogueSnapshot,
  type CatalogueState,
  type ChangeLogAnchor,
  catalogueAt,
  foldCatalogue,
  type IsoDate,
  type ProcedureVersion,
  searchKey,
} from '@niemyet/core';
import type { ReadMemo } from '../cache/read-memo';
import type { Db } from '../db/schema';
import { changeLogHead } from '../repositories/changelog';
import { readDecisions } from '../repositories/decisions';
import { catalogueKey, readBaseline } from '../repositories/workspace';

/** The catalogue of one date, ready for paging and search. */
export interface CatalogueView {
  state: CatalogueState;
  /** In force, ordered by procedureId. */
  procedures: ProcedureVersion[];
  /** `searchKey` of "code name" for each procedure, same order. */
  keys: string[];
  /** The procedures matching a search, by its words: see `search`. */
  searches: Map<string, ProcedureVersion[]>;
}

/**
 * Searches remembered per view: offices search the same few words all day ("khai sinh",
 * "đất đai"), and a scan of 20,000 keys costs a millisecond or two of the one thread every
 * request shares. The view is dropped when the catalogue changes, and its searches with it.
 */
const SEARCHES_KEPT = 256;

/** The procedures of `view` whose key holds every word of `query` (a search key's words). */
export function searchView(view: CatalogueView, query: string): ProcedureVersion[] {
  const words = searchKey(query).split(' ').filter(Boolean);
  if (words.length === 0) return view.procedures;
  const normalized = words.join(' ');
  const remembered = view.searches.get(normalized);
  if (remembered) return remembered;
  const matching = view.procedures.filter((_, i) => words.every((word) => view.keys[i]!.includes(word)));
  view.searches.set(normalized, matching);
  if (view.searches.size > SEARCHES_KEPT) view.searches.delete(view.searches.keys().next().value as string);
  return matching;
}

interface Entry {
  key: string;
  history: CatalogueHistory;
  /** The change log's head the history was read with: every snapshot records it. */
  head: ChangeLogAnchor;
  views: Map<IsoDate, CatalogueView>;
  snapshots: Map<IsoDate, CatalogueSnapshot>;
}

const DATES_KEPT = 16;

/**
 * The folded catalogue, cached in this instance's memory. The cache is derived, never the
 * truth: every read first has the catalogue key (workspace generation + change-log head) —
 * from the read memo while it holds it, else one cheap query — and folds again when another
 * instance (or this one) has issued, imported or restored since. So several instances stay
 * correct and reads stay fast (the fold of 20,000 procedures takes tens of milliseconds; a
 * date's view a few).
 */
export class CatalogueCache {
  private entry: Entry | null = null;
  private loading: Promise<Entry> | null = null;
  private loadingKey: string | null = null;

  /** With a memo, the key is asked of the database only when the memo has forgotten it (`cache/read-memo.ts`). */
  constructor(private readonly memo: ReadMemo | null = null) {}

  /** The history as of the database's current key (pass a transaction to read inside it). */
  async history(db: Db): Promise<CatalogueHistory> {
    return (await this.current(db)).history;
  }

  async view(db: Db, date: IsoDate): Promise<CatalogueView> {
    const entry = await this.current(db);
    let view = entry.views.get(date);
    if (!view) {
      const state = catalogueAt(entry.history, date);
      const procedures = [...state.active.values()].sort((a, b) =>
        a.procedureId < b.procedureId ? -1 : a.procedureId > b.procedureId ? 1 : 0,
      );
      view = {
        state,
        procedures,
        keys: procedures.map((p) => searchKey(`${p.code ?? ''} ${p.name}`)),
        searches: new Map(),
      };
      remember(entry.views, date, view);
    }
    return view;
  }

  /** The snapshot of a date; the same object (and hash) until the catalogue changes. */
  async snapshot(db: Db, date: IsoDate, now: Date): Promise<CatalogueSnapshot> {
    const entry = await this.current(db);
    let snapshot = entry.snapshots.get(date);
    if (!snapshot) {
      const view = await this.view(db, date);
      snapshot = buildCatalogueSnapshot(view.state, now.toISOString(), entry.head);
      remember(entry.snapshots, date, snapshot);
    }
    return snapshot;
  }

  private async current(db: Db): Promise<Entry> {
    const key = db.isTransaction ? await catalogueKey(db) : await this.keyOf(db);
    if (this.entry?.key === key) return this.entry;
    // A caller inside a transaction may hold locks (the chain lock, a decision's row) that
    // other requests queue behind, each holding a pooled connection. Were it to wait for a
    // load started on the pool, that load could wait for a connection forever: so it folds on
    // its own connection. Nor is what it folds kept: it may see its own uncommitted writes.
    if (db.isTransaction) return this.load(db, key);
    if (this.loading && this.loadingKey === key) return this.loading;
    const loading = this.load(db, key).then((entry) => {
      this.entry = entry;
      return entry;
    });
    this.loading = loading;
    this.loadingKey = key;
    try {
      return await loading;
    } finally {
      if (this.loading === loading) {
        this.loading = null;
        this.loadingKey = null;
      }
    }
  }

  private async keyOf(db: Db): Promise<string> {
    const remembered = this.memo?.key();
    if (remembered) return remembered;
    const mark = this.memo?.mark('catalogue') ?? 0;
    const key = await catalogueKey(db);
    this.memo?.rememberKey(mark, key);
    return key;
  }

  private async load(db: Db, key: string): Promise<Entry> {
    const [baseline, issued, head] = await Promise.all([
      readBaseline(db),
      readDecisions(db, ['issued']),
      changeLogHead(db),
    ]);
    return {
      key,
      history: foldCatalogue(baseline, issued),
      head: { count: head.seq, headHash: head.hash },
      views: new Map(),
      snapshots: new Map(),
    };
  }
}

function remember<V>(map: Map<IsoDate, V>, date: IsoDate, value: V): void {
  map.set(date, value);
  if (map.size > DATES_KEPT) map.delete(map.keys().next().value as IsoDate);
}
