import type { LegalDocument, WorkspaceSettings } from '@niemyet/core';
import type { SessionUser } from '../repositories/sessions';

/**
 * What the server may remember between requests — live sessions, the catalogue's cache key,
 * the workspace's documents — so that a read asks the database nothing: every request would otherwise make two queries
 * (the session, the key), which cost milliseconds each in PGlite's WebAssembly and, on
 * PostgreSQL, two round trips whose wake-ups cost more CPU than the read itself. What it holds
 * stays true in one of two ways:
 * - on the embedded PGlite the server is the database's only client (`db/data-lock.ts`), so
 *   nothing changes unless it writes itself;
 * - on PostgreSQL, which other instances write to, the database says what changed: triggers
 *   on the tables behind each part notify at commit (migration 0008), and
 *   `cache/memo-notifications.ts` forgets the part it is told of. The memo is trusted only
 *   while those notifications are proven to arrive; otherwise (`distrust`) every request asks
 *   the database, as it would without a memo.
 *
 * Any request that may write (every method but GET, HEAD and OPTIONS) forgets when it ends,
 * after its transaction committed and before its answer leaves: everything, unless its route
 * declared the parts it may change (`memoWrites`): editing a draft changes neither sessions nor
 * the catalogue, and under load a tenth of requests are such edits, so forgetting everything
 * made every other request ask the database again. A value read while a write of its part was
 * under way is not kept: each part's generation moves on at each forgetting, and a value is
 * only stored if its generation has not moved since the read began.
 */

/**
 * What the memo holds: live sessions, the catalogue's cache key, and the workspace documents
 * every decision's deadlines are counted with (its settings and the legal-document registry,
 * read whole at each edit before: two queries, and the whole registry, per keystroke saved).
 */
export type MemoPart = 'sessions' | 'catalogue' | 'documents';
export const ALL_MEMO_PARTS: readonly MemoPart[] = ['sessions', 'catalogue', 'documents'];

/** The workspace's settings and its legal documents, as read; never changed by their readers. */
export interface WorkspaceDocuments {
  settings: WorkspaceSettings;
  legalDocuments: readonly LegalDocument[];
}

export class ReadMemo {
  private readonly generations: Record<MemoPart, number> = { sessions: 0, catalogue: 0, documents: 0 };
  private readonly sessions = new Map<string, SessionUser>();
  private catalogueKey: string | null = null;
  private workspaceDocuments: WorkspaceDocuments | null = null;

  /** Trusted from the start when the server is the database's sole client; else once notifications arrive. */
  constructor(private trusted = true) {}

  /** Whether what it holds may be used (see `distrust`). */
  get isTrusted(): boolean {
    return this.trusted;
  }

  /**
   * From now on, remember: notifications are arriving. Everything held is dropped first, since
   * writes made while nobody listened were never announced.
   */
  trust(): void {
    this.forget();
    this.trusted = true;
  }

  /** Notifications may be missed (the listening connection is lost): forget, and remember nothing. */
  distrust(): void {
    this.trusted = false;
    this.forget();
  }

  /** The point a read of `part` starts from; pass it back when storing what the read found. */
  mark(part: MemoPart): number {
    return this.generations[part];
  }

  forget(parts: readonly MemoPart[] = ALL_MEMO_PARTS): void {
    for (const part of parts) this.generations[part]++;
    if (parts.includes('sessions')) this.sessions.clear();
    if (parts.includes('catalogue')) this.catalogueKey = null;
    if (parts.includes('documents')) this.workspaceDocuments = null;
  }

  session(tokenHash: string): SessionUser | undefined {
    return this.trusted ? this.sessions.get(tokenHash) : undefined;
  }

  rememberSession(mark: number, tokenHash: string, user: SessionUser): void {
    if (this.trusted && mark === this.generations.sessions) this.sessions.set(tokenHash, user);
  }

  key(): string | null {
    return this.trusted ? this.catalogueKey : null;
  }

  rememberKey(mark: number, key: string): void {
    if (this.trusted && mark === this.generations.catalogue) this.catalogueKey = key;
  }

  documents(): WorkspaceDocuments | null {
    return this.trusted ? this.workspaceDocuments : null;
  }

  rememberDocuments(mark: number, documents: WorkspaceDocuments): void {
    if (this.trusted && mark === this.generations.documents) this.workspaceDocuments = documents;
  }
}

/** Methods that never write: their requests leave the memo as it is. */
export const READ_ONLY_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

/** What drafting writes of the memo's parts: nothing (a draft, its comments and its review are neither sessions, the catalogue nor the workspace's documents). */
export const DRAFT_WRITES: readonly MemoPart[] = [];
