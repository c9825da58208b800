import type { FindingKind } from '@niemyet/core';
import type { Client } from '@niemyet/server/testing';
import { expect } from 'vitest';
import type { PortalSimulator } from '../portal-sim/server';

/** What the watch suites expect of a run against the portal simulator, from its answer key. */

/** What a listing-only audit of a listing must find, as `code|kind`, from the answer key. */
export function expectedFindings(
  sim: PortalSimulator,
  listing: 'national' | 'provincial',
  field?: string,
): string[] {
  const entries = sim.dataset.listings[listing].entries;
  const kinds: Record<string, FindingKind> = {
    changed: 'changed',
    abolished: 'abolished-but-listed',
    unknown: 'not-in-catalogue',
    'not-yet-effective': 'not-yet-effective',
  };
  const listed = sim.manifest.listings[listing].rows.flatMap((row, i) => {
    if (field && entries[i]!.fields.field !== field) return [];
    if (row.status === 'match') return [];
    if (row.status === 'changed' && row.changedFieldsOnListing.length === 0) return [];
    return [`${row.code}|${kinds[row.status]}`];
  });
  const missing = sim.manifest.planted
    .filter((p) => p.kind === 'missing' && p.listing === listing)
    .filter((p) => !field || sim.catalogue.procedures.find((v) => v.code === p.code)?.field === field)
    .map((p) => `${p.code}|missing`);
  return [...new Set([...listed, ...missing])].sort();
}

export async function finishedRun(client: Client, watchId: string, runId: string) {
  const until = Date.now() + 150_000;
  for (;;) {
    const run = await client.get(`/api/watches/${watchId}/runs/${runId}`);
    expect(run.status).toBe(200);
    if (run.body.state === 'done' || run.body.state === 'failed') return run.body;
    if (Date.now() > until) throw new Error(`run ${runId} still ${run.body.state}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export async function findingsOf(client: Client, query: string) {
  const reply = await client.get(`/api/findings?limit=1000&${query}`);
  expect(reply.status).toBe(200);
  return reply.body as {
    total: number;
    findings: { code: string | null; kind: string; state: string; id: string }[];
  };
}

export const keysOf = (list: { code: string | null; kind: string }[]) =>
  list.map((f) => `${f.code}|${f.kind}`).sort();
