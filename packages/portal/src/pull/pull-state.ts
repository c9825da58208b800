import { z } from 'zod';
import { PullError, PullProblemSchema, pullProblem } from './pull-problem';

/**
 * The persisted state of a pull: every page and detail page to fetch, what came of each, and
 * the rows read so far. Saved after every page, so a pull stopped at any moment (an MV3
 * service worker is stopped whenever Chrome likes; a terminal gets Ctrl-C) resumes where it
 * was, without fetching a done page twice.
 */

const RowSchema = z.record(z.string(), z.unknown());

export const PullTaskSchema = z.object({
  url: z.string(),
  /** `skipped`: not fetched because the listing ended before it (see `PullState.ended`). */
  status: z.enum(['pending', 'done', 'failed', 'skipped']),
  attempts: z.number().int().nonnegative(),
  error: z.string().nullable(),
  /** Why the page failed or was skipped, as a code the user's screen can translate. */
  problem: PullProblemSchema.nullable().optional(),
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
  /** The page cap chosen when the pull started, kept so a resumed pull keeps it. */
  maxPages: z.number().int().positive().optional(),
  /** Why the listing was taken as ended before its links or total said (a repeat, no new rows). */
  ended: PullProblemSchema.nullable().optional(),
  /** Set when the page cap stopped the listing: it is then incomplete. */
  capped: PullProblemSchema.nullable().optional(),
  /** Links not followed (another origin, not http), each with its URL and why; at most 1,000. */
  skipped: z.array(PullProblemSchema).optional(),
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

/**
 * Whether every listing page was read: only then may an audit call absent procedures missing.
 * Pages skipped because the listing ended count as read; a listing stopped by the page cap
 * does not.
 */
export function listingComplete(state: PullState): boolean {
  return (
    state.pages.length > 0 &&
    !state.capped &&
    state.pages.every((p) => p.status === 'done' || p.status === 'skipped')
  );
}

/**
 * Reads a saved pull state. A file that is not JSON or not a pull state (cut short by a full
 * disk, edited by hand) fails with `pull.state-corrupt`, naming the file and the way out,
 * never with a parser's stack trace.
 */
export function parsePullState(text: string, path: string): PullState {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new PullError(pullProblem('pull.state-corrupt', { path, detail: `not JSON: ${detail}` }));
  }
  const parsed = PullStateSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    throw new PullError(
      pullProblem('pull.state-corrupt', { path, detail: `${where}${issue?.message ?? 'invalid'}` }),
    );
  }
  return parsed.data;
}
