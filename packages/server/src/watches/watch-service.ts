import { randomUUID } from 'node:crypto';
import type { Watch, WatchBody, WatchPatchSchema, WatchRun } from '@niemyet/core';
import type { z } from 'zod';
import { newToken } from '../auth/tokens';
import type { Services, SignedInUser } from '../context';
import { portalOf } from '../findings/finding-observations';
import { ApiHttpError, notFound } from '../http/errors';
import { openFindingsByWatch } from '../repositories/findings';
import {
  insertWatch,
  latestRuns,
  queueRun,
  readRun,
  readWatch,
  readWatches,
  type StoredWatch,
  updateWatch,
} from '../repositories/watches';
import { assertWatchableUrl } from './host-check';
import { DEFAULT_SCHEDULE, nextRunAfter } from './schedule';

/** What the watch routes do; the rules (hosts, one live run) are here and in the repository. */

function watchView(watch: StoredWatch, lastRun: WatchRun | null, openFindings: number): Watch {
  return {
    id: watch.id,
    name: watch.name,
    url: watch.url,
    schedule: watch.schedule,
    scope: watch.scope,
    details: watch.details,
    webhook: watch.webhook,
    createdBy: watch.createdBy,
    createdAt: watch.createdAt,
    paused: watch.paused,
    nextRunAt: watch.paused ? null : watch.nextRunAt,
    lastRun,
    openFindings,
  };
}

/**
 * A webhook is also a URL the server POSTs to: held to the same host rule as the listing, and
 * https (the body names the portal's problems) unless private hosts are allowed (tests, intranets).
 */
async function checkWebhook(services: Services, webhook: string | null | undefined): Promise<void> {
  if (!webhook) return;
  const { allowPrivateHosts } = services.settings;
  if (!allowPrivateHosts && new URL(webhook).protocol !== 'https:')
    throw new ApiHttpError(400, 'bad-request', 'Webhook phải dùng https (the webhook must be https).', {
      field: 'webhook',
      issue: 'https only',
      in: 'body',
    });
  await assertWatchableUrl(webhook, allowPrivateHosts);
}

export async function createWatch(
  services: Services,
  user: SignedInUser,
  body: WatchBody,
): Promise<{ id: string; webhookSecret: string | null }> {
  await assertWatchableUrl(body.url, services.settings.allowPrivateHosts);
  await checkWebhook(services, body.webhook);
  const now = services.now();
  const schedule = body.schedule ?? DEFAULT_SCHEDULE;
  const webhookSecret = body.webhook ? newToken() : null;
  const id = randomUUID();
  await insertWatch(services.db, {
    id,
    name: body.name ?? new URL(body.url).host,
    url: body.url,
    portal: portalOf(body.url),
    schedule,
    scope: body.scope ?? {},
    details: body.details ?? false,
    webhook: body.webhook ?? null,
    webhookSecret,
    paused: false,
    nextRunAt: nextRunAfter(schedule, now, services.settings.watches.minuteMs).toISOString(),
    createdBy: user.username,
    createdAt: now.toISOString(),
  });
  return { id, webhookSecret };
}

export async function listWatches(services: Services): Promise<{ watches: Watch[] }> {
  const [watches, runs, open] = await Promise.all([
    readWatches(services.db),
    latestRuns(services.db),
    openFindingsByWatch(services.db),
  ]);
  return { watches: watches.map((w) => watchView(w, runs.get(w.id) ?? null, open.get(w.id) ?? 0)) };
}

async function oneWatch(services: Services, id: string): Promise<Watch> {
  const watch = await readWatch(services.db, id);
  if (!watch) throw notFound('watch', id);
  const [runs, open] = await Promise.all([latestRuns(services.db), openFindingsByWatch(services.db)]);
  return watchView(watch, runs.get(id) ?? null, open.get(id) ?? 0);
}

export async function patchWatch(
  services: Services,
  id: string,
  patch: z.output<typeof WatchPatchSchema>,
): Promise<Watch> {
  const watch = await readWatch(services.db, id);
  if (!watch) throw notFound('watch', id);
  await checkWebhook(services, patch.webhook);
  const now = services.now();
  const schedule = patch.schedule ?? watch.schedule;
  const resumed = patch.paused === false && watch.paused;
  await updateWatch(services.db, id, {
    name: patch.name,
    schedule: patch.schedule,
    scope: patch.scope,
    details: patch.details,
    paused: patch.paused,
    ...(patch.webhook !== undefined
      ? { webhook: patch.webhook, webhookSecret: patch.webhook ? (watch.webhookSecret ?? newToken()) : null }
      : {}),
    // A new schedule, or a watch resumed, counts from now (a paused night is not caught up).
    ...(patch.schedule || resumed
      ? { nextRunAt: nextRunAfter(schedule, now, services.settings.watches.minuteMs).toISOString() }
      : {}),
  });
  return oneWatch(services, id);
}

export async function runWatchNow(services: Services, id: string): Promise<{ runId: string }> {
  const watch = await readWatch(services.db, id);
  if (!watch) throw notFound('watch', id);
  const { runId } = await queueRun(services.db, id, 'manual', services.now().toISOString());
  services.watchRunner?.kick();
  return { runId };
}

export async function watchRun(services: Services, watchId: string, runId: string): Promise<WatchRun> {
  const run = await readRun(services.db, watchId, runId);
  if (!run) throw notFound('run', runId);
  return run;
}
