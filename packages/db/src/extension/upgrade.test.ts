import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { schemaAt } from '../migrations/index';
import { auditForPull, latestAuditForUrl, listAuditHeaders } from './audit-repository';
import { NiemyetExtensionDb } from './database';
import { notesForAudit, notesForCode } from './finding-note-repository';
import {
  countQueuedFindingReports,
  queuedFindingReports,
  queueFindingReports,
} from './finding-report-queue-repository';
import { EXTENSION_DB_MIGRATIONS } from './migrations/index';
import { pullsWithStatus } from './pull-repository';
import type { FindingNote, StoredPull, StoredSnapshot } from './records';
import { getCurrentSnapshot } from './snapshot-repository';
import { makeAudit, makeFinding, smallSnapshot } from './test-support';

/**
 * A user's extension database as the version before the current code left it, written with raw
 * Dexie and that version's schema as it shipped, then opened by the current code: v1's data
 * upgrades to v2 unchanged, and v2's queue of finding reports starts empty and takes reports.
 */
const PREVIOUS_VERSION = 1;
const SHIPPED_V1_SCHEMA = {
  snapshots: 'id, hash, importedAt',
  audits: 'id, tabUrl, readAt, [tabUrl+readAt], pullId',
  findingNotes: 'id, auditId, [auditId+rowIndex], [code+url], at',
  pulls: 'id, status, updatedAt',
};

const PAGE = 'https://dichvucong.gov.vn/p/home/dvc-tthc.html';

async function writeV1Data(name: string) {
  const snapshot = smallSnapshot('2025-03-01');
  const current: StoredSnapshot = {
    id: 'current',
    hash: snapshot.hash,
    asOf: snapshot.asOf,
    generatedAt: snapshot.generatedAt,
    importedAt: '2025-03-02T01:00:00.000Z',
    source: 'url',
    origin: 'https://catalogue.example.gov.vn/snapshot.json',
    counts: { procedures: snapshot.procedures.length, upcoming: 0, abolished: 0 },
    snapshot,
  };
  const audits = [
    makeAudit({ id: 'a1', readAt: '2025-03-02T02:00:00.000Z' }),
    makeAudit({
      id: 'a2',
      readAt: '2025-03-03T02:00:00.000Z',
      pullId: 'p1',
      summary: { match: 1, changed: 1, abolished: 0, unknown: 0, notYetEffective: 0, missing: 0 },
      findings: [makeFinding(), makeFinding({ status: 'changed', code: '1.000002', rowIndex: 1 })],
    }),
  ];
  const notes: FindingNote[] = [
    {
      id: 'n1',
      at: '2025-03-03T03:00:00.000Z',
      auditId: 'a2',
      rowIndex: 1,
      code: '1.000002',
      url: PAGE,
      action: 'dismiss',
      reason: 'Cổng chưa cập nhật',
      text: null,
    },
  ];
  const pulls: StoredPull[] = [
    {
      id: 'p1',
      status: 'running',
      startUrl: PAGE,
      startedAt: '2025-03-03T01:00:00.000Z',
      updatedAt: '2025-03-03T02:00:00.000Z',
      auditId: 'a2',
      error: null,
      state: { page: 3, pages: 12 },
    },
  ];

  const old = new Dexie(name);
  old.version(PREVIOUS_VERSION).stores(SHIPPED_V1_SCHEMA);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    await old.table('snapshots').put(current);
    await old.table('audits').bulkPut(audits);
    await old.table('findingNotes').bulkPut(notes);
    await old.table('pulls').bulkPut(pulls);
  });
  old.close();
  return { current, audits, notes, pulls };
}

describe('the extension database, opened over data of the previous version', () => {
  it('still declares the previous version exactly as it shipped', () => {
    expect(schemaAt(EXTENSION_DB_MIGRATIONS, PREVIOUS_VERSION)).toEqual(SHIPPED_V1_SCHEMA);
  });

  it('keeps the catalogue, audits, notes and pulls, found by the indexes the code queries', async () => {
    const name = `extension-upgrade-${Math.random()}`;
    const { current, audits, notes, pulls } = await writeV1Data(name);

    const db = new NiemyetExtensionDb(name);
    await db.open();
    expect(db.verno).toBe(2);

    expect(await getCurrentSnapshot(db)).toEqual(current);
    expect(await latestAuditForUrl(db, PAGE)).toEqual(audits[1]);
    expect(await auditForPull(db, 'p1')).toEqual(audits[1]);
    expect((await listAuditHeaders(db)).map((h) => [h.id, h.findingCount])).toEqual([
      ['a2', 2],
      ['a1', 1],
    ]);
    expect(await notesForAudit(db, 'a2')).toEqual(notes);
    expect(await notesForCode(db, '1.000002', PAGE)).toEqual(notes);
    // A pull still running when the worker stopped is found to resume, with its state.
    expect(await pullsWithStatus(db, 'running')).toEqual(pulls);
    // v2's queue starts empty and takes the findings an officer confirms.
    expect(await countQueuedFindingReports(db)).toBe(0);
    const report = {
      clientId: 'c1',
      url: PAGE,
      queuedAt: '2025-03-04T01:00:00.000Z',
      report: {
        clientId: 'c1',
        kind: 'changed' as const,
        code: '1.000002',
        name: 'B',
        evidence: null,
        diffs: [],
      },
    };
    await queueFindingReports(db, [report]);
    expect(await queuedFindingReports(db)).toEqual([report]);
    db.close();
  });
});
