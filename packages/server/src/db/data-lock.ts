import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * PGlite serves one process: two processes opening one data folder would corrupt it. The
 * process that opens it writes its pid to `niemyet.pid` (created exclusively); another
 * process finds the file, sees the pid alive and refuses with a clear message. A pid file
 * left by a process that died is taken over.
 */
export class DataFolderInUseError extends Error {
  override readonly name = 'DataFolderInUseError';
  constructor(
    readonly folder: string,
    readonly pid: number,
  ) {
    super(
      [
        `Thư mục dữ liệu «${folder}» đang được tiến trình ${pid} sử dụng (có thể máy chủ đang chạy). Cơ sở dữ liệu nhúng chỉ phục vụ một tiến trình: hãy dừng máy chủ rồi chạy lại lệnh, hoặc dùng DATABASE_URL với PostgreSQL.`,
        `The data folder "${folder}" is in use by process ${pid} (is the server running?). The embedded database serves one process: stop the server and run the command again, or use DATABASE_URL with PostgreSQL.`,
      ].join('\n'),
    );
  }
}

const LOCK_FILE = 'niemyet.pid';

export interface DataFolderLock {
  release(): Promise<void>;
}

export async function lockDataFolder(folder: string): Promise<DataFolderLock> {
  await mkdir(folder, { recursive: true });
  const path = join(folder, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(path, `${process.pid}\n`, { flag: 'wx' });
      return {
        release: async () => {
          await rm(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid))
        throw new DataFolderInUseError(folder, pid);
      await rm(path, { force: true }); // left by a process that is gone
    }
  }
  throw new Error(`cannot lock the data folder ${folder}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
