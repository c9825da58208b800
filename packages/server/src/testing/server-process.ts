import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

export interface ServerProcess {
  url: string;
  /** The first-run setup token, when the database had no user yet. */
  setupToken: string | null;
  /** The server's own process (no wrapper between: a `kill` reaches the server itself). */
  child: ChildProcess;
  output(): string;
  /** SIGTERM (the graceful shutdown), then wait for the exit. */
  stop(): Promise<void>;
  /** `kill -9`: no shutdown handler runs, nothing is flushed or unlocked. */
  kill(): Promise<void>;
}

export interface ServerProcessOptions {
  /** A real PostgreSQL; otherwise PGlite in `dataDir`. */
  databaseUrl?: string;
  /**
   * The embedded database's folder, kept after the process ends (to restart on it); without
   * one, a temporary folder removed by `stop`/`kill`.
   */
  dataDir?: string;
  /** The built console to serve; without one, none (API suites need no pages). */
  consoleDir?: string;
  /** `--allow-private-hosts`: watches may reach the loopback portal simulator (default true in tests). */
  allowPrivateHosts?: boolean;
  /** More environment for the process (`NIEMYET_WATCH_TICK_MS` and the like). */
  env?: Record<string, string>;
}

/**
 * A real server process, as `niemyet serve --port 0` starts it: PGlite in a folder, or the
 * PostgreSQL of `databaseUrl`. Resolves once the process printed its URL (and setup link).
 */
export async function startServerProcess(options: ServerProcessOptions = {}): Promise<ServerProcess> {
  const owned = options.dataDir ? null : await mkdtemp(join(tmpdir(), 'niemyet-server-'));
  const data = options.dataDir ?? owned!;
  const env = { ...process.env, ...options.env };
  delete env.DATABASE_URL;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  // NIEMYET_SERVER_NODE_ARGS: node flags for the server process only (`--trace-gc`,
  // `--heap-prof`, `--max-old-space-size=…`), split on spaces, to see where a server's memory
  // goes without touching the runner's own flags.
  const nodeArgs = (process.env.NIEMYET_SERVER_NODE_ARGS ?? '').split(' ').filter((a) => a !== '');
  const child: ChildProcess = spawn(
    process.execPath,
    [
      ...nodeArgs,
      '--import',
      'tsx',
      'packages/cli/src/bin.ts',
      'serve',
      '--port',
      '0',
      '--data',
      data,
      '--console',
      options.consoleDir ?? join(data, 'no-console'),
      ...(options.allowPrivateHosts === false ? [] : ['--allow-private-hosts']),
    ],
    { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout!.on('data', (chunk) => {
    output += String(chunk);
  });
  child.stderr!.on('data', (chunk) => {
    output += String(chunk);
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = await new Promise<string>((ready, fail) => {
    const timer = setInterval(() => {
      const m = /tại (http:\/\/\S+)/.exec(output);
      if (m) {
        clearInterval(timer);
        ready(m[1]!);
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(timer);
      fail(new Error(`server exited (${code}): ${output}`));
    });
  });
  // The setup link is printed right after the URL line, on first run only.
  if (!output.includes('SETUP')) await new Promise((r) => setTimeout(r, 500));
  const setup = /SETUP \S+token=(\S+)/.exec(output);
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
    if (owned) await rm(owned, { recursive: true, force: true });
  };
  return {
    url,
    setupToken: setup ? decodeURIComponent(setup[1]!) : null,
    child,
    output: () => output,
    stop: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
  };
}

export interface Reply {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: suites read answers field by field, checked by their expectations.
  body: any;
}

/** An HTTP client with its own cookie (one signed-in user). */
export class Client {
  private cookie: string | null = null;
  constructor(private readonly base: string) {}

  async request(
    method: string,
    path: string,
    options: {
      json?: unknown;
      text?: string;
      bytes?: Uint8Array;
      type?: string;
      headers?: Record<string, string>;
    } = {},
  ): Promise<Reply> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookie) headers.cookie = this.cookie;
    let body: string | Uint8Array<ArrayBuffer> | undefined;
    if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      headers['content-type'] = 'application/json';
    } else if (options.text !== undefined || options.bytes !== undefined) {
      // A copy on its own ArrayBuffer: what fetch's body types accept under every lib setting.
      body = options.bytes ? new Uint8Array(options.bytes) : options.text;
      headers['content-type'] = options.type ?? 'text/csv';
    }
    const response = await fetch(this.base + path, { method, headers, body });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0]!;
      this.cookie = pair.endsWith('=') ? null : pair;
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, headers: response.headers, body: parsed };
  }

  /** The session cookie (`name=value`), for a client of another kind acting as the same user. */
  get sessionCookie(): string | null {
    return this.cookie;
  }

  get = (path: string, headers?: Record<string, string>) => this.request('GET', path, { headers });
  post = (path: string, json?: unknown, headers?: Record<string, string>) =>
    this.request('POST', path, { json, headers });
  patch = (path: string, json?: unknown) => this.request('PATCH', path, { json });

  async signIn(username: string, password: string): Promise<Reply> {
    return this.post('/api/session', { username, password });
  }

  /** Signs in, or throws with the server's answer (suites that only need a session). */
  async mustSignIn(username: string, password: string): Promise<void> {
    const reply = await this.signIn(username, password);
    if (reply.status !== 204)
      throw new Error(`sign-in of ${username}: ${reply.status} ${JSON.stringify(reply.body)}`);
  }
}
