import { type CsvIssue, importDecisionCsv } from '@niemyet/core';
import {
  type DecisionConflict,
  importWorkspaceBundle,
  type NiemyetConsoleDb,
  type WorkspaceImportSummary,
} from '@niemyet/db';
import { type ImportFigures, importFigures } from './import-figures';

/** The outcome of importing one decision-list file, for the import screen to show. */
export type DecisionFileImport =
  /** The file has errors (row, column, message): nothing was written. */
  | { kind: 'invalid'; fileName: string; errors: CsvIssue[] }
  /** Decisions already stored with other content: nothing was written. */
  | { kind: 'conflict'; fileName: string; conflicts: DecisionConflict[] }
  | {
      kind: 'imported';
      fileName: string;
      figures: ImportFigures;
      written: WorkspaceImportSummary;
      warnings: CsvIssue[];
    };

/** The part of a `File` the import reads (tests pass a plain object). */
export interface TextFile {
  name: string;
  text(): Promise<string>;
}

/**
 * Reads a decision-list CSV and, when the whole file is valid, writes its decisions, baseline
 * and change log in one transaction. All or nothing: a file with any error writes nothing.
 */
export async function importDecisionFile(
  db: NiemyetConsoleDb,
  file: TextFile,
  now: Date = new Date(),
): Promise<DecisionFileImport> {
  const text = await file.text();
  const result = importDecisionCsv(text, { fileName: file.name, importedAt: now.toISOString() });
  if (!result.ok) return { kind: 'invalid', fileName: file.name, errors: result.errors };
  const outcome = await importWorkspaceBundle(db, result.bundle);
  if (!outcome.ok) return { kind: 'conflict', fileName: file.name, conflicts: outcome.conflicts };
  return {
    kind: 'imported',
    fileName: file.name,
    figures: importFigures(result.bundle.decisions),
    written: outcome.summary,
    warnings: result.warnings,
  };
}
