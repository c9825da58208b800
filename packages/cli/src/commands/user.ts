import { type Role, RoleSchema } from '@niemyet/core';
import {
  addUser,
  allUsers,
  DataFolderInUseError,
  DEFAULT_DATA_FOLDER,
  disableUser,
  openDatabase,
  UserAdminError,
} from '@niemyet/server';
import type { Command } from 'commander';
import { CliError, type CliIo, EXIT_USAGE } from '../io';

interface DataOptions {
  data: string;
}

/** Opens the server's database (same --data / DATABASE_URL as `serve`), runs `work`, closes it; `niemyet demo` uses it too. */
export async function withDatabase<T>(
  options: DataOptions,
  work: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<T>,
): Promise<T> {
  let opened: Awaited<ReturnType<typeof openDatabase>>;
  try {
    opened = await openDatabase({ data: options.data, databaseUrl: process.env.DATABASE_URL || undefined });
  } catch (error) {
    if (error instanceof DataFolderInUseError) throw new CliError(error.message);
    throw error;
  }
  try {
    return await work(opened.db);
  } catch (error) {
    if (error instanceof UserAdminError) throw new CliError(error.message);
    throw error;
  } finally {
    await opened.close();
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/**
 * `niemyet user add|list|disable`: accounts of the team server, from the command line. With the
 * embedded database they run while the server is stopped (PGlite serves one process).
 */
export function registerUserCommand(program: Command, io: CliIo): void {
  const user = program
    .command('user')
    .summary('quản lý tài khoản máy chủ nhóm / manage team-server accounts')
    .description(
      [
        'Quản lý tài khoản của máy chủ nhóm (cùng --data / DATABASE_URL như «serve»). Với cơ sở dữ liệu nhúng, hãy dừng máy chủ trước.',
        'Manage team-server accounts (same --data / DATABASE_URL as "serve"). With the embedded database, stop the server first.',
      ].join('\n'),
    );
  const dataOption = [
    '--data <dir>',
    'thư mục dữ liệu nhúng (embedded data folder)',
    DEFAULT_DATA_FOLDER,
  ] as const;

  user
    .command('add')
    .argument('<name>', 'tên đăng nhập (username)')
    .requiredOption('--role <role...>', 'vai trò: drafter, reviewer, supervisor, admin (roles)')
    .option('--password-stdin', 'đọc mật khẩu từ stdin (read the password from stdin)')
    .option(...dataOption)
    .action(async (name: string, options: DataOptions & { role: string[]; passwordStdin?: boolean }) => {
      if (!options.passwordStdin)
        throw new CliError(
          'Cần --password-stdin: mật khẩu không bao giờ nằm trên dòng lệnh (the password is read from stdin).',
          EXIT_USAGE,
        );
      const roles: Role[] = [];
      for (const role of options.role) {
        const parsed = RoleSchema.safeParse(role);
        if (!parsed.success)
          throw new CliError(
            `--role: «${role}» không phải vai trò (not a role: drafter, reviewer, supervisor, admin)`,
            EXIT_USAGE,
          );
        roles.push(parsed.data);
      }
      const password = await readStdin();
      const created = await withDatabase(options, (db) => addUser(db, { username: name, password, roles }));
      io.out(`Đã thêm «${created.username}» (${created.roles.join(', ')}) (user added).`);
    });

  user
    .command('list')
    .option(...dataOption)
    .action(async (options: DataOptions) => {
      const users = await withDatabase(options, allUsers);
      for (const u of users)
        io.out(
          `${u.username}\t${u.roles.join(',')}\t${u.disabled ? 'đã khóa (disabled)' : 'hoạt động (active)'}`,
        );
      if (users.length === 0) io.out('Chưa có tài khoản nào (no users).');
    });

  user
    .command('disable')
    .argument('<name>', 'tên đăng nhập (username)')
    .option(...dataOption)
    .action(async (name: string, options: DataOptions) => {
      const ended = await withDatabase(options, (db) => disableUser(db, name));
      io.out(`Đã khóa «${name}», kết thúc ${ended} phiên (user disabled, ${ended} sessions ended).`);
    });
}
