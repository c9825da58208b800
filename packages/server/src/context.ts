import type { Role } from '@niemyet/core';
import type { Kysely } from 'kysely';
import type { MemoPart, ReadMemo } from './cache/read-memo';
import type { CatalogueCache } from './catalogue/catalogue-cache';
import type { ServerSettings } from './config';
import type { Database } from './db/schema';

/** What every route reads from the context: the database, settings, the derived catalogue cache. */
export interface Services {
  db: Kysely<Database>;
  settings: ServerSettings;
  catalogue: CatalogueCache;
  /** Sessions and the catalogue key remembered between requests (`cache/read-memo.ts`); null asks the database every time. */
  memo: ReadMemo | null;
  /** The clock, injectable for tests of expiry and throttling. */
  now(): Date;
  /** This instance's watch runner, told when a run is queued by hand (absent where none runs). */
  watchRunner?: { kick(): void } | null;
}

export interface SignedInUser {
  username: string;
  roles: Role[];
}

export type AppEnv = {
  Variables: {
    services: Services;
    /** Set by the session middleware when a live session cookie came with the request. */
    user: SignedInUser | null;
    sessionTokenHash: string | null;
    /**
     * What a writing route may change of what the memo holds (cache/read-memo.ts);
     * unset, a write forgets everything.
     */
    memoWrites: readonly MemoPart[] | undefined;
  };
};
