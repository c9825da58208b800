import { CSV_ENCODINGS, CsvIssueSchema } from '@niemyet/core';
import { z } from 'zod';

/**
 * The messages between the import screen and its worker, validated by whoever receives them:
 * the worker checks what the page asks, the page checks everything the worker sends (DESIGN §3:
 * one zod schema per message).
 *
 * The worker is the instant, local check of a decision-list CSV before it goes to the server
 * (the system of record, which checks it again and merges it): every row and column error
 * with progress, without holding the page. Nothing is written in the browser.
 *
 * Page → worker: one `check` request (the file's name and bytes, as read from the `File`: the
 * worker finds the encoding, so UTF-16 and Windows-1258 files read as UTF-8 ones do).
 * Worker → page: `progress` while it works; then `invalid` (the file's errors), `checked` (its
 * warnings and what it holds, per year of signing), or `failed` when the worker itself broke.
 * Cancelling is not a message: the page terminates the worker.
 */

export const ImportRequestSchema = z.object({
  type: z.literal('check'),
  fileName: z.string(),
  bytes: z.instanceof(Uint8Array),
  /** ISO instant core records as the import's time while building (not kept: the server builds its own). */
  importedAt: z.iso.datetime(),
});
export type ImportRequest = z.infer<typeof ImportRequestSchema>;

/** The worker's phases (core's `DecisionCsvPhase`); the page adds `uploading` and `saving`. */
export const WORKER_PHASES = ['reading', 'checking', 'building', 'logging'] as const;

const CountSchema = z.number().int().nonnegative();

const ActionCountsSchema = z.object({ new: CountSchema, amended: CountSchema, abolished: CountSchema });

/**
 * What the file holds, the way provincial reports count it (decisions and their procedures,
 * new / amended / abolished), in the whole file and per year of signing: the yearly figure is
 * the one people check against their report ("68 decisions, 775 procedures").
 */
export const FileFiguresSchema = z.object({
  decisions: CountSchema,
  items: CountSchema,
  byAction: ActionCountsSchema,
  byYear: z.array(
    z.object({ year: z.string(), decisions: CountSchema, items: CountSchema, byAction: ActionCountsSchema }),
  ),
});
export type FileFigures = z.infer<typeof FileFiguresSchema>;

export const ImportWorkerMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('progress'),
    phase: z.enum(WORKER_PHASES),
    done: CountSchema,
    total: CountSchema,
  }),
  z.object({ type: z.literal('invalid'), errors: z.array(CsvIssueSchema).min(1) }),
  z.object({
    type: z.literal('checked'),
    warnings: z.array(CsvIssueSchema),
    figures: FileFiguresSchema,
    /** The encoding the file was read in (core's `CsvEncoding`). */
    encoding: z.enum(CSV_ENCODINGS),
  }),
  z.object({ type: z.literal('failed'), reason: z.string() }),
]);
export type ImportWorkerMessage = z.infer<typeof ImportWorkerMessageSchema>;
