import type { CsvEncoding, CsvIssue, ImportDecisionsResponse, WorkspaceBundle } from '@niemyet/core';
import type { Context } from 'hono';
import type { AppEnv, SignedInUser } from '../context';
import { clientAddress } from '../http/client';
import { ApiHttpError } from '../http/errors';
import { recordActivity } from '../repositories/activity';
import { mergeBundle } from './import-bundle';

/**
 * The end both imports share — a decision-list CSV turned into a bundle, or the bundle an
 * earlier console kept: merged in one transaction (409 `import-conflict` and nothing written
 * when the workspace holds one of its decisions with other content), recorded in the activity
 * log, and answered with the figures of `niemyet import-decisions`.
 */
export async function mergeImport(
  c: Context<AppEnv>,
  user: SignedInUser,
  bundle: Pick<WorkspaceBundle, 'decisions' | 'baseline' | 'changeLog'> &
    Partial<
      Pick<
        WorkspaceBundle,
        'decisionRevisions' | 'decisionComments' | 'legalDocuments' | 'reviewCampaigns' | 'reviewTasks'
      >
    >,
  source: { target: string; warnings: CsvIssue[]; encoding?: CsvEncoding },
): Promise<ImportDecisionsResponse> {
  const { db, now, settings } = c.var.services;
  const at = now().toISOString();
  const outcome = await db.transaction().execute((tx) => mergeBundle(tx, bundle, at));
  if (!outcome.ok)
    throw new ApiHttpError(
      409,
      'import-conflict',
      `Quyết định đã có với nội dung khác: ${outcome.conflicts.map((x) => x.number).join(', ')} (conflicting decisions; nothing was written).`,
      { conflicts: outcome.conflicts },
    );
  const items = bundle.decisions.flatMap((d) => d.items);
  const count = (action: string) => items.filter((i) => i.action === action).length;
  const figures = {
    decisions: bundle.decisions.length,
    items: items.length,
    new: count('new'),
    amended: count('amended'),
    abolished: count('abolished'),
    decisionsAdded: outcome.summary.decisionsAdded,
    decisionsAlreadyPresent: outcome.summary.decisionsAlreadyPresent,
    baseline: outcome.summary.baselineAdded,
    changeLog: outcome.summary.changeLogAdded,
  };
  await recordActivity(
    db,
    {
      actor: user.username,
      action: 'import',
      target: source.target,
      address: clientAddress(c, settings.trustProxy),
      details: figures,
    },
    at,
  );
  return { ...figures, warnings: source.warnings, ...(source.encoding ? { encoding: source.encoding } : {}) };
}
