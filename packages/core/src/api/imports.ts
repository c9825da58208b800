import { z } from 'zod';
import { CsvIssueSchema } from '../interchange/csv-issue';
import { CSV_ENCODINGS } from '../interchange/encoding/decode';

/**
 * `POST /api/imports/decisions` (body: the decision-list CSV, `text/csv`, in any encoding core
 * reads) → 200. `decisions`,
 * `items`, `new`, `amended`, `abolished` count the file (as `niemyet import-decisions` does);
 * `decisionsAdded` and `decisionsAlreadyPresent` split its decisions into those written and
 * those the workspace already held with the same content; `baseline` and `changeLog` count
 * the records written. A conflicting decision refuses the whole file (409 `import-conflict`),
 * CSV errors too (422 `import-invalid`): nothing is written.
 */
export const ImportDecisionsResponseSchema = z.object({
  decisions: z.number().int(),
  items: z.number().int(),
  new: z.number().int(),
  amended: z.number().int(),
  abolished: z.number().int(),
  decisionsAdded: z.number().int(),
  decisionsAlreadyPresent: z.number().int(),
  baseline: z.number().int(),
  changeLog: z.number().int(),
  warnings: z.array(CsvIssueSchema),
  /** The encoding the file was read in (Windows-1258 files are converted, with a warning). */
  encoding: z.enum(CSV_ENCODINGS).optional(),
});
export type ImportDecisionsResponse = z.infer<typeof ImportDecisionsResponseSchema>;

/** Params of 409 `import-conflict`. */
export const ImportConflictSchema = z.object({ decisionId: z.string(), number: z.string() });

/**
 * `POST /api/imports/workspace` (body: a `niemyet.workspace` bundle, JSON): the workspace an
 * earlier, local-first console kept in a browser, merged like a CSV import, all or nothing,
 * answered with the same figures (`warnings` empty: the bundle was checked when it was built).
 */
export const ImportWorkspaceResponseSchema = ImportDecisionsResponseSchema;
