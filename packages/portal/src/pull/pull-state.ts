import { z } from 'zod';

/**
 * The persisted state of a pull: every page and detail page to fetch, what came of each, and
 * the rows read so far. Saved after every page, so a pull stopped at any moment (an MV3
 * service worker is stopped whenever Chrome likes; a terminal gets Ctrl-C) resumes where it
 * was, without fetching a done page twice.
 */

const RowSchema = z.record(z.string(), z.unknown());

export const PullTaskSchema = z.object({
  url: z.string(),
  status: z.enum(['pending', 'done', 'failed']),
  attempts: z.number().int().nonnegative(),
  error: z.string().nullable(),
  /** Listing pages: the rows read; detail pages: the one procedure read. */
  rows: z.array(RowSchema),
});
export type PullTask = z.infer<typeof PullTaskSchema>;

export const PullStateSchema = z.object({
  format: z.literal('niemyet.pull'),
  version: z.literal(1),
  startUrl: z.string(),
  startedAt: z.string(),
  withDetails: z.boolean(),
  status: z.enum(['running', 'cancelled', 'done']),
  /** Total procedures the listing announces, when it does. */
  total: z.number().int().nonnegative().nullable(),
  /** The adapter that read the first page. */
  adapterId: z.string().nullable(),
  /** What the listing is filtered to (level, field…), from the first page. */
  scope: z.record(z.string(), z.string()),
  pages: z.array(PullTaskSchema),
  details: z.array(PullTaskSchema),
});
export type PullState = z.infer<typeof PullStateSchema>;

export function createPullState(startUrl: string, withDetails: boolean, startedAt: string): PullState {
  return {
    format: 'niemyet.pull',
    version: 1,
    startUrl,
    startedAt,
    withDetails,
    status: 'running',
    total: null,
    adapterId: null,
    scope: {},
    pages: [{ url: startUrl, status: 'pending', attempts: 0, error: null, rows: [] }],
    details: [],
  };
}

/** Whether every listing page was read: only then may an audit call absent procedures missing. */
export function listingComplete(state: PullState): boolean {
  return state.pages.length > 0 && state.pages.every((p) => p.status === 'done');
}
