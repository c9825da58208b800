import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A real `niemyet serve` process for the suites that need more than one server, a `kill -9`,
 * or a load run: started as a user would start it, its address and first-run setup link read
 * from what it prints.
 */

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(REPO_ROOT, 'packages/cli/src/bin.ts');
const TSX = join(REPO_ROOT, 'node_modules/.bin/tsx');

export interface ServerProcess {
  url: string;
  /** The first-run setup token, when the database had no user yet. */
  setupToken: string | null;
  child: ChildProcess;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
  /** SIGTERM, then wait for the exit. */
  stop(): Promise<void>;
  /** `kill -9`: no shutdown handler runs. */
  kill(): Promise<void>;
}

export interface ServerOptions {
  /** Embedded database folder (PGlite); ignored when `databaseUrl` is given. */
  dataDir?: string;
  /** A real PostgreSQL. */
  databaseUrl?: string;
  /** How long to wait for the address to be printed. */
  startTimeoutMs?: number;
}

export async function startServer(options: ServerOptions): Promise<ServerProcess> {
  const args = [CLI, 'serve', '--port', '0'];
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.DATABASE_URL;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  else if (options.dataDir) args.push('--data', options.dataDir);
  const child = spawn(TSX, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = await new Promise<string>((found, failed) => {
    const timer = setTimeout(
      () => failed(new Error(`server did not print its address in time:\n${output}`)),
      options.startTimeoutMs ?? 60_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /https?:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      // The address is printed once the server listens; port 0 in the text would be the request.
      if (match && match[1] !== '0') {
        clearTimeout(timer);
        found(`http://127.0.0.1:${match[1]}`);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      failed(new Error(`server exited with ${code} before listening:\n${output}`));
    });
  });
  // The setup link may follow the address line by a moment.
  await new Promise((done) => setTimeout(done, 200));
  const token = /[?&]token=([A-Za-z0-9_-]+)/.exec(output)?.[1] ?? null;
  return {
    url,
    setupToken: token,
    child,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** A temporary folder removed by the returned function. */
export function tempFolder(prefix: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
