import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import type { MemoProbeTiming } from '../config';
import type { Db } from '../db/schema';
import { ALL_MEMO_PARTS, type MemoPart, type ReadMemo } from './read-memo';

/** The channel migration 0008's triggers notify on; payloads are `<schema> <part>`. */
export const MEMO_CHANNEL = 'niemyet_memo';

const RETRY_FIRST_MS = 1_000;
const RETRY_MOST_MS = 30_000;

/**
 * Keeps a `ReadMemo` true on a PostgreSQL that other instances write to. One connection of its
 * own (not the pool's: a LISTEN lives as long as its session) listens on `niemyet_memo`, and
 * each notification makes the memo forget the part it names. A write made through this
 * instance is forgotten at once by the request that made it (`app.ts`); one made elsewhere
 * is seen here when its notification arrives, a moment after its commit.
 *
 * The memo is trusted only while notifications are proven to arrive: after LISTEN, and again
 * every few seconds, a probe is notified through the pool and must come back on the listening
 * connection. A lost connection, a probe that does not come back (a half-open connection, a
 * pooler in transaction mode that does not carry LISTEN) make the memo distrusted — every
 * request asks the database, as with no memo — and the listener reconnects, waiting longer each
 * time (1 s to 30 s). So a missed notification costs speed, never a stale answer beyond the
 * probe's interval.
 */
export class MemoNotifications {
  private client: pg.Client | null = null;
  private schema = '';
  private probing: { id: string; arrived: () => void } | null = null;
  private timer: NodeJS.Timeout | null = null;
  private retryMs = RETRY_FIRST_MS;
  private closed = false;
  /** Said once per outage, not at every failed retry. */
  private saidLost = false;

  constructor(
    private readonly url: string,
    private readonly db: Db,
    private readonly memo: ReadMemo,
    private readonly log: (line: string) => void,
    private readonly probe: MemoProbeTiming,
  ) {}

  /** Connects in the background; until notifications are proven, the memo stays distrusted. */
  start(): void {
    this.memo.distrust();
    void this.connect();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.memo.distrust();
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.url,
      // Named with the process, so an administrator (or a test) can tell whose listener it is.
      application_name: `niemyet-memo ${process.pid}`,
      keepAlive: true,
    });
    client.on('notification', (message) => {
      if (message.channel === MEMO_CHANNEL) this.heard(message.payload ?? '');
    });
    client.on('error', () => this.lost(client, 'connection error'));
    client.on('end', () => this.lost(client, 'connection ended'));
    this.client = client;
    try {
      await client.connect();
      const { rows } = await client.query<{ schema: string }>('select current_schema() as schema');
      this.schema = rows[0]!.schema;
      await client.query(`listen ${MEMO_CHANNEL}`);
      if (!(await this.probeArrives())) throw new Error('no probe came back');
      if (this.client !== client) return; // closed, or lost while probing
      this.memo.trust();
      this.retryMs = RETRY_FIRST_MS;
      if (this.saidLost)
        this.log('Bộ nhớ đọc: đã nghe lại thông báo của PostgreSQL (read memo: notifications back)');
      this.saidLost = false;
      this.schedule(() => this.check(client), this.probe.everyMs);
    } catch (error) {
      this.lost(client, (error as Error).message);
    }
  }

  /** A probe every few seconds; one that does not come back ends the connection. */
  private async check(client: pg.Client): Promise<void> {
    if (this.client !== client) return;
    if (await this.probeArrives()) this.schedule(() => this.check(client), this.probe.everyMs);
    else this.lost(client, 'no probe came back');
  }

  private async probeArrives(): Promise<boolean> {
    const id = randomUUID();
    let timeout: NodeJS.Timeout | undefined;
    const arrived = new Promise<boolean>((resolve) => {
      this.probing = { id, arrived: () => resolve(true) };
      timeout = setTimeout(() => resolve(false), this.probe.timeoutMs);
    });
    try {
      await sql`select pg_notify(${MEMO_CHANNEL}, ${`${this.schema} probe ${id}`})`.execute(this.db);
      return await arrived;
    } catch {
      return false;
    } finally {
      clearTimeout(timeout);
      if (this.probing?.id === id) this.probing = null;
    }
  }

  private heard(payload: string): void {
    const [schema, part, id] = payload.split(' ');
    if (schema !== this.schema) return; // another workspace sharing the database
    if (part === 'probe') {
      const probing = this.probing;
      if (probing && probing.id === id) probing.arrived();
      return;
    }
    this.memo.forget(ALL_MEMO_PARTS.includes(part as MemoPart) ? [part as MemoPart] : ALL_MEMO_PARTS);
  }

  /** Once per connection (its error and its end both land here): distrust, then try again. */
  private lost(client: pg.Client, reason: string): void {
    if (this.client !== client) return;
    this.client = null;
    this.memo.distrust();
    client.removeAllListeners('notification');
    client.end().catch(() => {});
    if (this.closed) return;
    if (!this.saidLost)
      this.log(
        `Bộ nhớ đọc: mất thông báo của PostgreSQL (${reason}); mọi yêu cầu hỏi cơ sở dữ liệu cho đến khi nghe lại (read memo: notifications lost, every request asks the database until they are back)`,
      );
    this.saidLost = true;
    this.schedule(() => this.connect(), this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, RETRY_MOST_MS);
  }

  private schedule(work: () => Promise<void>, ms: number): void {
    if (this.closed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void work(), ms);
    this.timer.unref();
  }
}
