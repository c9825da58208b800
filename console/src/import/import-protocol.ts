import {
  ChangeLogEntrySchema,
  CSV_ENCODINGS,
  CsvIssueSchema,
  DecisionSchema,
  ProcedureVersionSchema,
} from '@niemyet/core';
import { z } from 'zod';

/**
 * The messages between the import screen and its worker, validated by whoever receives
 * them: the worker checks what the page asks, the page checks everything the worker sends
 * before a byte of it reaches the database (DESIGN §3: one zod schema per message).
 *
 * Page → worker: one `import` request (the file's bytes, as read from the `File`, and where
 * the stored change log ends); the worker finds the encoding and decodes them.
 * Worker → page: `progress` while it works; then either `invalid` (the file's errors), or the
 * bundle in parts (`decisions`, `baseline`, `change-log`, a few hundred records each, so no
 * single message holds the page long to copy and check) closed by `checked`; or `failed`
 * when the worker itself broke. Cancelling is not a message: the page terminates the worker.
 */

const HashSchema = z.string().regex(/^[0-9a-f]{64}$/);

/** The stored change log's last entry: the worker chains the file's log after it. */
export const ChangeLogHeadSchema = z.object({ seq: z.number().int().positive(), hash: HashSchema });

export const ImportRequestSchema = z.object({
  type: z.literal('import'),
  fileName: z.string(),
  /** The file as it is on disk: the worker finds its encoding (core's `importDecisionCsvBytes`). */
  bytes: z.instanceof(Uint8Array),
  /** ISO instant recorded as the import's time in the decisions and the log. */
  importedAt: z.iso.datetime(),
  chainAfter: ChangeLogHeadSchema.nullable(),
});
export type ImportRequest = z.infer<typeof ImportRequestSchema>;

/** The worker's phases (core's `DecisionCsvPhase`); the page adds `writing`. */
export const WORKER_PHASES = ['reading', 'checking', 'building', 'logging'] as const;

const CountSchema = z.number().int().nonnegative();

export const ImportWorkerMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('progress'),
    phase: z.enum(WORKER_PHASES),
    done: CountSchema,
    total: CountSchema,
  }),
  z.object({ type: z.literal('invalid'), errors: z.array(CsvIssueSchema).min(1) }),
  z.object({ type: z.literal('decisions'), decisions: z.array(DecisionSchema) }),
  z.object({ type: z.literal('baseline'), baseline: z.array(ProcedureVersionSchema) }),
  z.object({ type: z.literal('change-log'), entries: z.array(ChangeLogEntrySchema) }),
  z.object({
    type: z.literal('checked'),
    warnings: z.array(CsvIssueSchema),
    /** The encoding the file was read in (core's `CsvEncoding`). */
    encoding: z.enum(CSV_ENCODINGS),
    /** How many records the parts held: the page checks it received them all. */
    counts: z.object({ decisions: CountSchema, baseline: CountSchema, changeLog: CountSchema }),
  }),
  z.object({ type: z.literal('failed'), reason: z.string() }),
]);
export type ImportWorkerMessage = z.infer<typeof ImportWorkerMessageSchema>;
