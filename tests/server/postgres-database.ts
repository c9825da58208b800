import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * A database of its own on the test PostgreSQL (NIEMYET_TEST_DATABASE_URL, started by
 * scripts/with-postgres.sh), so suites running side by side never see each other's rows.
 * Created and dropped with Debian's `psql`, which comes with the server.
 */
export async function freshPostgresDatabase(
  baseUrl: string,
  label: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `niemyet_${label}_${randomBytes(4).toString('hex')}`;
  await psql(baseUrl, `CREATE DATABASE ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await psql(baseUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** Runs SQL on `url` with `psql` (as an administrator would, beside the servers); returns its unaligned output. */
export async function psql(url: string, sql: string): Promise<string> {
  const { stdout } = await run('psql', [url, '-v', 'ON_ERROR_STOP=1', '-q', '-At', '-c', sql]);
  return stdout.trim();
}
