import type { SessionUser } from '../repositories/sessions';

/**
 * What the server may remember between requests when it is its database's only client: the
 * embedded PGlite, whose data folder one process holds (`db/data-lock.ts`). Then what it read
 * stays true until it writes itself, and a read skips the two queries every request makes —
 * the session, and the catalogue's cache key — which cost milliseconds each in WebAssembly.
 *
 * Any request that may write (every method but GET, HEAD and OPTIONS) forgets everything when
 * it ends, after its transaction committed and before its answer leaves. A value read while a
 * write was under way is not kept: `generation` moves on at each forgetting, and a value is only
 * stored if it has not moved since the read began. On PostgreSQL no memo is used, since other
 * instances write too: there every request asks the database.
 */
export class SoleWriterMemo {
  private generation = 0;
  private readonly sessions = new Map<string, SessionUser>();
  private catalogueKey: string | null = null;

  /** The point a read starts from; pass it back when storing what the read found. */
  mark(): number {
    return this.generation;
  }

  forget(): void {
    this.generation++;
    this.sessions.clear();
    this.catalogueKey = null;
  }

  session(tokenHash: string): SessionUser | undefined {
    return this.sessions.get(tokenHash);
  }

  rememberSession(mark: number, tokenHash: string, user: SessionUser): void {
    if (mark === this.generation) this.sessions.set(tokenHash, user);
  }

  key(): string | null {
    return this.catalogueKey;
  }

  rememberKey(mark: number, key: string): void {
    if (mark === this.generation) this.catalogueKey = key;
  }
}

/** Methods that never write: their requests leave the memo as it is. */
export const READ_ONLY_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);
