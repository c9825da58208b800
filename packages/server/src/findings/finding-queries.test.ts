import { DIGEST_LIST_LIMIT, FindingListQuerySchema, vietnamMidnight } from '@niemyet/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Services } from '../context';
import { migrate } from '../db/migrator';
import type { Db } from '../db/schema';
import { testDatabases } from '../db/test-databases';
import { allFindings, confirmFixes, listFindings, recordObservation } from '../repositories/findings';
import { findingKey } from './finding-observations';
import { digestOf, patchFinding, trendOf } from './finding-service';

/**
 * The inbox's queries on a real database (PGlite, and PostgreSQL when one is given): the list's
 * pages are the right rows of its order with the exact total, the digest counts a day in SQL
 * and lists its first few, and the trend counts open findings per week from the openings and
 * closings the writes record.
 */

// A Monday, 12:00 in Vietnam.
const NOW = new Date('2026-12-07T05:00:00.000Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const A = 'https://dichvucong.gov.vn';
const B = 'https://dichvucong.hanoi.gov.vn';

interface Planted {
  id: string;
  portal?: string;
  state?: string;
  assignee?: string | null;
  firstSeenAt: Date;
  lastSeenAt?: Date;
  stateChangedAt?: Date;
  reopenedAt?: Date | null;
}

async function plant(db: Db, findings: readonly Planted[]): Promise<void> {
  for (let i = 0; i < findings.length; i += 200)
    await db
      .insertInto('findings')
      .values(
        findings.slice(i, i + 200).map((f) => ({
          id: f.id,
          key: `key|${f.id}`,
          portal: f.portal ?? A,
          code: `1.${f.id}`,
          name: `Thủ tục ${f.id}`,
          kind: 'changed',
          state: f.state ?? 'open',
          assignee: f.assignee ?? null,
          reason: null,
          reopened: f.reopenedAt ? 1 : 0,
          reopened_at: f.reopenedAt ?? null,
          field: null,
          agency: null,
          level: null,
          first_seen_at: f.firstSeenAt,
          last_seen_at: f.lastSeenAt ?? f.firstSeenAt,
          state_changed_at: f.stateChangedAt ?? f.firstSeenAt,
          state_changed_by: null,
        })),
      )
      .execute();
}

const services = (db: Db) => ({ db, now: () => NOW }) as unknown as Services;
const query = (over: Record<string, unknown>) => FindingListQuerySchema.parse(over);

describe.each(testDatabases())('the findings inbox queries on $kind', (database) => {
  let close: (() => Promise<void>) | null = null;
  afterEach(async () => {
    await close?.();
    close = null;
  });

  async function opened(): Promise<Db> {
    const o = await database.open();
    close = o.close;
    await migrate(o.db);
    return o.db;
  }

  it('pages the list in its order (newest sighting, then id) with the exact total, whatever the offset', async () => {
    const db = await opened();
    // 230 findings over 7 sighting times: most rows tie on their time, so only the id orders them.
    const planted = Array.from({ length: 230 }, (_, i) => ({
      id: `f-${String(i).padStart(3, '0')}`,
      state: i % 3 === 0 ? 'fixed' : 'open',
      firstSeenAt: new Date(NOW.getTime() - 30 * DAY),
      lastSeenAt: new Date(NOW.getTime() - (i % 7) * HOUR),
    }));
    await plant(db, planted);
    await db
      .insertInto('finding_sightings')
      .values(
        ['w2', null, 'w1', 'w1'].map((watch, i) => ({
          id: `s-${i}`,
          finding_id: 'f-007',
          at: NOW,
          source: watch ? 'watch' : 'extension',
          watch_id: watch,
          run_id: watch ? `r-${i}` : null,
          reported_by: watch ? null : 'lan',
          client_id: null,
          url: A,
          evidence: null,
          diffs: '[]',
        })),
      )
      .execute();
    const order = (rows: readonly Planted[]) =>
      [...rows]
        .sort(
          (a, b) =>
            b.lastSeenAt!.getTime() - a.lastSeenAt!.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
        )
        .map((f) => f.id);

    const pages = [];
    for (const [offset, limit] of [
      [0, 100],
      [100, 100],
      [200, 100],
    ] as const)
      pages.push(await listFindings(db, query({ offset, limit }), NOW));
    expect(pages.map((p) => p.total)).toEqual([230, 230, 230]);
    expect(pages.map((p) => p.findings.length)).toEqual([100, 100, 30]);
    expect(pages.flatMap((p) => p.findings.map((f) => f.id))).toEqual(order(planted));

    const seen = pages.flatMap((p) => p.findings).find((f) => f.id === 'f-007')!;
    expect(seen.sightings).toBe(4);
    expect(seen.watchIds).toEqual(['w1', 'w2']);

    const open = planted.filter((f) => f.state === 'open');
    const openPage = await listFindings(db, query({ state: 'open', offset: 50, limit: 40 }), NOW);
    expect(openPage.total).toBe(open.length);
    expect(openPage.findings.map((f) => f.id)).toEqual(order(open).slice(50, 90));

    const exported = [];
    for await (const finding of allFindings(db, { state: 'fixed' }, NOW)) exported.push(finding.id);
    expect(exported).toEqual(order(planted.filter((f) => f.state === 'fixed')));
  });

  it('counts every finding of the day in the digest and lists the most recently seen few', async () => {
    const db = await opened();
    const midnight = vietnamMidnight('2026-12-07');
    const today = (hours: number) => new Date(midnight + hours * HOUR);
    await plant(db, [
      // 25 new today for lan, seen again later in the day one after the other.
      ...Array.from({ length: 25 }, (_, i) => ({
        id: `lan-${String(i).padStart(2, '0')}`,
        assignee: 'lan',
        firstSeenAt: today(1),
        lastSeenAt: today(1 + i / 10),
      })),
      // Re-opened today, first seen before: unassigned.
      ...['r-1', 'r-2', 'r-3'].map((id, i) => ({
        id,
        firstSeenAt: new Date(midnight - 10 * DAY),
        lastSeenAt: today(2 + i),
        reopenedAt: today(2 + i),
      })),
      // New today and re-opened the same day: new.
      { id: 'n-1', firstSeenAt: today(0.5), lastSeenAt: today(6), reopenedAt: today(6) },
      { id: 'n-2', firstSeenAt: today(3) },
      // Yesterday's, and tomorrow's (Vietnam's day starts at 17:00 UTC): not today's.
      { id: 'old', firstSeenAt: new Date(midnight - HOUR) },
      { id: 'next', firstSeenAt: new Date(midnight + DAY) },
    ]);

    const digest = await digestOf(services(db), '2026-12-07');
    expect(digest.date).toBe('2026-12-07');
    expect(
      digest.byAssignee.map((g) => ({
        assignee: g.assignee,
        openedCount: g.openedCount,
        reopenedCount: g.reopenedCount,
        opened: g.opened.map((f) => f.id),
        reopened: g.reopened.map((f) => f.id),
      })),
    ).toEqual([
      {
        assignee: 'lan',
        openedCount: 25,
        reopenedCount: 0,
        opened: Array.from({ length: DIGEST_LIST_LIMIT }, (_, i) => `lan-${String(24 - i).padStart(2, '0')}`),
        reopened: [],
      },
      {
        assignee: null,
        openedCount: 2,
        reopenedCount: 3,
        opened: ['n-1', 'n-2'],
        reopened: ['r-3', 'r-2', 'r-1'],
      },
    ]);
    // Without a date: today in Vietnam.
    expect((await digestOf(services(db), undefined)).byAssignee).toEqual(digest.byAssignee);
  });

  it('counts open findings at the end of each week per portal, a re-opened one only while it was open', async () => {
    const db = await opened();
    // The weeks of 16/11, 23/11, 30/11 and this one (07/12); each ends at the next Monday's midnight in Vietnam.
    const [e0, e1, e2] = ['2026-11-23', '2026-11-30', '2026-12-07'].map((d) => vietnamMidnight(d)) as [
      number,
      number,
      number,
    ];
    let clock = new Date(0);
    const atTime = { db, now: () => clock } as unknown as Services;
    const lan = { username: 'lan', roles: ['drafter' as const] };
    const watch = { id: 'w1', portal: A, scope: {} };
    const ids = new Map<string, string>();
    /** An officer's report of `code` on `portal` at `ms`: a new finding, or a sighting (a fixed one re-opens). */
    async function seen(code: string, ms: number, portal = A): Promise<void> {
      const recorded = await db.transaction().execute((tx) =>
        recordObservation(
          tx,
          {
            key: findingKey(portal, code, 'changed'),
            portal,
            code,
            name: `Thủ tục ${code}`,
            kind: 'changed',
            field: null,
            agency: null,
            level: null,
            url: portal,
            evidence: null,
            diffs: [],
          },
          { source: 'extension', watchId: null, runId: null, reportedBy: 'lan' },
          new Date(ms).toISOString(),
        ),
      );
      ids.set(code, recorded.id);
    }
    /** A complete run of the watch that lists `code` right again: fixed. */
    const fixedByWatch = (code: string, ms: number) =>
      db
        .transaction()
        .execute((tx) => confirmFixes(tx, watch, new Set([code]), new Set(), new Date(ms).toISOString()));
    async function patched(code: string, ms: number, patch: Parameters<typeof patchFinding>[3]) {
      clock = new Date(ms);
      await patchFinding(atTime, lan, ids.get(code)!, patch);
    }

    await seen('a', e0 - 10 * DAY);
    // Fixed within the first week, seen again (re-opened) in the third.
    await seen('b', e0 - DAY);
    await fixedByWatch('b', e0 + HOUR);
    await seen('b', e1 + DAY);
    await seen('c', e0 + DAY);
    await patched('c', e2 + HOUR, { state: 'dismissed', reason: 'Cổng đã sửa' });
    // Reported to the portal's owner: still open.
    await seen('d', e1 - HOUR);
    await patched('d', e1 + HOUR, { state: 'reported' });
    // First seen exactly at a week's end: open from the next one.
    await seen('f', e1);
    // Another portal: dismissed long ago, re-opened by hand exactly at a week's end (open only after it).
    await seen('e', e0 - 30 * DAY, B);
    await patched('e', e0 - 20 * DAY, { state: 'dismissed', reason: 'Trùng' });
    await patched('e', e2, { state: 'open' });

    clock = NOW;
    const trend = await trendOf(atTime, undefined, 4);
    expect(trend.weeks).toEqual(['2026-11-16', '2026-11-23', '2026-11-30', '2026-12-07']);
    expect(trend.portals).toEqual([
      { portal: A, open: [2, 3, 5, 4] },
      { portal: B, open: [0, 0, 0, 1] },
    ]);
    expect((await trendOf(atTime, B, 2)).portals).toEqual([{ portal: B, open: [0, 1] }]);
  });
});
