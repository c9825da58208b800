import { resolve } from 'node:path';
import {
  DEFAULT_DATA_FOLDER,
  DEFAULT_HOST,
  DEFAULT_PORT,
  memoProbeFromEnv,
  startServer,
  watchSettingsFromEnv,
} from '@niemyet/server';
import type { Command } from 'commander';
import { CliError, type CliIo, EXIT_USAGE } from '../io';

interface ServeOptions {
  port: string;
  host: string;
  data: string;
  console?: string;
  trustProxy?: boolean;
  allowPrivateHosts?: boolean;
}

/**
 * `niemyet serve`: the team server (API + built console). Embedded PGlite in `--data` unless
 * DATABASE_URL names a PostgreSQL server. Runs until SIGINT/SIGTERM, then closes cleanly.
 */
export function registerServeCommand(program: Command, io: CliIo): void {
  program
    .command('serve')
    .summary('chạy máy chủ nhóm / run the team server')
    .description(
      [
        'Chạy máy chủ nhóm: API và bảng điều khiển. Mặc định dùng cơ sở dữ liệu nhúng trong thư mục --data; đặt DATABASE_URL=postgres://… để dùng PostgreSQL.',
        'Run the team server: the API and the console. The embedded database lives in --data by default; set DATABASE_URL=postgres://… to use PostgreSQL.',
      ].join('\n'),
    )
    .option('--port <n>', 'cổng (port); 0 = bất kỳ cổng trống', String(DEFAULT_PORT))
    .option('--host <h>', 'địa chỉ lắng nghe (listen address)', DEFAULT_HOST)
    .option('--data <dir>', 'thư mục dữ liệu nhúng (embedded data folder)', DEFAULT_DATA_FOLDER)
    .option('--console <dir>', 'thư mục bảng điều khiển đã build (built console folder)', 'console/dist')
    .option('--trust-proxy', 'tin X-Forwarded-* từ proxy phía trước (behind a reverse proxy)')
    .option(
      '--allow-private-hosts',
      'cho phép theo dõi cổng ở địa chỉ nội bộ, loopback, link-local (let watches reach private addresses: tests, intranet portals)',
    )
    .action(async (options: ServeOptions) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new CliError(`--port: «${options.port}» không phải cổng hợp lệ (invalid port)`, EXIT_USAGE);
      const server = await startServer({
        port,
        host: options.host,
        data: options.data,
        databaseUrl: process.env.DATABASE_URL || undefined,
        settings: {
          consoleDist: resolve(options.console ?? 'console/dist'),
          trustProxy: options.trustProxy === true || process.env.NIEMYET_TRUST_PROXY === '1',
          allowPrivateHosts:
            options.allowPrivateHosts === true || process.env.NIEMYET_ALLOW_PRIVATE_HOSTS === '1',
          watches: watchSettingsFromEnv(process.env),
          memoProbe: memoProbeFromEnv(process.env),
        },
        log: (line) => io.out(line),
      }).catch((error: Error) => {
        throw new CliError(error.message);
      });
      await new Promise<void>((done) => {
        const stop = (signal: string) => {
          io.err(`Đang dừng máy chủ (${signal}) (shutting down)…`);
          server.close().then(done, (error) => {
            io.err(`Lỗi khi dừng (error while stopping): ${String(error)}`);
            done();
          });
        };
        process.once('SIGINT', () => stop('SIGINT'));
        process.once('SIGTERM', () => stop('SIGTERM'));
      });
    });
}
