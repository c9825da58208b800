import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { NiemyetExtensionDb } from '../database';
import {
  countQueuedFindingReports,
  queuedFindingReports,
  queueFindingReports,
  removeFindingReports,
} from '../finding-report-queue-repository';
import type { QueuedFindingReport } from '../records';
import { v1Initial } from './v1-initial';
import { v2FindingReportQueue } from './v2-finding-report-queue';

function queued(clientId: string, queuedAt: string): QueuedFindingReport {
  return {
    clientId,
    url: 'https://dichvucong.gov.vn/p/home/dvc-tthc.html',
    queuedAt,
    report: { clientId, kind: 'missing', code: '1.000001', name: 'Cấp phép', evidence: null, diffs: [] },
  };
}

describe('migration v2 (finding report queue)', () => {
  it('adds the queue keyed by clientId, found oldest first', async () => {
    const db = new NiemyetExtensionDb(`v2-${Math.random()}`, [v1Initial, v2FindingReportQueue]);
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.findingReportQueue.schema.primKey.keyPath).toBe('clientId');
    expect(db.findingReportQueue.schema.indexes.map((i) => i.name)).toEqual(['queuedAt']);

    await queueFindingReports(db, [queued('b', '2025-03-02T00:00:00Z'), queued('a', '2025-03-01T00:00:00Z')]);
    // The same confirmation queued again is one record, not two.
    await queueFindingReports(db, [queued('a', '2025-03-01T00:00:00Z')]);
    expect(await countQueuedFindingReports(db)).toBe(2);
    expect((await queuedFindingReports(db)).map((r) => r.clientId)).toEqual(['a', 'b']);
    expect((await queuedFindingReports(db, 1)).map((r) => r.clientId)).toEqual(['a']);
    await removeFindingReports(db, ['a']);
    expect((await queuedFindingReports(db)).map((r) => r.clientId)).toEqual(['b']);
    db.close();
  });
});
