import { WORKSPACE_FORMAT, WORKSPACE_VERSION, type WorkspaceBundle } from '@niemyet/core';
import type { NiemyetConsoleDb } from './database';
import { loadWorkspaceHistory, readChangeLog } from './workspace-repository';

/**
 * The workspace the console kept in this browser before the team server (v1 of this
 * database was the system of record). It is offered for upload to the server once: when the
 * upload succeeds the flag below is set and it is never offered again. The records stay in
 * place (nothing is deleted): the server holds the copy that counts.
 */

export const LEGACY_UPLOADED_FLAG = 'legacy-workspace-uploaded';

export interface LegacyWorkspaceState {
  /** Decisions and baseline procedures this browser holds from the earlier console. */
  decisions: number;
  baseline: number;
  changeLog: number;
  /** When it was uploaded to the server, or null: still to offer. */
  uploadedAt: string | null;
}

export async function legacyWorkspaceState(db: NiemyetConsoleDb): Promise<LegacyWorkspaceState> {
  return db.transaction('r', [db.decisions, db.baseline, db.changeLog, db.flags], async () => {
    const [decisions, baseline, changeLog, flag] = await Promise.all([
      db.decisions.count(),
      db.baseline.count(),
      db.changeLog.count(),
      db.flags.get(LEGACY_UPLOADED_FLAG),
    ]);
    return { decisions, baseline, changeLog, uploadedAt: flag?.at ?? null };
  });
}

/** Whether there is an earlier workspace still to offer for upload. */
export function legacyWorkspacePending(state: LegacyWorkspaceState): boolean {
  return state.uploadedAt === null && (state.decisions > 0 || state.baseline > 0);
}

/**
 * The earlier workspace as a `niemyet.workspace` bundle (DESIGN §5), what `GET /api/backup`
 * and `niemyet import-decisions` write: the server merges it like a decision-list import.
 */
export async function legacyWorkspaceBundle(
  db: NiemyetConsoleDb,
  exportedAt: string,
): Promise<WorkspaceBundle> {
  const [{ baseline, decisions }, changeLog] = await Promise.all([
    loadWorkspaceHistory(db),
    readChangeLog(db),
  ]);
  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    exportedAt,
    baseline,
    decisions,
    legalDocuments: [],
    reviewCampaigns: [],
    reviewTasks: [],
    changeLog,
    settings: { calendarAdjustments: [], deadlineRules: [] },
  };
}

/** Records that the server took the earlier workspace: it is not offered again. */
export async function markLegacyWorkspaceUploaded(db: NiemyetConsoleDb, at: string): Promise<void> {
  await db.flags.put({ key: LEGACY_UPLOADED_FLAG, at });
}
