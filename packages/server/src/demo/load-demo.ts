import { type DemoResponse, todayInVietnam } from '@niemyet/core';
import type { Kysely } from 'kysely';
import type { Database, Db } from '../db/schema';
import { recordActivity } from '../repositories/activity';
import { lockChain } from '../repositories/workspace';
import { mergeBundle } from '../workspace/import-bundle';
import { buildDemoWorkspace, countByState } from './demo-workspace';

export type DemoLoadOutcome =
  | { ok: true; loaded: DemoResponse }
  | { ok: false; reason: 'workspace-not-empty' };

async function isEmpty(tx: Db): Promise<boolean> {
  const decision = await tx.selectFrom('decisions').select('id').limit(1).executeTakeFirst();
  const baseline = await tx.selectFrom('baseline').select('procedure_id').limit(1).executeTakeFirst();
  return decision === undefined && baseline === undefined;
}

/**
 * Loads the demo workspace of the server's today (Vietnam's day) into an empty workspace: one
 * transaction that takes the chain lock, checks that no decision and no baseline exist (a demo
 * mixed into real data would be a mess nobody could clean), then writes through the imports'
 * merge (`mergeBundle`: decisions, baseline, change log chained after the head) and records
 * the activity. For `POST /api/demo` and `niemyet demo`.
 */
export async function loadDemo(
  db: Kysely<Database>,
  options: { now: Date; actor: string | null; address?: string | null; via: 'api' | 'cli' },
): Promise<DemoLoadOutcome> {
  const at = options.now.toISOString();
  // A workspace with data answers at once, without building a demo it would refuse.
  if (!(await isEmpty(db))) return { ok: false, reason: 'workspace-not-empty' };
  // Built before the transaction: the generator is pure and takes a second or so, and the
  // chain lock should not be held while it runs.
  const demo = buildDemoWorkspace(todayInVietnam(options.now));
  return db.transaction().execute(async (tx): Promise<DemoLoadOutcome> => {
    await lockChain(tx);
    // Checked again under the lock: two admins loading at once write one demo.
    if (!(await isEmpty(tx))) return { ok: false, reason: 'workspace-not-empty' };
    const merged = await mergeBundle(tx, demo, at);
    // An empty workspace holds nothing to conflict with.
    if (!merged.ok) throw new Error('demo: the merge into an empty workspace found conflicts');
    const loaded: DemoResponse = {
      procedures: new Set(demo.baseline.map((v) => v.procedureId)).size + newProcedures(demo),
      decisions: demo.decisions.length,
      byState: countByState(demo.decisions),
    };
    await recordActivity(
      tx,
      {
        actor: options.actor,
        action: 'import',
        target: 'demo',
        address: options.address ?? null,
        details: { ...loaded, changeLog: merged.summary.changeLogAdded, via: options.via },
      },
      at,
    );
    return { ok: true, loaded };
  });
}

/** Procedures the issued decisions introduce (beyond the baseline). */
function newProcedures(demo: ReturnType<typeof buildDemoWorkspace>): number {
  return demo.decisions
    .filter((d) => d.state === 'issued')
    .reduce((sum, d) => sum + d.items.filter((i) => i.action === 'new').length, 0);
}
