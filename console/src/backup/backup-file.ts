import { WORKSPACE_READABLE_VERSIONS, type WorkspaceBundle, WorkspaceBundleSchema } from '@niemyet/core';

/**
 * What a chosen backup file holds, read in the browser before anything is sent: a file that is
 * not JSON, not a workspace bundle or of a newer version is named here, so the admin never
 * uploads 100 MB to hear it refused. The server checks again (and verifies the change log).
 */

export interface BackupSummary {
  exportedAt: string;
  version: number;
  decisions: number;
  issued: number;
  baseline: number;
  changeLog: number;
  legalDocuments: number;
  reviewTasks: number;
}

export type BackupFileProblem =
  | { kind: 'not-json' }
  | { kind: 'not-a-bundle'; path: string; issue: string }
  | { kind: 'newer-version'; version: number };

export type BackupFileReading =
  | { ok: true; summary: BackupSummary }
  | { ok: false; problem: BackupFileProblem };

/** `niemyet-sao-luu-2026-12-07.json`: the day in the name, ISO so files sort by date. */
export function backupFileName(exportedAt: string): string {
  return `niemyet-sao-luu-${exportedAt.slice(0, 10)}.json`;
}

export function summariseBundle(bundle: WorkspaceBundle): BackupSummary {
  return {
    exportedAt: bundle.exportedAt,
    version: bundle.version,
    decisions: bundle.decisions.length,
    issued: bundle.decisions.filter((d) => d.state === 'issued').length,
    baseline: bundle.baseline.length,
    changeLog: bundle.changeLog.length,
    legalDocuments: bundle.legalDocuments.length,
    reviewTasks: bundle.reviewTasks.length,
  };
}

export function readBackupText(text: string): BackupFileReading {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: 'not-json' } };
  }
  const version = (value as { version?: unknown } | null)?.version;
  if (
    typeof version === 'number' &&
    !(WORKSPACE_READABLE_VERSIONS as readonly number[]).includes(version) &&
    version > Math.max(...WORKSPACE_READABLE_VERSIONS)
  )
    return { ok: false, problem: { kind: 'newer-version', version } };
  const parsed = WorkspaceBundleSchema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return {
      ok: false,
      problem: { kind: 'not-a-bundle', path: first?.path.join('.') ?? '', issue: first?.message ?? '' },
    };
  }
  return { ok: true, summary: summariseBundle(parsed.data) };
}

export async function readBackupFile(file: Blob): Promise<BackupFileReading> {
  return readBackupText(await file.text());
}
