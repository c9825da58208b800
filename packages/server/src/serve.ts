import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { setupLink, setupTokenIfNeeded } from './auth/setup';
import { MemoNotifications } from './cache/memo-notifications';
import { ReadMemo } from './cache/read-memo';
import { CatalogueCache } from './catalogue/catalogue-cache';
import { DEFAULT_SETTINGS, type ServerSettings } from './config';
import type { Services } from './context';
import { openDatabase } from './db/open-database';
import { deleteExpiredSessions } from './repositories/sessions';
import { WatchRunner } from './watches/watch-runner';

export interface ServeOptions {
  port?: number;
  host?: string;
  /** PGlite data folder (default `.niemyet-data`); ignored when `databaseUrl` is set. */
  data?: string;
  databaseUrl?: string;
  settings?: Partial<ServerSettings>;
  /** Where start-up lines and the request log go (stdout by default). */
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  setupUrl: string | null;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 4173;
export const DEFAULT_HOST = '127.0.0.1';

/**
 * Opens the database (migrating it), prints the setup link on first run, and listens.
 * `close()` stops accepting, lets requests in flight finish, then closes the database
 * (PGlite flushes its files; the data-folder lock is released).
 */
export async function startServer(options: ServeOptions = {}): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const settings: ServerSettings = { ...DEFAULT_SETTINGS, ...options.settings };
  const opened = await openDatabase({ data: options.data, databaseUrl: options.databaseUrl });
  // Sessions and the catalogue key are remembered between requests on both databases: the
  // embedded one has no other writer; PostgreSQL says what others changed (cache/read-memo.ts).
  const memo = new ReadMemo(opened.soleClient);
  const notifications =
    !opened.soleClient && options.databaseUrl
      ? new MemoNotifications(options.databaseUrl, opened.db, memo, log, settings.memoProbe)
      : null;
  notifications?.start();
  const services: Services = {
    db: opened.db,
    settings,
    catalogue: new CatalogueCache(memo),
    memo,
    now: () => new Date(),
  };
  await deleteExpiredSessions(opened.db, new Date().toISOString());
  // Runs watches on their schedule; several instances share the job table (watches/watch-runner.ts).
  const runner = settings.watches.enabled ? new WatchRunner(services, log) : null;
  services.watchRunner = runner;
  const app = createApp(services, log);
  const host = options.host ?? DEFAULT_HOST;
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? DEFAULT_PORT, hostname: host }, () =>
      resolve(s),
    );
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const token = await setupTokenIfNeeded(opened.db, new Date(), settings.setupTokenMs);
  const setupUrl = token ? setupLink(url, token) : null;
  log(`Niêm yết: máy chủ đang chạy tại ${url} (server listening) — ${opened.description}`);
  if (setupUrl) {
    log('Chưa có tài khoản nào. Mở liên kết sau để tạo tài khoản quản trị đầu tiên (dùng một lần):');
    log('No account yet. Open this one-time link to create the first admin:');
    log(`SETUP ${setupUrl}`);
  }
  runner?.start();
  let closing: Promise<void> | null = null;
  return {
    url,
    setupUrl,
    close: () => {
      closing ??= (async () => {
        // The run in progress goes back to the queue with its pull state before the database closes.
        await runner?.stop();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await notifications?.close();
        await opened.close();
      })();
      return closing;
    },
  };
}
