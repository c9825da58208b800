import type { SessionUser } from '../repositories/sessions';

/**
 * What the server may remember between requests when it is its database's only client: the
 * embedded PGlite, whose data folder one process holds (`db/data-lock.ts`). Then what it read
 * stays true until it writes itself, and a read skips the two queries every request makes —
 * the session, and the catalogue's cache key — which cost milliseconds each in WebAssembly.
 *
 * Any request that may write (every method but GET, HEAD and OPTIONS) forgets when it ends,
 * after its transaction committed and before its answer leaves: everything, unless its route
 * declared the parts it may change (`memoWrites`): editing a draft changes neither sessions nor
 * the catalogue, and under load a tenth of requests are such edits, so forgetting everything
 * made every other request ask the database again. A value read while a write of its part was
 * under way is not kept: each part's generation moves on at each forgetting, and a value is
 * only stored if its generation has not moved since the read began. On PostgreSQL no memo is
 * used, since other instances write too: there every request asks the database.
 */

/** What the memo holds: live sessions, and the catalogue's cache key. */
export type MemoPart = 'sessions' | 'catalogue';
export const ALL_MEMO_PARTS: readonly MemoPart[] = ['sessions', 'catalogue'];

export class SoleWriterMemo {
  private readonly generations: Record<MemoPart, number> = { sessions: 0, catalogue: 0 };
  private readonly sessions = new Map<string, SessionUser>();
  private catalogueKey: string | null = null;

  /** The point a read of `part` starts from; pass it back when storing what the read found. */
  mark(part: MemoPart): number {
    return this.generations[part];
  }

  forget(parts: readonly MemoPart[] = ALL_MEMO_PARTS): void {
    for (const part of parts) this.generations[part]++;
    if (parts.includes('sessions')) this.sessions.clear();
    if (parts.includes('catalogue')) this.catalogueKey = null;
  }

  session(tokenHash: string): SessionUser | undefined {
    return this.sessions.get(tokenHash);
  }

  rememberSession(mark: number, tokenHash: string, user: SessionUser): void {
    if (mark === this.generations.sessions) this.sessions.set(tokenHash, user);
  }

  key(): string | null {
    return this.catalogueKey;
  }

  rememberKey(mark: number, key: string): void {
    if (mark === this.generations.catalogue) this.catalogueKey = key;
  }
}

/** Methods that never write: their requests leave the memo as it is. */
export const READ_ONLY_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

/** What drafting writes of the memo's parts: nothing (a draft, its comments and its review are neither sessions nor the catalogue). */
export const DRAFT_WRITES: readonly MemoPart[] = [];
