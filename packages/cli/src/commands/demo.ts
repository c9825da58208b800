import { DEFAULT_DATA_FOLDER, loadDemo } from '@niemyet/server';
import type { Command } from 'commander';
import { CliError, type CliIo } from '../io';
import { withDatabase } from './user';

/**
 * `niemyet demo`: the demo workspace (the national portal's procedures, a year of decisions in
 * every state) into a team server's database that has no data yet, as the console's "Nạp dữ
 * liệu mẫu" does for a running server. With the embedded database, run it while the server is
 * stopped (PGlite serves one process).
 */
export function registerDemoCommand(program: Command, io: CliIo): void {
  program
    .command('demo')
    .summary('nạp dữ liệu mẫu vào máy chủ nhóm chưa có dữ liệu / load the demo into an empty team server')
    .description(
      [
        'Nạp dữ liệu mẫu (các thủ tục của Cổng Dịch vụ công quốc gia và một năm quyết định ở mọi trạng thái) vào máy chủ nhóm chưa có dữ liệu (cùng --data / DATABASE_URL như «serve»). Với cơ sở dữ liệu nhúng, hãy dừng máy chủ trước.',
        'Load the demo workspace (the national portal procedures and a year of decisions in every state) into a team server with no data yet (same --data / DATABASE_URL as "serve"). With the embedded database, stop the server first.',
      ].join('\n'),
    )
    .option('--data <dir>', 'thư mục dữ liệu nhúng (embedded data folder)', DEFAULT_DATA_FOLDER)
    .action(async (options: { data: string }) => {
      const outcome = await withDatabase(options, (db) =>
        loadDemo(db, { now: new Date(), actor: null, via: 'cli' }),
      );
      if (!outcome.ok)
        throw new CliError(
          'Máy chủ đã có quyết định hoặc danh mục: chỉ nạp được dữ liệu mẫu vào máy chủ chưa có dữ liệu; không ghi gì (the workspace is not empty; nothing was written).',
        );
      const { procedures, decisions, byState } = outcome.loaded;
      const states = Object.entries(byState)
        .map(([state, count]) => `${state} ${count}`)
        .join(', ');
      io.out(
        `Đã nạp dữ liệu mẫu: ${procedures.toLocaleString('vi-VN')} thủ tục, ${decisions} quyết định (${states}) (demo loaded).`,
      );
    });
}
