import type { ProcedureVersion } from '../model/procedure';
import { documentNumberKey } from '../parsing/document-number';

// Canonical keys by spelling, kept across catalogues: every catalogue a server folds (one per
// date asked about) cites the same few thousand spellings, and parsing them is a third of an
// index's build. Bounded, so a stream of odd texts cannot grow it without end.
const KEY_MEMO_LIMIT = 100_000;
const keyMemo = new Map<string, string>();

function keyOf(number: string): string {
  let key = keyMemo.get(number);
  if (key === undefined) {
    key = documentNumberKey(number);
    if (keyMemo.size >= KEY_MEMO_LIMIT) keyMemo.clear();
    keyMemo.set(number, key);
  }
  return key;
}

function byCode(a: ProcedureVersion, b: ProcedureVersion): number {
  const x = a.code ?? a.procedureId;
  const y = b.code ?? b.procedureId;
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Every document cited in the legal bases of a catalogue's procedures, by canonical key, with
 * the procedures citing it in code order. A procedure citing one document twice (two
 * spellings) is listed once. Lists are sorted when first asked for: a screen asks about one
 * document, and sorting all of them would cost more than building the index.
 */
export class CitationIndex {
  private readonly lists = new Map<string, ProcedureVersion[]>();
  private readonly sorted = new Set<string>();

  constructor(active: ReadonlyMap<string, ProcedureVersion>) {
    const keys: string[] = [];
    for (const version of active.values()) {
      keys.length = 0;
      for (const ref of version.legalBasis) {
        const key = keyOf(ref.number);
        // A legal basis holds a handful of citations: a scan beats a Set per procedure.
        if (keys.includes(key)) continue;
        keys.push(key);
        const list = this.lists.get(key);
        if (list) list.push(version);
        else this.lists.set(key, [version]);
      }
    }
  }

  /** The procedures citing the document with this canonical key, in code order (empty if none). */
  citing(key: string): readonly ProcedureVersion[] {
    const list = this.lists.get(key);
    if (!list) return [];
    if (!this.sorted.has(key)) {
      list.sort(byCode);
      this.sorted.add(key);
    }
    return list;
  }

  /** Whether any procedure cites the document. */
  has(key: string): boolean {
    return this.lists.has(key);
  }

  /** The canonical keys of every cited document. */
  keys(): IterableIterator<string> {
    return this.lists.keys();
  }
}

// One index per catalogue: `catalogueAt` makes a new `active` map per date, so a cached index
// never outlives the catalogue it describes, and looking up one document is a map read.
const indexes = new WeakMap<ReadonlyMap<string, ProcedureVersion>, CitationIndex>();

/**
 * The citation index of a catalogue (`catalogueAt(…).active`), built on first use. The map is
 * read as immutable, as `catalogueAt` hands it out.
 */
export function citationIndex(active: ReadonlyMap<string, ProcedureVersion>): CitationIndex {
  let index = indexes.get(active);
  if (!index) {
    index = new CitationIndex(active);
    indexes.set(active, index);
  }
  return index;
}
