import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServerProcessOptions } from '@niemyet/server/testing';
import { freshPostgresDatabase } from './postgres-database';

/**
 * The databases a suite or a benchmark runs the server on: the embedded PGlite always (a
 * fresh folder each time), and a fresh database on the test PostgreSQL when
 * NIEMYET_TEST_DATABASE_URL names one (scripts/with-postgres.sh). `open` gives the options of
 * `startServerProcess` and how to remove what it made.
 */
export interface ServerDatabase {
  label: string;
  open(): Promise<{ options: ServerProcessOptions; remove: () => Promise<void> }>;
}

export function serverDatabases(purpose: string): ServerDatabase[] {
  const list: ServerDatabase[] = [
    {
      label: 'embedded PGlite',
      async open() {
        const folder = await mkdtemp(join(tmpdir(), `niemyet-${purpose}-`));
        return { options: { dataDir: folder }, remove: () => rm(folder, { recursive: true, force: true }) };
      },
    },
  ];
  const url = process.env.NIEMYET_TEST_DATABASE_URL;
  if (url)
    list.push({
      label: 'PostgreSQL',
      async open() {
        const database = await freshPostgresDatabase(url, purpose);
        return { options: { databaseUrl: database.url }, remove: database.drop };
      },
    });
  return list;
}
